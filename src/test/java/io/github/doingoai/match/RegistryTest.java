package io.github.doingoai.match;

import static io.github.doingoai.match.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.doingoai.Doingoai;
import io.github.doingoai.model.AgreementKind;
import io.github.doingoai.model.AgreementStatus;
import io.github.doingoai.model.MeetingKind;
import io.github.doingoai.model.PartialDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One identity per official and per agreement across articles. */
class RegistryTest {

  @Test
  void oneMinisterAcrossArticlesWithTheUnionOfOffices() {
    EventIndex index = Doingoai.matcher().build().newIndex();
    index.add("a", article().official("Lê Minh Khoa", "Bí thư Ban Cán sự Đảng Bộ Ngoại giao", "Bộ trưởng Bộ Ngoại giao")
        .meeting(MeetingKind.CONFERENCE, "--04-26", null, null, null).build());
    index.add("b", article().official("Lê Minh  Khoa", "Bộ trưởng Ngoại giao")
        .meeting(MeetingKind.WORKING_SESSION, "2022-06-01", null, null, null).build());
    index.add("c", article().official("Lê Minh Khoa", "Phó Thủ tướng", "Bộ trưởng Bộ Ngoại giao").build());
    index.add("d", article().official("Lê Minh Khoa").build());
    List<Person> named = index.officials().named("Lê Minh Khoa");
    assertEquals(1, named.size());
    Person p = named.get(0);
    assertEquals("le-minh-khoa-1", p.id());
    assertEquals(List.of("a", "b", "c", "d"), p.articles());
    assertTrue(p.positions().stream().anyMatch(s -> s.text().equals("Phó Thủ tướng") && s.article().equals("c")));
    SeenPosition fromB = p.positions().stream().filter(s -> s.article().equals("b")).findFirst().orElseThrow();
    assertEquals(PartialDate.parse("2022-06-01"), fromB.date());
    assertEquals(p.id(), index.officials().personOf("b", "Lê Minh Khoa").orElseThrow().id());
  }

  @Test
  void aNamesakeWithConflictingOfficesIsAnotherPersonAndABareNameIsNotGuessed() {
    EventIndex index = Doingoai.matcher().build().newIndex();
    index.add("a", article().official("Nguyễn Văn Sơn", "Chủ tịch UBND tỉnh Hà Giang").build());
    index.add("b", article().official("Nguyễn Văn Sơn", "Giám đốc Sở Y tế tỉnh Cà Mau").build());
    index.add("c", article().official("Nguyễn Văn Sơn", "Chủ tịch Ủy ban nhân dân tỉnh").build());
    index.add("d", article().official("Nguyễn Văn Sơn").build());
    List<Person> named = index.officials().named("Nguyễn Văn Sơn");
    Person governor = index.officials().personOf("a", "Nguyễn Văn Sơn").orElseThrow();
    Person doctor = index.officials().personOf("b", "Nguyễn Văn Sơn").orElseThrow();
    assertNotEquals(governor.id(), doctor.id());
    assertEquals(governor.id(), index.officials().personOf("c", "Nguyễn Văn Sơn").orElseThrow().id());
    String bare = index.officials().personOf("d", "Nguyễn Văn Sơn").orElseThrow().id();
    assertNotEquals(governor.id(), bare);
    assertNotEquals(doctor.id(), bare);
    assertEquals(3, named.size());
  }

  @Test
  void aRegulationReferredToLaterLinksToItsSigning() {
    EventIndex index = Doingoai.matcher().build().newIndex();
    index.add("signing", article()
        .meeting(MeetingKind.CONFERENCE, "--04-26", null, null, null)
        .agreement(AgreementKind.COORDINATION_REGULATION, AgreementStatus.SIGNED, "--04-26",
            "Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh", "Ban Cán sự Đảng Bộ Ngoại giao").build());
    index.add("review", article()
        .meeting(MeetingKind.CONFERENCE, "--12-13", null, null, null)
        .agreement(AgreementKind.COORDINATION_REGULATION, AgreementStatus.REFERENCED, null,
            "Ban Cán sự Đảng Bộ Ngoại giao", "Ban Thường vụ Thành ủy TPHCM").build());
    // the same bodies, another kind of text: another agreement
    index.add("programme", article()
        .agreement(AgreementKind.COOPERATION_PROGRAMME, AgreementStatus.SIGNED, null,
            "Ban Cán sự Đảng Bộ Ngoại giao", "Ban Thường vụ Thành ủy TP.HCM").build());
    // a regulation of the ministry with another city
    index.add("other", article()
        .agreement(AgreementKind.COORDINATION_REGULATION, AgreementStatus.SIGNED, null,
            "Ban Cán sự Đảng Bộ Ngoại giao", "Ban Thường vụ Thành ủy Hải Phòng").build());
    List<AgreementRecord> all = index.agreements().agreements();
    assertEquals(3, all.size());
    AgreementRecord reg = all.get(0);
    assertEquals(List.of("signing", "review"), reg.sightings().stream().map(AgreementSighting::article).toList());
    assertEquals(AgreementStatus.REFERENCED, reg.sightings().get(1).status());
    assertEquals(PartialDate.parse("--04-26"), reg.date());
    assertEquals(index.agreements().ofArticle("signing"), index.agreements().ofArticle("review"));
    // the signing and the review are still two events
    assertNotEquals(index.eventOf("signing"), index.eventOf("review"));
  }
}
