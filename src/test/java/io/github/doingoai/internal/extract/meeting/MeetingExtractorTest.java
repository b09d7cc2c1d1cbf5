package io.github.doingoai.internal.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.doingoai.Doingoai;
import io.github.doingoai.Extractor;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.Meeting;
import io.github.doingoai.model.Span;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Meeting constructions of Vietnamese news, written for these tests, through the whole pipeline. */
class MeetingExtractorTest {

  private static Extractor extractor;

  @BeforeAll
  static void build() {
    extractor = Doingoai.extractor().build();
  }

  private static Extraction extract(String article) {
    return extractor.extract(article.replace(" // ", "\n\n"));
  }

  private static String orDash(Object o) {
    return o == null ? "-" : o.toString();
  }

  /**
   * Articles that report exactly one meeting: the text ({@code //} separates paragraphs), then kind,
   * date, part of day, venue, chairs ({@code ;}-separated), edition, head count and qualifier,
   * and how many meetings the article only recalls or announces ({@code -} for null).
   */
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', maxCharsPerColumn = 2000, textBlock = """
      Sáng 15/3, tại thành phố Huế, Ủy ban nhân dân tỉnh Thừa Thiên Huế tổ chức Hội nghị xúc tiến đầu tư Nhật Bản năm 2024. Bí thư Tỉnh ủy Lê Trường Lưu và Chủ tịch UBND tỉnh Nguyễn Văn Phương đồng chủ trì hội nghị. Tham dự hội nghị có hơn 300 đại biểu là lãnh đạo các sở, ngành và doanh nghiệp. | CONFERENCE | --03-15 | MORNING | thành phố Huế | Lê Trường Lưu;Nguyễn Văn Phương | - | 300 MORE_THAN | 0
      Chiều 7/6, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên có buổi làm việc với lãnh đạo tỉnh Nghệ An. Tại buổi làm việc, Bộ trưởng Nguyễn Hồng Diên đề nghị tỉnh đẩy mạnh thu hút đầu tư. | WORKING_SESSION | --06-07 | AFTERNOON | - | - | - | - | 0
      Ngày 10/10, tại Hà Nội, Thủ tướng Chính phủ Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone. Sau hội đàm, hai Thủ tướng chứng kiến lễ ký kết các văn kiện hợp tác. | TALKS | --10-10 | - | Hà Nội | - | - | - | 0
      Sáng 4/7, Chủ tịch UBND tỉnh Quảng Nam Lê Văn Dũng đã tiếp Đại sứ Nhật Bản tại Việt Nam Yamada Takio. Tại buổi tiếp, Chủ tịch UBND tỉnh Lê Văn Dũng cảm ơn sự hỗ trợ của Nhật Bản và đề nghị tiếp tục hợp tác. | RECEPTION | --07-04 | MORNING | - | - | - | - | 0
      Chiều 3/3, Phó Chủ tịch nước Võ Thị Ánh Xuân tiếp xã giao Đoàn đại biểu Hội Hữu nghị Nhật - Việt do ông Takebe Tsutomu làm Trưởng đoàn. | RECEPTION | --03-03 | AFTERNOON | - | - | - | - | 0
      Ngày 18/9, Học viện Ngoại giao tổ chức Hội thảo quốc tế lần thứ 15 về Biển Đông với chủ đề "Hợp tác vì hòa bình và phát triển" theo hình thức trực tiếp và trực tuyến. Hội thảo thu hút khoảng 250 đại biểu. | SEMINAR | --09-18 | - | - | - | 15 | 250 ABOUT | 0
      Ngày 12/5, tại Hà Nội, Bộ Ngoại giao tổ chức Diễn đàn hợp tác địa phương Việt Nam - Hàn Quốc. Diễn đàn có sự tham gia của 30 địa phương hai nước. | SEMINAR | --05-12 | - | Hà Nội | - | - | - | 0
      Tối 2/9, tại Nhà hát Lớn Hà Nội, Bộ Ngoại giao tổ chức Lễ kỷ niệm 80 năm Ngày truyền thống ngành Ngoại giao. | CEREMONY | --09-02 | EVENING | Nhà hát Lớn Hà Nội | - | - | - | 0
      Sáng 19/5, đoàn đại biểu tỉnh Bình Định đã dâng hương tại Khu di tích Kim Liên. | CEREMONY | --05-19 | MORNING | Khu di tích Kim Liên | - | - | - | 0
      Sáng 12/4, tại trụ sở UBND tỉnh Long An, hai tỉnh đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2024-2028. | CEREMONY | --04-12 | MORNING | trụ sở UBND tỉnh Long An | - | - | - | 0
      Ngày 5/6, Chủ tịch nước Tô Lâm bắt đầu chuyến thăm chính thức Cộng hòa Pháp theo lời mời của Tổng thống Pháp. | VISIT | --06-05 | - | - | - | - | - | 0
      Ngày 8/8, Ban Thường vụ Tỉnh ủy Đồng Nai và Ban Cán sự Đảng Bộ Ngoại giao tổ chức hội nghị ký kết quy chế phối hợp. Phát biểu tại Lễ ký kết, Bí thư Tỉnh ủy Nguyễn Hồng Lĩnh nhấn mạnh ý nghĩa của quy chế. | CONFERENCE | --08-08 | - | - | - | - | - | 0
      Sáng 20/12, Sở Ngoại vụ tỉnh tổ chức Hội nghị tổng kết công tác đối ngoại năm 2024. Trước đó, Sở Ngoại vụ đã tổ chức 3 tọa đàm chuyên đề để lấy ý kiến chuyên gia. | CONFERENCE | --12-20 | MORNING | - | - | - | - | 1
      Ngày 9/12, Bộ Ngoại giao tổ chức Hội nghị Ngoại vụ toàn quốc lần thứ 21. Từ Hội nghị Ngoại vụ toàn quốc lần thứ 20 năm 2021 đến nay, đối ngoại địa phương đã có nhiều đổi mới. | CONFERENCE | --12-09 | - | - | - | 21 | - | 1
      Ngày 27/11, Ban Đối ngoại Trung ương tổ chức Hội nghị trực tuyến tập huấn công tác đối ngoại với sự tham dự của gần 400 đại biểu tại 63 điểm cầu. | CONFERENCE | --11-27 | - | - | - | - | 400 NEARLY | 0
      Chủ tịch UBND tỉnh Hà Giang tiếp Đại sứ Cuba tại Việt Nam // Sáng 14-11, đoàn công tác của Đại sứ quán Cuba do ông Orlando Hernández Guillén, Đại sứ Cuba tại Việt Nam làm Trưởng đoàn đã thăm và làm việc tại UBND tỉnh Hà Giang. | RECEPTION | --11-14 | MORNING | UBND tỉnh Hà Giang | - | - | - | 0
      Bộ trưởng Bộ Quốc phòng Phan Văn Giang chủ trì lễ đón Bộ trưởng Quốc phòng Lào tại khu vực biên giới. // Sáng 20/10, tại Cửa khẩu quốc tế Lao Bảo, tỉnh Quảng Trị, đã diễn ra các hoạt động của Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ 3 - năm 2024. | CEREMONY | 2024-10-20 | MORNING | Cửa khẩu quốc tế Lao Bảo, tỉnh Quảng Trị | Phan Văn Giang | - | - | 0
      Chiều 6/8, Đại sứ Australia Andrew Goledzinowski chào xã giao Bí thư Tỉnh ủy Bình Định Hồ Quốc Dũng. | RECEPTION | --08-06 | AFTERNOON | - | - | - | - | 0
      Sáng 1/12, tại Đà Nẵng, Ủy ban nhân dân thành phố tổ chức Diễn đàn hợp tác du lịch lần thứ nhất với hơn 150 khách mời. | SEMINAR | --12-01 | MORNING | Đà Nẵng | - | 1 | 150 MORE_THAN | 0
      Đồng chí Trần Văn Nam, Phó trưởng ban Ban Đối ngoại Trung ương chủ trì hội nghị. Hội nghị có 40 điểm cầu tại các tỉnh, thành phố. | CONFERENCE | - | - | - | Trần Văn Nam | - | - | 0
      """)
  void reportsOneMeeting(String article, String kind, String date, String part, String location, String chairs,
      String edition, String attendees, int recalled) {
    Extraction x = extract(article);
    assertEquals(1, x.meetings().size(), () -> "meetings: " + x.meetings());
    Meeting m = x.meetings().get(0);
    assertEquals("m1", m.id());
    assertEquals(kind, m.kind().name());
    assertEquals(date, orDash(m.date()));
    assertEquals(part, orDash(m.partOfDay()));
    assertEquals(location, orDash(m.location()));
    assertEquals(chairs.equals("-") ? List.of() : Arrays.asList(chairs.split(";")), m.chairs());
    assertEquals(edition, orDash(m.edition()));
    assertEquals(attendees, m.attendees() == null ? "-" : m.attendees() + " " + m.attendeesQualifier());
    assertEquals(recalled, x.recalledMeetings().size(), () -> "recalled: " + x.recalledMeetings());
    String original = article.replace(" // ", "\n\n");
    for (Span e : m.evidence()) {
      assertEquals(original.substring(e.start(), e.end()), e.text());
    }
  }

  @Test
  void twoWorkingSessionsOnTwoDaysAreTwoMeetings() {
    Extraction x = extract("Chiều 25/4, đoàn công tác có buổi làm việc với Sở Ngoại vụ thành phố. "
        + "Sáng 26/4, đoàn có buổi làm việc với Ủy ban nhân dân thành phố.");
    assertEquals(List.of("--04-25", "--04-26"), x.meetings().stream().map(m -> m.date().toString()).toList());
    assertEquals(List.of("m1", "m2"), x.meetings().stream().map(Meeting::id).toList());
  }

  @Test
  void aPastEditionPlacedInAnEarlierYearIsRecalledNotMerged() {
    Extraction x = extract("Ngày 20/3, Sở Ngoại vụ tỉnh Lào Cai tổ chức Hội nghị triển khai nhiệm vụ công tác đối ngoại "
        + "năm 2024. Năm 2023, tỉnh đã tổ chức thành công Hội nghị thường niên lần thứ 12 nhóm công tác liên hợp "
        + "bốn tỉnh biên giới vào tháng 9/2023.");
    assertEquals(1, x.meetings().size(), () -> x.meetings().toString());
    assertEquals(null, x.meetings().get(0).edition());
    assertEquals("--03-20", x.meetings().get(0).date().toString());
    assertEquals(List.of(12), x.recalledMeetings().stream().map(Meeting::edition).toList());
  }

  @Test
  void theBylineDateResolvesTheYearAndAPlannedForumIsRecalled() {
    Extraction x = extract("Bắc Ninh tăng cường hợp tác với các địa phương Hàn Quốc // 14/06/2024 09:15 // "
        + "Chiều 13/6, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Bắc Ninh Nguyễn Hương Giang đã tiếp Đoàn công tác "
        + "tỉnh Gyeonggi (Hàn Quốc). // Trước đó, sáng cùng ngày, đoàn đã thăm Khu công nghiệp Yên Phong. // "
        + "Dịp này, hai bên thống nhất sẽ tổ chức Diễn đàn xúc tiến đầu tư vào tháng 10/2024 tại Bắc Ninh.");
    assertEquals(1, x.meetings().size(), () -> x.meetings().toString());
    Meeting m = x.meetings().get(0);
    assertEquals("RECEPTION", m.kind().name());
    assertEquals("2024-06-13", m.date().toString());
    assertEquals("trụ sở UBND tỉnh", m.location());
    assertEquals(List.of("SEMINAR"), x.recalledMeetings().stream().map(r -> r.kind().name()).toList());
  }

  @Test
  void chieuCungNgayDatesTheAfternoonMeeting() {
    Extraction x = extract("Sáng 5/6, tại Hà Nội, Thủ tướng Chính phủ Phạm Minh Chính hội đàm với Thủ tướng "
        + "Thái Lan. Chiều cùng ngày, Chủ tịch Quốc hội Trần Thanh Mẫn tiếp Thủ tướng Thái Lan.");
    assertEquals(List.of("TALKS --06-05 MORNING", "RECEPTION --06-05 AFTERNOON"), x.meetings().stream()
        .map(m -> m.kind() + " " + m.date() + " " + m.partOfDay()).toList());
  }

  @Test
  void aMeetingAnnouncedForLaterIsOnlyRecalled() {
    Extraction x = extract("Theo kế hoạch, Hội nghị Ngoại vụ toàn quốc lần thứ 22 sẽ được tổ chức vào năm 2026 tại Hà Nội.");
    assertEquals(List.of(), x.meetings());
    assertEquals(1, x.recalledMeetings().size());
    assertEquals(22, x.recalledMeetings().get(0).edition());
  }

  @Test
  void aMeetingDatedLongBeforeTheReferenceIsRecalled() {
    Extraction x = extractor.extract("Tại Hội nghị Thượng đỉnh ASEAN ngày 10/5/2021, các nhà lãnh đạo đã nhất trí "
        + "tăng cường hợp tác.", java.time.LocalDate.of(2024, 3, 1));
    assertEquals(List.of(), x.meetings());
    assertEquals(1, x.recalledMeetings().size());
  }

  @Test
  void theDateOfAnEarlierSigningDoesNotMakeACeremony() {
    Extraction x = extract("Sáng 10/9, hai tỉnh tổ chức Hội nghị sơ kết hợp tác. "
        + "Thỏa thuận hợp tác giữa hai tỉnh được ký kết ngày 14/5/2018.");
    assertEquals(1, x.meetings().size(), () -> x.meetings().toString());
    assertEquals("CONFERENCE", x.meetings().get(0).kind().name());
    assertEquals("--09-10", x.meetings().get(0).date().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Những năm qua, thành phố đã tổ chức nhiều hội nghị, hội thảo quốc tế về kinh tế số.
      Bộ trưởng tiếp tục chỉ đạo các đơn vị tiếp thu ý kiến và trực tiếp kiểm tra tiến độ các dự án.
      Sở hướng dẫn quy trình xin phép tổ chức hội nghị, hội thảo quốc tế tại địa phương.
      Nghị quyết Hội nghị Trung ương 8 khóa XIII được quán triệt trong toàn Đảng bộ.
      Phát biểu trên diễn đàn Quốc hội, đại biểu đề nghị sửa luật.
      Theo quy chế, hội nghị giao ban phải có đủ thành phần theo quy định.
      Theo quy định, hội nghị tại các sở phải được báo cáo trước.
      Doanh nghiệp cần chủ động làm việc với ngân hàng để được hỗ trợ vốn.
      """)
  void reportsNoMeeting(String sentence) {
    Extraction x = extract(sentence);
    assertEquals(List.of(), x.meetings());
  }
}
