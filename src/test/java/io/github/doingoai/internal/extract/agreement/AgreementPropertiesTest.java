package io.github.doingoai.internal.extract.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.doingoai.Doingoai;
import io.github.doingoai.Extractor;
import io.github.doingoai.model.Agreement;
import io.github.doingoai.model.DocumentRef;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.Span;
import io.github.doingoai.model.StrategicPillar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the agreement, pillar and document stages over articles generated from news-style
 * fragments, with noise between them (extra spaces, no-break spaces, zero-width chars).
 */
class AgreementPropertiesTest {

  private static final Extractor EXTRACTOR = Doingoai.extractor().build();

  private static final List<String> FRAGMENTS = List.of(
      "Ngày 12/5, UBND tỉnh Lạng Sơn và chính quyền khu tự trị Quảng Tây ký kết Biên bản ghi nhớ hợp tác.",
      "Hai bên tiếp tục triển khai Quy chế phối hợp giữa Tỉnh ủy Lạng Sơn và Ban Cán sự Đảng Bộ Công Thương.",
      "Tỉnh đề nghị hai bên sớm ký kết Thỏa thuận hợp tác giai đoạn 2025-2030.",
      "Thành phố thực hiện tốt các thỏa thuận quốc tế đã ký.",
      "Tỉnh ủy quán triệt Nghị quyết số 59-NQ/TW và Kết luận 57 của Bộ Chính trị.",
      "Quyết định 1234/QĐ-TTg và Nghị định 80/2022/NĐ-CP được phổ biến tới cán bộ.",
      "Tỉnh đẩy mạnh ngoại giao kinh tế, đối ngoại Đảng, chính quyền và nhân dân.",
      "Thứ nhất, làm tốt công tác người Việt Nam ở nước ngoài.",
      "Thứ hai, tăng cường thông tin đối ngoại.",
      "Lãnh đạo tỉnh Bình Định ủng hộ bang Kerala hợp tác, kết nghĩa với tỉnh Bình Định.",
      "Trước đó, ngày 10/5/2019, hai tỉnh đã ký Thỏa thuận hợp tác.",
      "Xem thêm",
      "Chiến lược hội nhập quốc tế đến năm 2030, tầm nhìn đến năm 2045 được ban hành.");
  private static final List<String> NOISE = List.of(" ", "  ", "\u00A0", "\u200B ", "\n", "\n\n", " - ");

  @Provide
  Arbitrary<String> articles() {
    Arbitrary<String> piece = Arbitraries.of(FRAGMENTS);
    Arbitrary<String> noise = Arbitraries.of(NOISE);
    return piece.list().ofMinSize(1).ofMaxSize(12).flatMap(ps -> noise.list().ofSize(ps.size()).map(ns -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < ps.size(); i++) {
        sb.append(ps.get(i)).append(ns.get(i));
      }
      return sb.toString();
    }));
  }

  @Property(tries = 150)
  void everySpanPointsIntoTheOriginalText(@ForAll("articles") String text) {
    Extraction e = EXTRACTOR.extract(text);
    List<Span> spans = new ArrayList<>();
    e.agreements().forEach(a -> spans.addAll(a.evidence()));
    e.pillars().forEach(p -> spans.addAll(p.evidence()));
    e.documents().forEach(d -> spans.add(d.span()));
    e.priorities().forEach(l -> l.items().forEach(i -> spans.add(i.span())));
    e.strategies().forEach(s -> spans.add(s.span()));
    for (Span s : spans) {
      assertEquals(text.substring(s.start(), s.end()), s.text());
    }
  }

  @Property(tries = 150)
  void idsCodesAndPillarsAreUnique(@ForAll("articles") String text) {
    Extraction e = EXTRACTOR.extract(text);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < e.agreements().size(); i++) {
      Agreement a = e.agreements().get(i);
      assertEquals("a" + (i + 1), a.id());
      assertTrue(ids.add(a.id()));
      assertTrue(!a.evidence().isEmpty());
    }
    assertEquals(e.documents().size(), e.documents().stream().map(DocumentRef::code).distinct().count());
    assertEquals(e.pillars().size(), e.pillars().stream().map(StrategicPillar::pillar).distinct().count());
  }

  @Property(tries = 100)
  void theResultDoesNotDependOnNoise(@ForAll("articles") String text) {
    String clean = text.replace("\u200B", "").replace('\u00A0', ' ');
    Extraction a = EXTRACTOR.extract(text);
    Extraction b = EXTRACTOR.extract(clean);
    assertEquals(b.documents().stream().map(DocumentRef::code).toList(),
        a.documents().stream().map(DocumentRef::code).toList());
    assertEquals(b.pillars().stream().map(StrategicPillar::pillar).toList(),
        a.pillars().stream().map(StrategicPillar::pillar).toList());
    assertEquals(b.agreements().stream().map(x -> x.kind() + "/" + x.status() + "/" + x.parties()).toList(),
        a.agreements().stream().map(x -> x.kind() + "/" + x.status() + "/" + x.parties()).toList());
  }
}
