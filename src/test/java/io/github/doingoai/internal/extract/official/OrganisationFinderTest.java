package io.github.doingoai.internal.extract.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.text.NormalizedText;
import io.github.doingoai.internal.text.VietnameseNormalizer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrganisationFinderTest {

  private static OrganisationFinder finder;

  @BeforeAll
  static void build() {
    finder = new OrganisationFinder(Gazetteer.load(List.of()));
  }

  private static List<OrganisationFinder.Organisation> orgs(String s) {
    NormalizedText t = VietnameseNormalizer.instance().normalize(s);
    return finder.organisations(t, 0, t.length());
  }

  @Test
  void findsThePartiesOfACoordinationRegulation() {
    var os = orgs("Quy chế phối hợp giữa Ban Thường vụ Thành ủy TP.HCM và Ban Cán sự Đảng Bộ Ngoại giao được ký kết.");
    assertEquals(List.of("Ban Thường vụ Thành ủy TP.HCM", "Ban Cán sự Đảng Bộ Ngoại giao"),
        os.stream().map(o -> o.span().text()).toList());
    assertEquals("Thành phố Hồ Chí Minh", os.get(0).place());
    assertFalse(os.get(0).ministry());
    assertTrue(os.get(1).ministry());
    assertEquals(List.of("Ban Cán sự Đảng", "Bộ Ngoại giao"), os.get(1).bodies());
  }

  @Test
  void aProvincialCommitteeWithAPlaceAndAForeignOne() {
    var os = orgs("UBND tỉnh Tây Ninh và Chính quyền tỉnh Svay Rieng ký thỏa thuận.");
    assertEquals(2, os.size());
    assertEquals("Tây Ninh", os.get(0).place());
    assertEquals("Ủy ban nhân dân", os.get(0).body());
    assertEquals("Svay Rieng", os.get(1).place());
  }

  @Test
  void placesAndCountriesButNotLowerCaseWords() {
    NormalizedText t = VietnameseNormalizer.instance().normalize("Đoàn của Lào thăm Thủ đô Hà Nội, anh em đức độ.");
    var ps = finder.places(t, 0, t.length());
    assertEquals(List.of("Lào", "Hà Nội"), ps.stream().map(OrganisationFinder.PlaceRef::name).toList());
    assertTrue(ps.get(0).country());
    assertEquals("Thủ đô Hà Nội", ps.get(1).span().text());
  }

  @Test
  void lowerCaseWordsAndUnlistedWordsAfterAParentBodyAreNoOrganisation() {
    var os = orgs("Các đảng viên làm việc tại Văn phòng Hành chính tỉnh.");
    assertEquals(List.of("Văn phòng"), os.stream().map(o -> o.span().text()).toList());
    assertEquals(null, os.get(0).place());
  }
}
