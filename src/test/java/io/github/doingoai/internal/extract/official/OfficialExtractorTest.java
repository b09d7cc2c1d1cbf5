package io.github.doingoai.internal.extract.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.doingoai.DataKind;
import io.github.doingoai.Doingoai;
import io.github.doingoai.Extractor;
import io.github.doingoai.model.MentionKind;
import io.github.doingoai.model.Official;
import io.github.doingoai.model.Position;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Constructions of Vietnamese political news, written for these tests. */
class OfficialExtractorTest {

  private static Extractor extractor;

  @BeforeAll
  static void build() {
    extractor = Doingoai.extractor().build();
  }

  private static List<Official> officials(String text) {
    return extractor.extract(text).officials();
  }

  /** name -> position texts, in order. */
  private static Map<String, List<String>> table(String text) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (Official o : officials(text)) {
      m.put(o.name(), o.positions().stream().map(Position::text).toList());
    }
    return m;
  }

  private static Official only(String text, String name) {
    return officials(text).stream().filter(o -> o.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not found in " + table(text)));
  }

  @Test
  void chainBeforeTheNameGivesEveryOffice() {
    assertEquals(Map.of("Trần Minh Khoa", List.of("Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hải Phòng")),
        table("Ủy viên Bộ Chính trị, Bí thư Thành ủy Hải Phòng Trần Minh Khoa phát biểu bế mạc hội nghị."));
  }

  @Test
  void anEnvoyObjectOfTiepIsNoOfficeOfTheProvincialChairmanAfterIt() {
    // reported by the matcher's tests: "Đại sứ" was given to the chairman who receives the envoy
    assertEquals(Map.of("Hoàng Văn Phúc", List.of("Chủ tịch UBND tỉnh")),
        table("Tại buổi tiếp Đại sứ, Chủ tịch UBND tỉnh Hoàng Văn Phúc nhấn mạnh quan hệ hữu nghị."));
    assertEquals(List.of("Đại sứ Hàn Quốc tại Việt Nam"),
        table("Đại sứ Hàn Quốc tại Việt Nam Park Jin-soo đã thăm tỉnh.").get("Park Jin-soo"));
  }

  @Test
  void aPartyBodyWithoutItsMinistryTakesTheOneTheChainEndsWith() {
    assertEquals(List.of("Bí thư Ban Cán sự Đảng Bộ Tư pháp", "Bộ trưởng Bộ Tư pháp"),
        table("Bí thư Ban Cán sự Đảng, Bộ trưởng Bộ Tư pháp Lê Quốc Hưng chủ trì buổi làm việc.").get("Lê Quốc Hưng"));
  }

  @Test
  void aLocalBodyWithoutItsPlaceTakesThePlaceTheChainEndsWith() {
    assertEquals(List.of("Phó Bí thư Tỉnh ủy Nghệ An", "Chủ tịch UBND tỉnh Nghệ An"),
        table("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nghệ An Hoàng Minh Tuấn tiếp đoàn.").get("Hoàng Minh Tuấn"));
  }

  @Test
  void aChainThatEndsWithoutPlaceCompletesNothing() {
    assertEquals(List.of("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
        table("Về phía tỉnh có ông Đỗ Văn Lâm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh cùng lãnh đạo các sở.").get("Đỗ Văn Lâm"));
  }

  @Test
  void officesAfterAForeignNameWithADash() {
    assertEquals(Map.of("Sok Chenda", List.of("Tỉnh trưởng tỉnh Kampot")),
        table("Tiếp đoàn có ông Sok Chenda - Tỉnh trưởng tỉnh Kampot cùng các Phó Tỉnh trưởng."));
  }

  @Test
  void aForeignOfficialNamedAfterOfficesAndADash() {
    assertEquals(Map.of("Prak Sovann", List.of("Tỉnh trưởng tỉnh Takeo")),
        table("Tỉnh trưởng tỉnh Takeo - Prak Sovann đánh giá cao kết quả hợp tác giữa hai tỉnh."));
  }

  @Test
  void anAmbassadorsCourtesyCallOnAProvincialChairman() {
    Map<String, List<String>> t = table("Sáng 5/6, Chủ tịch UBND tỉnh Lạng Sơn Vi Đức Hải đã tiếp xã giao ngài Aditya Rao, "
        + "Đại sứ đặc mệnh toàn quyền Cộng hòa Ấn Độ tại Việt Nam, đến chào và làm việc tại tỉnh.");
    assertEquals(List.of("Chủ tịch UBND tỉnh Lạng Sơn"), t.get("Vi Đức Hải"));
    assertEquals(List.of("Đại sứ đặc mệnh toàn quyền Cộng hòa Ấn Độ tại Việt Nam"), t.get("Aditya Rao"));
  }

  @Test
  void aDeputyMinisterLeadingADelegation() {
    assertEquals(Map.of("Ngô Thanh Bình", List.of("Thứ trưởng Bộ Ngoại giao")),
        table("Đoàn công tác do Thứ trưởng Bộ Ngoại giao Ngô Thanh Bình dẫn đầu đã làm việc với tỉnh Cà Mau."));
  }

  @Test
  void aForeignGovernorSigningWithAProvince() {
    Map<String, List<String>> t = table("Thống đốc bang Oregon Michael Grant và Chủ tịch UBND tỉnh Bến Tre Trần Văn Hòa "
        + "đã ký biên bản ghi nhớ hợp tác.");
    assertEquals(List.of("Thống đốc bang Oregon"), t.get("Michael Grant"));
    assertEquals(List.of("Chủ tịch UBND tỉnh Bến Tre"), t.get("Trần Văn Hòa"));
  }

  @Test
  void aListOfAttendees() {
    Map<String, List<String>> t = table("Dự hội nghị có các đồng chí: Lương Văn Phú, UVTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh; "
        + "Katơr Thị Mai, Trưởng Ban Dân vận Tỉnh ủy; Đặng Quốc Việt, Giám đốc Sở Ngoại vụ.");
    assertEquals(List.of("UVTV Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"), t.get("Lương Văn Phú"));
    assertEquals(List.of("Trưởng Ban Dân vận Tỉnh ủy"), t.get("Katơr Thị Mai"));
    assertEquals(List.of("Giám đốc Sở Ngoại vụ"), t.get("Đặng Quốc Việt"));
    assertEquals(3, t.size());
  }

  @Test
  void aTitleThatChangesMidArticleKeepsBothAndTheFormerOne() {
    Official o = only("Nguyên Bộ trưởng Bộ Công Thương Phạm Đức Thịnh từng ký thỏa thuận này. Năm nay, "
        + "Phó Thủ tướng Phạm Đức Thịnh tiếp tục chỉ đạo triển khai.", "Phạm Đức Thịnh");
    assertEquals(List.of("Nguyên Bộ trưởng Bộ Công Thương", "Phó Thủ tướng"), o.positions().stream().map(Position::text).toList());
    assertTrue(o.positions().get(0).former());
    assertFalse(o.positions().get(1).former());
  }

  @Test
  void namesakesStayApartAndTheirGivenNameResolvesToNeither() {
    List<Official> os = officials("Bí thư Tỉnh ủy Trần Văn Sơn tiếp Đại sứ Việt Nam tại Lào Bùi Hồng Sơn. "
        + "Ông Sơn cho biết tỉnh sẵn sàng hợp tác.");
    assertEquals(2, os.size());
    for (Official o : os) {
      assertTrue(o.mentions().stream().noneMatch(m -> m.kind() == MentionKind.SHORT_NAME), o.toString());
    }
    assertEquals(List.of("Đại sứ Việt Nam tại Lào"), os.get(1).positions().stream().map(Position::text).toList());
  }

  @Test
  void aShortNameAfterAnHonorificIsAMentionOfTheOnlyOfficialWithThatName() {
    Official o = only("Bộ trưởng Bộ Ngoại giao Lê Hoài Nam tham dự hội nghị. Ông Nam cho biết bộ sẽ hỗ trợ địa phương.",
        "Lê Hoài Nam");
    assertEquals(1, o.mentions().stream().filter(m -> m.kind() == MentionKind.SHORT_NAME).count());
    assertEquals("Ông Nam", o.mentions().stream().filter(m -> m.kind() == MentionKind.SHORT_NAME).findFirst().get().span().text());
  }

  @Test
  void aBareTitleThatFitsOneOfficialIsATitleOnlyMention() {
    String text = "Bí thư Thành ủy Cần Thơ Nguyễn Thanh Tùng chủ trì hội nghị. Bí thư Thành ủy Cần Thơ đề nghị các sở tăng cường phối hợp.";
    Official o = only(text, "Nguyễn Thanh Tùng");
    var titleOnly = o.mentions().stream().filter(m -> m.kind() == MentionKind.TITLE_ONLY).toList();
    assertEquals(1, titleOnly.size());
    assertEquals("Bí thư Thành ủy Cần Thơ", titleOnly.get(0).span().text());
    assertEquals(text.lastIndexOf("Bí thư"), titleOnly.get(0).span().start());
  }

  @Test
  void aBareTitleThatFitsTwoOfficialsIsNoMention() {
    List<Official> os = officials("Dự buổi tiếp có Phó Chủ tịch UBND tỉnh Hồ Văn Niên và Phó Chủ tịch UBND tỉnh Nguyễn Ngọc Sâm. "
        + "Phó Chủ tịch UBND tỉnh đề nghị hai bên trao đổi thông tin thường xuyên.");
    assertEquals(2, os.size());
    for (Official o : os) {
      assertTrue(o.mentions().stream().noneMatch(m -> m.kind() == MentionKind.TITLE_ONLY));
    }
  }

  @Test
  void aShorterOfficeIsSubsumedByTheFullerOne() {
    assertEquals(List.of("Bộ trưởng Bộ Y tế"),
        table("Bộ trưởng Bùi Đức Long phát biểu. Theo Bộ trưởng Bộ Y tế Bùi Đức Long, ngành y cần hợp tác quốc tế.").get("Bùi Đức Long"));
    assertEquals(List.of("Phó Bí thư Thường trực Thành ủy Huế"),
        table("Phó Bí thư Thành ủy Huế Phan Thiên Định nói. Phó Bí thư Thường trực Thành ủy Huế Phan Thiên Định nhấn mạnh.")
            .get("Phan Thiên Định"));
  }

  @Test
  void aPersonWithoutOfficeIsNoOfficial() {
    assertEquals(Map.of(), table("Theo ông Nguyễn Văn Bình, người dân xã biên giới rất phấn khởi khi cửa khẩu được nâng cấp."));
  }

  @Test
  void aCompanyDirectorWithoutABodyIsNoOfficial() {
    assertEquals(Map.of(), table("Ông Trần Văn Cường, Giám đốc công ty may xuất khẩu, cho biết đơn hàng tăng mạnh."));
  }

  @Test
  void historicalFiguresAreNoOfficials() {
    assertEquals(Map.of(), table("Đoàn dâng hoa tưởng niệm Chủ tịch Hồ Chí Minh và Đại tướng Võ Nguyên Giáp. "
        + "Như Bác Hồ từng dạy, đoàn kết là sức mạnh."));
  }

  @Test
  void aRankBetweenOfficeAndNameAndAMilitaryRegion() {
    Map<String, List<String>> t = table("Dự lễ có Trung tướng Phạm Văn Hòa, Tư lệnh Quân khu 9; "
        + "Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng Vương quốc Campuchia - Đại tướng Keo Dara.");
    assertEquals(List.of("Tư lệnh Quân khu 9"), t.get("Phạm Văn Hòa"));
    assertEquals(List.of("Phó Thủ tướng", "Bộ trưởng Bộ Quốc phòng Vương quốc Campuchia"), t.get("Keo Dara"));
  }

  @Test
  void aConsulGeneralStationedInACity() {
    assertEquals(Map.of("Ono Masuo", List.of("Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh")),
        table("Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh Ono Masuo chúc mừng thành phố."));
  }

  @Test
  void aStandaloneTitle() {
    assertEquals(Map.of("Trần Lưu Quang", List.of("Phó Thủ tướng")),
        table("Phó Thủ tướng Trần Lưu Quang dự và phát biểu chỉ đạo."));
  }

  @Test
  void officesInBracketsAfterTheName() {
    assertEquals(Map.of("Đinh Thị Hồng Minh", List.of("Phó Chủ tịch UBND tỉnh Quảng Ngãi")),
        table("Đồng chí Đinh Thị Hồng Minh (Phó Chủ tịch UBND tỉnh Quảng Ngãi) đón đoàn."));
  }

  @Test
  void hyphenatedLaoNames() {
    assertEquals(Map.of("Khăm-phăn Phôm-ma-thắt", List.of("Đại sứ Lào")),
        table("Đại sứ Lào Khăm-phăn Phôm-ma-thắt thăm tỉnh Điện Biên."));
  }

  @Test
  void abbreviatedCentralCommitteeMembership() {
    assertEquals(Map.of("Hoàng Trung Dũng", List.of("UVTƯ Đảng", "Bí thư Tỉnh ủy Hà Tĩnh")),
        table("UVTƯ Đảng, Bí thư Tỉnh ủy Hà Tĩnh Hoàng Trung Dũng tiếp đoàn."));
  }

  @Test
  void aMinistryWrittenWithoutBo() {
    assertEquals(Map.of("Lương Tam Quang", List.of("Bộ trưởng Công an")),
        table("Bộ trưởng Công an Lương Tam Quang làm việc với tỉnh."));
  }

  @Test
  void kiemJoinsTwoOffices() {
    assertEquals(List.of("Phó Thủ tướng", "Bộ trưởng Bộ Ngoại giao"),
        table("Phó Thủ tướng kiêm Bộ trưởng Bộ Ngoại giao Vũ Minh Hiếu hội đàm với người đồng cấp.").get("Vũ Minh Hiếu"));
  }

  @Test
  void vaSeparatesTwoPersonsWithTheirOwnOffices() {
    Map<String, List<String>> t = table("Tham dự có ông Lò Văn Tiến, Chủ tịch HĐND tỉnh và bà Tòng Thị Hạnh, Phó Chủ tịch HĐND tỉnh.");
    assertEquals(List.of("Chủ tịch HĐND tỉnh"), t.get("Lò Văn Tiến"));
    assertEquals(List.of("Phó Chủ tịch HĐND tỉnh"), t.get("Tòng Thị Hạnh"));
  }

  @Test
  void idsFollowFirstMentionAndFullNamesAreMentions() {
    List<Official> os = officials("Chủ tịch UBND tỉnh Đồng Tháp Phạm Thành Ngại tiếp Lãnh sự Hàn Quốc Park Min Jun. "
        + "Ông Park Min Jun cảm ơn tỉnh. Đồng chí Phạm Thành Ngại đề nghị mở đường bay.");
    assertEquals(List.of("o1", "o2"), os.stream().map(Official::id).toList());
    assertEquals("Phạm Thành Ngại", os.get(0).name());
    assertEquals(2, os.get(0).mentions().stream().filter(m -> m.kind() == MentionKind.FULL_NAME).count());
    assertEquals(2, os.get(1).mentions().stream().filter(m -> m.kind() == MentionKind.FULL_NAME).count());
  }

  @Test
  void bylineAndPhotoCreditAreNoOfficials() {
    List<Official> os = officials("Bí thư Tỉnh ủy Bình Định Hồ Quốc Dũng tiếp đoàn. (Ảnh: Nguyễn Thành Công)\n\nMinh Anh");
    assertEquals(List.of("Hồ Quốc Dũng"), os.stream().map(Official::name).toList());
  }

  @Test
  void spansPointIntoTheOriginalText() {
    String text = "Sáng  nay,\u00A0Phó Bí thư Thường trực Thành ủy Hà Nội Nguyễn Văn Phong phát biểu.";
    Official o = only(text, "Nguyễn Văn Phong");
    Position p = o.positions().get(0);
    assertEquals(text.substring(p.span().start(), p.span().end()), p.span().text());
    assertEquals("Phó Bí thư Thường trực", p.title());
    assertEquals("Thành ủy Hà Nội", p.body());
    var m = o.mentions().get(0);
    assertEquals("Nguyễn Văn Phong", text.substring(m.span().start(), m.span().end()));
  }

  @Test
  void anAddedTitleChangesExtraction() {
    String text = "Chưởng ấn Vương quốc Anh Alan Brown phát biểu tại diễn đàn.";
    assertEquals(Map.of(), table(text));
    Extractor more = Doingoai.extractor().addData(DataKind.TITLES, "my-titles.tsv", "Chưởng ấn\tforeign\t\tno\n").build();
    List<Official> os = more.extract(text).officials();
    assertEquals(1, os.size());
    assertEquals("Alan Brown", os.get(0).name());
    assertEquals("Chưởng ấn Vương quốc Anh", os.get(0).positions().get(0).text());
  }

  @Test
  void anAddedSurnameChangesExtraction() {
    String text = "Buổi sáng, Mùa A Sùng, Phó Chủ tịch UBND tỉnh Điện Biên, kiểm tra cửa khẩu.";
    assertEquals(Map.of(), table(text));
    Extractor more = Doingoai.extractor().addData(DataKind.SURNAMES, "my-surnames.tsv", "Mùa\tsurname\n").build();
    List<Official> os = more.extract(text).officials();
    assertEquals(List.of("Mùa A Sùng"), os.stream().map(Official::name).toList());
    assertEquals("Phó Chủ tịch UBND tỉnh Điện Biên", os.get(0).positions().get(0).text());
  }

  @Test
  void anUnlistedDistrictBeforeAName() {
    Map<String, List<String>> t = table("Bí thư Huyện ủy Chư Sê Nguyễn Hữu Quế báo cáo. Chủ tịch UBND huyện Đức Cơ Nguyễn Văn Tùng đề xuất.");
    assertEquals(List.of("Bí thư Huyện ủy Chư Sê"), t.get("Nguyễn Hữu Quế"));
    assertEquals(List.of("Chủ tịch UBND huyện Đức Cơ"), t.get("Nguyễn Văn Tùng"));
  }

  @Test
  void aCouncilCommitteeAndAnUnlistedSurnameAfterAnHonorific() {
    assertEquals(Map.of("Rơ Mah Tuấn", List.of("Trưởng Ban Dân tộc HĐND tỉnh")),
        table("Cùng dự có đồng chí Rơ Mah Tuấn, Trưởng Ban Dân tộc HĐND tỉnh."));
  }

  @Test
  void aLoneBareTitleAfterANameIsNoOfficeButOneBesideARealOfficeIs() {
    assertEquals(Map.of(), table("Cùng dự có bà Nguyễn Thị Lan, Chủ tịch Hội đồng quản trị Tập đoàn Hoàng Anh."));
    assertEquals(List.of("Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào", "Bí thư", "Tỉnh trưởng"),
        table("Đoàn do ông Bua-khăm Thíp-pha-vông, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư, Tỉnh trưởng làm Trưởng đoàn.")
            .get("Bua-khăm Thíp-pha-vông"));
  }

  @Test
  void headsOfForeignGovernments() {
    Map<String, List<String>> t = table("Thủ tướng Nhật Bản Ishiba Shigeru và Tổng thống Hàn Quốc Yoon Suk Yeol gửi điện mừng. "
        + "Tổng Lãnh sự Trung Quốc tại TP.HCM Ngụy Hoa Tường dự lễ.");
    assertEquals(List.of("Thủ tướng Nhật Bản"), t.get("Ishiba Shigeru"));
    assertEquals(List.of("Tổng thống Hàn Quốc"), t.get("Yoon Suk Yeol"));
    assertEquals(List.of("Tổng Lãnh sự Trung Quốc tại TP.HCM"), t.get("Ngụy Hoa Tường"));
  }

  @Test
  void aBareEnvoyTitleBeforeTheNameIsATitleOnlyMention() {
    Official o = only("Chủ tịch tỉnh tiếp Đại sứ Nhật Bản tại Việt Nam\n\nChiều 12/3, Phó Chủ tịch UBND tỉnh Lê Văn Sử tiếp ông Ito Naoki, "
        + "Đại sứ Nhật Bản tại Việt Nam.", "Ito Naoki");
    assertEquals(MentionKind.TITLE_ONLY, o.mentions().get(0).kind());
    assertEquals("o1", o.id());
  }

  @Test
  void anOfficeAndAGivenNameIsAShortMention() {
    Official o = only("Bộ trưởng Bộ Ngoại giao Lê Hoài Trung dự lễ. Bộ trưởng Trung cho rằng hai nước cần phối hợp.", "Lê Hoài Trung");
    var shorts = o.mentions().stream().filter(m -> m.kind() == MentionKind.SHORT_NAME).toList();
    assertEquals(1, shorts.size());
    assertEquals("Bộ trưởng Trung", shorts.get(0).span().text());
  }

  @Test
  void theFatherlandFrontWithItsCountryName() {
    assertEquals(Map.of("Y Biêr Niê", List.of("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk")),
        table("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk Y Biêr Niê trao quà."));
  }

  @Test
  void aTitleCasedHeadlineNamesNobodyButTheBodyDoes() {
    Map<String, List<String>> t = table("Bí Thư Tỉnh Ủy Gặp Mặt Đoàn Đại Biểu Người Có Uy Tín\n\n"
        + "Sáng 3/2, Bí thư Tỉnh ủy Kon Tum Dương Văn Trang gặp mặt đoàn đại biểu.");
    assertEquals(Map.of("Dương Văn Trang", List.of("Bí thư Tỉnh ủy Kon Tum")), t);
  }

  @Test
  void relatedArticlesAfterTheTailAreBoilerplate() {
    List<Official> os = officials("Sáng 9/9, Chủ tịch UBND tỉnh Sóc Trăng Trần Văn Lâu tiếp đoàn doanh nghiệp Nhật Bản.\n\n"
        + "Tin liên quan\nBộ trưởng Bộ Công Thương Nguyễn Hồng Diên làm việc với tỉnh Sóc Trăng");
    assertEquals(List.of("Trần Văn Lâu"), os.stream().map(Official::name).toList());
  }

  @Test
  void positionFieldsSplitTitleBodyAndFormer() {
    Official o = only("Ông Hà Văn Tùng, nguyên Phó Chủ tịch UBND tỉnh Cao Bằng, cho biết.", "Hà Văn Tùng");
    Position p = o.positions().get(0);
    assertEquals("nguyên Phó Chủ tịch UBND tỉnh Cao Bằng", p.text());
    assertEquals("Phó Chủ tịch", p.title());
    assertEquals("UBND tỉnh Cao Bằng", p.body());
    assertTrue(p.former());
    assertEquals(p.text(), p.span().text());
  }

  @Test
  void aCompletedPositionKeepsItsWrittenSpan() {
    String text = "Phó Bí thư Thành ủy, Chủ tịch UBND Thành phố Hải Phòng Lê Ngọc Châu dự lễ.";
    Position p = only(text, "Lê Ngọc Châu").positions().get(0);
    assertEquals("Phó Bí thư Thành ủy Thành phố Hải Phòng", p.text());
    assertEquals("Phó Bí thư Thành ủy", p.span().text());
    assertEquals("Thành ủy Thành phố Hải Phòng", p.body());
  }

  @Test
  void anAddedHistoricalFigureIsNoLongerAnOfficial() {
    String text = "Đoàn dâng hương tưởng nhớ Tổng Bí thư Trần Văn Khánh tại khu di tích.";
    assertEquals(List.of("Trần Văn Khánh"), officials(text).stream().map(Official::name).toList());
    Extractor more = Doingoai.extractor().addData(DataKind.HISTORICAL, "history.tsv", "Trần Văn Khánh\tperson\n").build();
    assertEquals(List.of(), more.extract(text).officials());
  }

  @Test
  void aTextWithoutOfficesHasNoOfficials() {
    assertEquals(Map.of(), table("Theo ông Phạm Văn Hùng, Tổng Giám đốc Công ty cổ phần Thủy sản, doanh nghiệp mở rộng xuất khẩu. "
        + "Ông Tanaka Hiroshi, đại diện tập đoàn bán lẻ, phát biểu. Trưởng phòng kinh doanh Nguyễn Văn Bình nhận xét."));
  }

  @Test
  void aNameThatStartsLikeAHistoricalFigureIsStillAName() {
    assertEquals(Map.of("Võ Văn Kiệt Anh", List.of("Phó Chủ tịch UBND tỉnh Vĩnh Long")),
        table("Ông Võ Văn Kiệt Anh, Phó Chủ tịch UBND tỉnh Vĩnh Long, dự lễ tưởng niệm Thủ tướng Võ Văn Kiệt."));
  }

  @Test
  void anHonorificAfterTheChainAndACountryInBrackets() {
    Map<String, List<String>> t = table("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, đồng chí Nguyễn Văn Phương phát biểu. "
        + "Tỉnh trưởng tỉnh Svay Rieng (Campuchia) Men Vibol cảm ơn tỉnh.");
    assertEquals(List.of("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"), t.get("Nguyễn Văn Phương"));
    assertEquals(List.of("Tỉnh trưởng tỉnh Svay Rieng"), t.get("Men Vibol"));
  }

  @Test
  void oneExtractorServesManyThreadsWithTheSameResults() throws Exception {
    List<String> texts = List.of(
        "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nghệ An Hoàng Minh Tuấn tiếp đoàn. Ông Tuấn cảm ơn.",
        "Đồng chí Lương Văn Phú, UVTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh dự lễ.",
        "Đại sứ Lào Khăm-phăn Phôm-ma-thắt thăm tỉnh Điện Biên.");
    List<Map<String, List<String>>> expected = texts.stream().map(OfficialExtractorTest::table).toList();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> fs = new java.util.ArrayList<>();
      for (int k = 0; k < 60; k++) {
        int idx = k % texts.size();
        fs.add(pool.submit(() -> table(texts.get(idx)).equals(expected.get(idx))));
      }
      for (var f : fs) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anUnlistedOfficeBuiltOnAListedOneIsNotThatOffice() {
    Map<String, List<String>> t = table("Trợ lý Bộ trưởng Bộ Ngoại giao Nguyễn Văn Hải ghi chép. "
        + "Quyền Chủ tịch UBND tỉnh Trần Quốc Nam dự họp. Phó Ngoại trưởng Thái Lan Russ Jalichandra phát biểu.");
    assertFalse(t.containsKey("Nguyễn Văn Hải"), t.toString());
    assertEquals(List.of("Quyền Chủ tịch UBND tỉnh"), t.get("Trần Quốc Nam"));
    assertEquals(List.of("Phó Ngoại trưởng Thái Lan"), t.get("Russ Jalichandra"));
  }

  @Test
  void aSurnameThatIsAlsoAPlaceWordStillStartsANameButAPlaceIsNoName() {
    Map<String, List<String>> t = table("Tham dự có Thái Thanh Quý, Bí thư Tỉnh ủy Nghệ An. "
        + "Hà Tĩnh, Quảng Bình, Quảng Trị là các tỉnh miền Trung.");
    assertEquals(Map.of("Thái Thanh Quý", List.of("Bí thư Tỉnh ủy Nghệ An")), t);
  }
}
