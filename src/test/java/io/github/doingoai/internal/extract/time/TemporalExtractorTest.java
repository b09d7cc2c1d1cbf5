package io.github.doingoai.internal.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.doingoai.internal.text.NormalizedText;
import io.github.doingoai.internal.text.VietnameseNormalizer;
import io.github.doingoai.model.TemporalExpression;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemporalExtractorTest {

  private static final TemporalExtractor EXTRACTOR = new TemporalExtractor(null);

  private static List<TemporalExpression> find(String sentence, String reference) {
    NormalizedText text = VietnameseNormalizer.instance().normalize(sentence);
    LocalDate ref = reference.equals("-") ? null : LocalDate.parse(reference);
    return EXTRACTOR.find(text, ref, p -> true);
  }

  /**
   * One expression per sentence: the sentence, the reference date ({@code -} for none), the text
   * of the span, kind, date, end, part of day and time ({@code -} for null).
   */
  @ParameterizedTest(name = "{0} @ {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Ngày 26/4, hội nghị đã diễn ra.                 | -          | Ngày 26/4            | DATE     | --04-26    | -       | -         | -
      Ngày 26/4, hội nghị đã diễn ra.                 | 2022-04-30 | Ngày 26/4            | DATE     | 2022-04-26 | -       | -         | -
      Hai bên gặp nhau ngày 26-4 tại Hà Nội.          | -          | ngày 26-4            | DATE     | --04-26    | -       | -         | -
      Sáng 13-12, thành phố tổ chức hội nghị.         | -          | Sáng 13-12           | DATE     | --12-13    | -       | MORNING   | -
      Chiều 25-4, đoàn đã làm việc với Sở.            | -          | Chiều 25-4           | DATE     | --04-25    | -       | AFTERNOON | -
      Trưa 2/9 đoàn rời Hà Nội.                       | -          | Trưa 2/9             | DATE     | --09-02    | -       | NOON      | -
      Đêm 30/4 pháo hoa được bắn.                     | -          | Đêm 30/4             | DATE     | --04-30    | -       | NIGHT     | -
      Cuộc gặp diễn ra tối 5/9/2023 tại Huế.          | -          | tối 5/9/2023         | DATE     | 2023-09-05 | -       | EVENING   | -
      Tin đăng lúc 13/12/2021 13:50 trên trang.       | -          | 13/12/2021 13:50     | DATE     | 2021-12-13 | -       | -         | 13:50
      Chỉ thị ban hành ngày 18/2/2019 của Ban.        | -          | ngày 18/2/2019       | DATE     | 2019-02-18 | -       | -         | -
      Ngày 3.11, tỉnh ký kết biên bản.                | -          | Ngày 3.11            | DATE     | --11-03    | -       | -         | -
      Sáng ngày 10.9, hội nghị khai mạc.              | -          | Sáng ngày 10.9       | DATE     | --09-10    | -       | MORNING   | -
      Sáng nay 22/8, hai tỉnh ký kết.                 | 2022-08-22 | Sáng nay 22/8        | DATE     | 2022-08-22 | -       | MORNING   | -
      Hôm nay 1/10, đoàn tới thăm tỉnh.               | -          | Hôm nay 1/10         | DATE     | --10-01 | -       | -         | -
      Văn bản ký ngày 5 tháng 9 năm 2023 tại Huế.     | -          | ngày 5 tháng 9 năm 2023 | DATE  | 2023-09-05 | -       | -         | -
      Chiến lược ban hành trong tháng 11/2021 này.    | -          | tháng 11/2021        | MONTH    | 2021-11    | -       | -         | -
      Cửa khẩu sẽ khai trương vào tháng 12.2025 tới.  | -          | tháng 12.2025        | MONTH    | 2025-12    | -       | -         | -
      Hội nghị họp vào tháng 9 năm 2023 ở Huế.        | -          | tháng 9 năm 2023     | MONTH    | 2023-09    | -       | -         | -
      Hội nghị lần trước diễn ra năm 2018 ở Huế.      | -          | năm 2018             | YEAR     | 2018       | -       | -         | -
      Kế hoạch giai đoạn 2020 – 2025 đã xong.         | -          | giai đoạn 2020 – 2025 | PERIOD  | 2020       | 2025    | -         | -
      Đề án giai đoạn 2021-2025 được duyệt.           | -          | giai đoạn 2021-2025  | PERIOD   | 2021       | 2025    | -         | -
      Chủ tịch Mạng lưới nhiệm kỳ 2022-2025 là ai.    | -          | nhiệm kỳ 2022-2025   | PERIOD   | 2022       | 2025    | -         | -
      Hai bên hợp tác từ năm 2016 đến năm 2021 rồi.   | -          | từ năm 2016 đến năm 2021 | PERIOD | 2016     | 2021    | -         | -
      Chương trình diễn ra trong hai ngày 13 - 14/11. | -          | hai ngày 13 - 14/11  | PERIOD   | --11-13    | --11-14 | -         | -
      Chương trình diễn ra trong hai ngày 13 - 14/11. | 2025-11-10 | hai ngày 13 - 14/11  | PERIOD   | 2025-11-13 | 2025-11-14 | -      | -
      Chiến lược đối ngoại đến năm 2030 của tỉnh.     | -          | đến năm 2030         | HORIZON  | -          | 2030    | -         | -
      Chiến lược có tầm nhìn đến năm 2045 rõ ràng.    | -          | tầm nhìn đến năm 2045 | HORIZON | -          | 2045    | -         | -
      Xây dựng chiến lược đến 2030 cho thành phố.     | -          | đến 2030             | HORIZON  | -          | 2030    | -         | -
      Hôm nay hai bên ký quy chế phối hợp.            | 2022-04-26 | Hôm nay              | RELATIVE | 2022-04-26 | -       | -         | -
      Hôm qua đoàn đã tới Huế.                        | 2022-04-26 | Hôm qua              | RELATIVE | 2022-04-25 | -       | -         | -
      Chiều nay đoàn sẽ làm việc với tỉnh.            | 2022-04-26 | Chiều nay            | RELATIVE | 2022-04-26 | -       | AFTERNOON | -
      Tuần tới đoàn sẽ sang Lào.                      | 2024-05-15 | Tuần tới             | RELATIVE | 2024-05-20 | 2024-05-26 | -      | -
      Đoàn sẽ sang Lào vào thứ Hai tuần tới.          | 2024-05-15 | vào thứ Hai tuần tới | RELATIVE | 2024-05-20 | -       | -         | -
      Hội nghị diễn ra vào Chủ nhật.                  | 2024-05-15 | vào Chủ nhật         | RELATIVE | 2024-05-12 | -       | -         | -
      Sáng thứ Năm, Bộ trưởng tiếp Đại sứ.            | 2024-05-15 | Sáng thứ Năm         | RELATIVE | 2024-05-16 | -       | MORNING   | -
      Ngày 3/1, hai bên sẽ hội đàm.                   | 2021-12-28 | Ngày 3/1             | DATE     | 2022-01-03 | -       | -         | -
      Ngày 28/12, hai bên đã hội đàm.                 | 2022-01-04 | Ngày 28/12           | DATE     | 2021-12-28 | -       | -         | -
      Ngày 29/2 năm nhuận, đoàn tới.                  | -          | Ngày 29/2            | DATE     | --02-29    | -       | -         | -
      Ngày 29/2, đoàn tới.                            | 2024-03-10 | Ngày 29/2            | DATE     | 2024-02-29 | -       | -         | -
      Thứ hai - 22/08/2022 16:19 cập nhật.            | -          | Thứ hai - 22/08/2022 16:19 | DATE | 2022-08-22 | -     | -         | 16:19
      Ngày 12-8, Kết luận số 12-KL/TW được ban hành.  | -          | Ngày 12-8            | DATE     | --08-12    | -       | -         | -
      """)
  void resolvesOneExpression(String sentence, String reference, String span, String kind, String date, String end,
      String part, String time) {
    List<TemporalExpression> found = find(sentence, reference);
    assertEquals(1, found.size(), () -> "expected one expression in \"" + sentence + "\", got " + found);
    TemporalExpression e = found.get(0);
    assertEquals(span, e.span().text());
    assertEquals(sentence.substring(e.span().start(), e.span().end()), e.span().text());
    assertEquals(kind, e.kind().name());
    assertEquals(date, e.date() == null ? "-" : e.date().toString());
    assertEquals(end, e.end() == null ? "-" : e.end().toString());
    assertEquals(part, e.partOfDay() == null ? "-" : e.partOfDay().name());
    assertEquals(time, e.time() == null ? "-" : e.time());
  }

  /** Numbers that look like dates but are not, and impossible dates. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Thành phố đã đón gần 5.200 đoàn khách quốc tế.        | -
      Tăng trưởng đạt 3.5 phần trăm so với cùng kỳ.         | -
      Nghị định 15/2020/NĐ-CP quy định xử phạt.              | -
      Kết luận 12-KL/TW của Bộ Chính trị được quán triệt.    | -
      Đại diện 63 tỉnh thành tham dự hội nghị.               | -
      Liên hệ số 0912.345.678 để biết thêm.                  | -
      Hội nghị bắt đầu lúc 13:50 tại hội trường.             | -
      Đội nhà thắng 3-1 trong trận chung kết.                | -
      Một nửa, tức 1/2 số đại biểu, là nữ.                   | -
      Ngày 31/2, một sự kiện không thể xảy ra.               | -
      Ngày 29/2/2023 không có trên lịch.                     | -
      Ngày 30/2, đoàn tới thăm.                              | 2024-03-01
      Ngày 32/1, đoàn tới thăm.                              | -
      Ngày 12/13, đoàn tới thăm.                             | -
      Thứ hai, tập trung thúc đẩy ngoại giao kinh tế.        | 2024-05-15
      Hôm nay trời đẹp.                                      | -
      Số lao động tăng đến 2000 người trong quý.             | -
      """)
  void findsNoDate(String sentence, String reference) {
    List<TemporalExpression> found = find(sentence, reference);
    assertTrue(found.isEmpty(), () -> "expected no expression in \"" + sentence + "\", got " + found);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Kết luận số 12-KL/TW ngày 12-8-2021 của Bộ Chính trị. | ngày 12-8-2021 | 2021-08-12
      Hướng dẫn số 06-HD/BĐNTW ngày 29/6/2020 của Ban.      | ngày 29/6/2020 | 2020-06-29
      """)
  void aDocumentsDateIsStillADate(String sentence, String span, String date) {
    List<TemporalExpression> found = find(sentence, "-");
    assertEquals(1, found.size(), () -> found.toString());
    assertEquals(span, found.get(0).span().text());
    assertEquals(date, found.get(0).date().toString());
  }

  /** A day written as "cùng ngày" or "hôm sau" takes the last event day before it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Sáng 5/6, hai bên hội đàm. Chiều cùng ngày, Thủ tướng tiếp Đại sứ.          | Chiều cùng ngày | --06-05    | AFTERNOON
      Ngày 5/6/2024, đoàn tới Huế. Sáng hôm sau, đoàn làm việc với tỉnh.          | Sáng hôm sau    | 2024-06-06 | MORNING
      Ngày 31/12, đoàn tới Huế. Ngày hôm sau, đoàn về Hà Nội.                     | Ngày hôm sau    | --01-01    | -
      Ngày 28/2, đoàn tới Huế. Ngày hôm sau, đoàn về Hà Nội.                      | -               | -          | -
      Chỉ thị số 32-CT/TW ngày 18/2/2019 được quán triệt. Cùng ngày, tỉnh họp.    | -               | -          | -
      Cùng ngày, Bộ trưởng tiếp Đại sứ.                                           | -               | -          | -
      """)
  void resolvesADayNamedByTheLastOne(String text, String span, String date, String part) {
    List<TemporalExpression> found = find(text, "-").stream()
        .filter(e -> e.kind() == io.github.doingoai.model.TemporalKind.RELATIVE).toList();
    if (span.equals("-")) {
      assertTrue(found.isEmpty(), () -> found.toString());
      return;
    }
    assertEquals(1, found.size(), () -> found.toString());
    assertEquals(span, found.get(0).span().text());
    assertEquals(date, found.get(0).date().toString());
    assertEquals(part, found.get(0).partOfDay() == null ? "-" : found.get(0).partOfDay().name());
  }

  @org.junit.jupiter.api.Test
  void findsSeveralInTextOrder() {
    List<TemporalExpression> found = find(
        "Sáng 13/12, hội nghị tổng kết giai đoạn 2021-2025 và định hướng đến năm 2030 đã diễn ra.", "-");
    assertEquals(List.of("Sáng 13/12", "giai đoạn 2021-2025", "đến năm 2030"),
        found.stream().map(e -> e.span().text()).toList());
  }
}
