package io.github.doingoai.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.doingoai.Doingoai;
import io.github.doingoai.Extractor;
import org.junit.jupiter.api.Test;

/**
 * Raw articles written for this test, run through the extractor and the matcher: one chairman
 * receives two ambassadors on one day; one ambassador is received by two provinces.
 */
class RawArticlesMatchTest {
  private static final Extractor EXTRACTOR = Doingoai.extractor().build();

  private static final String INDIA_PORTAL = """
      Sáng 22/3, tại trụ sở UBND tỉnh, đồng chí Hoàng Văn Phúc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh \
      Hà Giang tiếp Ngài Rajesh Kumar, Đại sứ đặc mệnh toàn quyền Cộng hòa Ấn Độ tại Việt Nam.

      Chủ tịch UBND tỉnh Hoàng Văn Phúc cảm ơn Đại sứ đã quan tâm tới sự phát triển của tỉnh.
      """;

  private static final String LAOS_PORTAL = """
      Chiều 22/3, đồng chí Hoàng Văn Phúc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Giang tiếp Ngài \
      Sengphet Vongsa, Đại sứ đặc mệnh toàn quyền Cộng hòa Dân chủ Nhân dân Lào tại Việt Nam.

      Chủ tịch UBND tỉnh Hoàng Văn Phúc đề nghị hai bên tăng cường hợp tác trong lĩnh vực giáo dục.
      """;

  private static final String INDIA_NEWSPAPER = """
      Ngày 22-3, Chủ tịch UBND tỉnh Hà Giang Hoàng Văn Phúc đã tiếp Đại sứ Ấn Độ tại Việt Nam Rajesh \
      Kumar cùng đoàn công tác.

      Đại sứ Rajesh Kumar cho biết Ấn Độ mong muốn mở rộng hợp tác với tỉnh trong lĩnh vực du lịch.
      """;

  private static final String OTHER_PROVINCE = """
      Sáng 24/3, đồng chí Phạm Đức Toàn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Trị tiếp Ngài \
      Rajesh Kumar, Đại sứ đặc mệnh toàn quyền Cộng hòa Ấn Độ tại Việt Nam.

      Bí thư Tỉnh ủy đề nghị Đại sứ ủng hộ việc kết nghĩa giữa tỉnh Quảng Trị với một bang của Ấn Độ.
      """;

  @Test
  void oneChairmanTwoAmbassadorsOneDayAndOneAmbassadorTwoProvinces() {
    EventIndex index = Doingoai.matcher().build().newIndex();
    String india = index.add("india-portal", EXTRACTOR.extract(INDIA_PORTAL));
    String laos = index.add("laos-portal", EXTRACTOR.extract(LAOS_PORTAL));
    String indiaAgain = index.add("india-paper", EXTRACTOR.extract(INDIA_NEWSPAPER));
    String other = index.add("quang-tri", EXTRACTOR.extract(OTHER_PROVINCE));
    assertEquals(india, indiaAgain);
    assertNotEquals(india, laos);
    assertNotEquals(india, other);
    assertNotEquals(laos, other);
    MatchDecision d = index.explain("india-portal", "laos-portal");
    assertTrue(d.evidence().stream().anyMatch(e -> e.kind() == EvidenceKind.DIFFERENT_PART_OF_DAY
        || e.kind() == EvidenceKind.DIFFERENT_COUNTERPART), d.toString());
    assertTrue(index.explain("india-portal", "quang-tri").evidence().stream()
        .anyMatch(e -> e.kind() == EvidenceKind.DATE_CONFLICT));
    // the ambassador is one person across the three articles that name him
    assertEquals(3, index.officials().named("Rajesh Kumar").get(0).articles().size());
  }
}
