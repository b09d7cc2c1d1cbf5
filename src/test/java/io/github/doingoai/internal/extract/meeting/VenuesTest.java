package io.github.doingoai.internal.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.doingoai.internal.text.NormalizedText;
import io.github.doingoai.internal.text.VietnameseNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VenuesTest {

  private static final Venues VENUES = new Venues(new MeetingCues(io.github.doingoai.internal.gazetteer.Gazetteer.load(java.util.List.of())));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Ngày 5/5, tại Hà Nội, Bộ Ngoại giao tổ chức hội nghị.                         | Hà Nội
      Hội nghị đã được tổ chức tại Thành phố Hồ Chí Minh.                            | Thành phố Hồ Chí Minh
      Ngày 2/2, tại thành phố Vinh (tỉnh Nghệ An) đã diễn ra lễ ký kết.              | thành phố Vinh (tỉnh Nghệ An)
      Sáng 1/6, tại Cửa khẩu quốc tế Hữu Nghị, tỉnh Lạng Sơn, đã diễn ra lễ đón.     | Cửa khẩu quốc tế Hữu Nghị, tỉnh Lạng Sơn
      Sáng 4/4, tại P.Tân An, UBND tỉnh tổ chức hội nghị.                            | P.Tân An
      Chủ tịch tỉnh tiếp Đại sứ Hàn Quốc tại Việt Nam cùng đoàn tới thăm tại Lạng Sơn. | Lạng Sơn
      Phát biểu tại Hội nghị, Bộ trưởng nhấn mạnh vai trò của địa phương.           | -
      Tại điểm cầu tỉnh ta có lãnh đạo tỉnh tham dự.                                 | -
      Hội nghị tổ chức tại cơ quan của các sở.                                       | -
      Đại sứ Nhật Bản tại Việt Nam đánh giá cao quan hệ hai nước.                    | -
      """)
  void findsTheVenue(String sentence, String venue) {
    NormalizedText text = VietnameseNormalizer.instance().normalize(sentence);
    String found = VENUES.find(text, 0, text.length());
    assertEquals(venue, found == null ? "-" : found);
  }
}
