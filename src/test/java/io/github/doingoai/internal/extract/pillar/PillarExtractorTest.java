package io.github.doingoai.internal.extract.pillar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.doingoai.Doingoai;
import io.github.doingoai.Extractor;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.Pillar;
import io.github.doingoai.model.Priority;
import io.github.doingoai.model.PriorityList;
import io.github.doingoai.model.StrategicPillar;
import io.github.doingoai.model.Strategy;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pillars, priorities and strategies in sentences written for these tests. */
class PillarExtractorTest {

  private static Extractor extractor;

  @BeforeAll
  static void build() {
    extractor = Doingoai.extractor().build();
  }

  private static Set<Pillar> pillars(String text) {
    return extractor.extract(text).pillars().stream().map(StrategicPillar::pillar).collect(Collectors.toSet());
  }

  @Test
  void eachDoctrineWordingNamesItsPillar() {
    assertEquals(Set.of(Pillar.ECONOMIC), pillars("Tỉnh đẩy mạnh công tác ngoại giao kinh tế trong năm tới."));
    assertEquals(Set.of(Pillar.ECONOMIC), pillars("Thành phố chú trọng đối ngoại kinh tế gắn với thu hút đầu tư."));
    assertEquals(Set.of(Pillar.CULTURAL), pillars("Sở triển khai công tác ngoại giao văn hóa tại địa phương."));
    assertEquals(Set.of(Pillar.EXTERNAL_INFORMATION), pillars("Cần đổi mới thông tin tuyên truyền đối ngoại."));
    assertEquals(Set.of(Pillar.EXTERNAL_INFORMATION), pillars("Tỉnh nâng cao chất lượng thông tin đối ngoại."));
    assertEquals(Set.of(Pillar.PEOPLE_TO_PEOPLE), pillars("Hội Hữu nghị phát huy vai trò ngoại giao nhân dân."));
    assertEquals(Set.of(Pillar.OVERSEAS_VIETNAMESE),
        pillars("Hội nghị bàn về công tác người Việt Nam ở nước ngoài trong tình hình mới."));
    assertEquals(Set.of(Pillar.OVERSEAS_VIETNAMESE),
        pillars("Ủy ban tăng cường công tác về người Việt Nam ở nước ngoài."));
    assertEquals(Set.of(Pillar.DEFENCE), pillars("Giao lưu biên giới là hoạt động đối ngoại quốc phòng quan trọng."));
    assertEquals(Set.of(Pillar.DEFENCE), pillars("Hai bộ trưởng trao đổi về ngoại giao quốc phòng."));
    assertEquals(Set.of(Pillar.POLITICAL), pillars("Ngoại giao chính trị dẫn dắt các trụ cột khác."));
  }

  @Test
  void aListSharingOneHeadNamesEveryMember() {
    assertEquals(Set.of(Pillar.PARTY, Pillar.STATE, Pillar.PEOPLE_TO_PEOPLE),
        pillars("Tỉnh phối hợp nhịp nhàng đối ngoại Đảng, chính quyền và nhân dân trong năm qua."));
    assertEquals(Set.of(Pillar.PARTY, Pillar.STATE, Pillar.PEOPLE_TO_PEOPLE),
        pillars("Các kênh đối ngoại Đảng, đối ngoại chính quyền, đối ngoại nhân dân được triển khai đồng bộ."));
  }

  @Test
  void aFieldWordAloneIsNoPillar() {
    assertEquals(Set.of(), pillars("Tỉnh tập trung phát triển kinh tế - xã hội và văn hóa trong năm nay."));
    assertEquals(Set.of(), pillars("Công tác đối ngoại của Đảng và Nhà nước đạt nhiều kết quả."));
    assertEquals(Set.of(), pillars("Ngành chú trọng phát triển kinh tế đối ngoại và xuất khẩu."));
    assertEquals(Set.of(), pillars("Đoàn của Ban Đối ngoại Trung ương đến làm việc với tỉnh."));
  }

  @Test
  void partyProtocolCountsAsPartyExternalRelations() {
    assertEquals(Set.of(Pillar.PARTY), pillars("Hội nghị hướng dẫn thực hiện quy định về lễ tân đối ngoại Đảng."));
  }

  @Test
  void aPillarCountsOnceWithEveryPlaceAsEvidence() {
    Extraction e = extractor.extract("Tỉnh coi trọng ngoại giao kinh tế. Năm nay, đối ngoại kinh tế tiếp tục là trọng tâm.");
    assertEquals(1, e.pillars().size());
    assertEquals(List.of("ngoại giao kinh tế", "đối ngoại kinh tế"),
        e.pillars().get(0).evidence().stream().map(s -> s.text()).toList());
  }

  @Test
  void boilerplateNamesNoPillar() {
    assertEquals(Set.of(), pillars("Tỉnh họp bàn kế hoạch năm 2024.\n\nTin liên quan\n\nĐẩy mạnh ngoại giao văn hóa"));
  }

  private static final String LISTS = """
      Sáng 5-3, Ủy ban nhân dân tỉnh Quảng Nam tổ chức hội nghị tổng kết công tác đối ngoại năm 2023.
      Phát biểu chỉ đạo, Chủ tịch UBND tỉnh Lê Văn Dũng đề nghị các sở, ngành tập trung 3 nhiệm vụ trọng tâm:
      Thứ nhất, đẩy mạnh ngoại giao kinh tế, thu hút đầu tư chất lượng cao.
      Thứ hai, phát huy ngoại giao văn hóa và thông tin đối ngoại để quảng bá hình ảnh tỉnh.
      Thứ ba, làm tốt công tác người Việt Nam ở nước ngoài.
      Thứ tư, kiện toàn bộ máy làm công tác đối ngoại.
      Tỉnh xác định Chiến lược hội nhập quốc tế đến năm 2030, tầm nhìn đến năm 2050 là kim chỉ nam.
      """;

  @Test
  void aNumberedListKeepsItsAnnouncedCountEvenWhenItListsMore() {
    List<PriorityList> lists = extractor.extract(LISTS).priorities();
    assertEquals(1, lists.size());
    PriorityList l = lists.get(0);
    assertEquals(3, l.announcedCount());
    assertEquals(List.of(1, 2, 3, 4), l.items().stream().map(Priority::ordinal).toList());
    assertTrue(l.heading().text().endsWith("3 nhiệm vụ trọng tâm:"), l.heading().text());
    assertEquals(List.of(Pillar.ECONOMIC), l.items().get(0).pillars());
    assertEquals(List.of(Pillar.CULTURAL, Pillar.EXTERNAL_INFORMATION), l.items().get(1).pillars());
    assertEquals(List.of(Pillar.OVERSEAS_VIETNAMESE), l.items().get(2).pillars());
    assertEquals(List.of(), l.items().get(3).pillars());
    assertTrue(l.items().get(3).span().text().startsWith("Thứ tư, kiện toàn"));
  }

  @Test
  void theSpeakerIsTheOfficialTheHeadingNames() {
    PriorityList l = extractor.extract(LISTS).priorities().get(0);
    assertEquals("Lê Văn Dũng", l.speaker());
  }

  @Test
  void aListWithoutACountHasNone() {
    String text = """
        Bộ trưởng Nguyễn Minh Hải đề nghị tỉnh cần tập trung những trọng tâm sau:
        Thứ nhất, nâng tầm đối ngoại địa phương.
        Thứ hai, đẩy mạnh đối ngoại nhân dân.
        """;
    PriorityList l = extractor.extract(text).priorities().get(0);
    assertNull(l.announcedCount());
    assertEquals(2, l.items().size());
    assertEquals(List.of(Pillar.PEOPLE_TO_PEOPLE), l.items().get(1).pillars());
  }

  @Test
  void itemsWrittenInOneSentenceAreAListToo() {
    String text = "Phát biểu tại buổi lễ, Chủ tịch UBND tỉnh Phạm Anh Tuấn đề nghị hai bên tập trung ba nhiệm vụ: "
        + "thứ nhất, đẩy mạnh ngoại giao kinh tế; thứ hai, tăng cường giao lưu nhân dân; "
        + "thứ ba, phối hợp trong công tác thông tin đối ngoại.";
    PriorityList l = extractor.extract(text).priorities().get(0);
    assertEquals(3, l.announcedCount());
    assertEquals("Phạm Anh Tuấn", l.speaker());
    assertEquals(List.of("thứ nhất, đẩy mạnh ngoại giao kinh tế", "thứ hai, tăng cường giao lưu nhân dân",
        "thứ ba, phối hợp trong công tác thông tin đối ngoại."), l.items().stream().map(i -> i.span().text()).toList());
    assertEquals(List.of(Pillar.EXTERNAL_INFORMATION), l.items().get(2).pillars());
  }

  @Test
  void itemsNumberedWithLaAndBulletsAreAListToo() {
    String text = """
        Giám đốc Sở Ngoại vụ đề xuất bốn giải pháp:
        - Một là, nâng cao chất lượng thông tin đối ngoại.
        - Hai là, phát huy ngoại giao nhân dân.
        - Ba là, hoàn thiện thể chế.
        """;
    PriorityList l = extractor.extract(text).priorities().get(0);
    assertEquals(4, l.announcedCount());
    assertEquals(List.of(1, 2, 3), l.items().stream().map(Priority::ordinal).toList());
    assertEquals(List.of(Pillar.PEOPLE_TO_PEOPLE), l.items().get(1).pillars());
  }

  @Test
  void itemsThatDoNotStartAtOneAreNoList() {
    assertEquals(List.of(), extractor.extract("Thứ hai, tỉnh tiếp tục mở rộng hợp tác.\nThứ ba, tỉnh tăng cường giao lưu.")
        .priorities());
  }

  @Test
  void aStrategyKeepsItsHorizonAndVision() {
    List<Strategy> s = extractor.extract(LISTS).strategies();
    assertEquals(1, s.size());
    assertEquals("Chiến lược hội nhập quốc tế", s.get(0).name());
    assertEquals(2030, s.get(0).horizon());
    assertEquals(2050, s.get(0).vision());
  }

  @Test
  void aStrategyHorizonMayBeWrittenWithoutNam() {
    Strategy s = extractor.extract("Thành phố ban hành Chiến lược đối ngoại đến 2030 và tầm nhìn đến 2045.").strategies().get(0);
    assertEquals("Chiến lược đối ngoại", s.name());
    assertEquals(2030, s.horizon());
    assertEquals(2045, s.vision());
  }

  @Test
  void aStrategyWithoutVisionHasNone() {
    Strategy s = extractor.extract("Bộ ban hành Chiến lược ngoại giao văn hóa đến năm 2030 của ngành.").strategies().get(0);
    assertEquals(2030, s.horizon());
    assertNull(s.vision());
  }
}
