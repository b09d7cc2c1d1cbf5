package io.github.doingoai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {
  @Test
  void aSpanKnowsItsTextAndRejectsInconsistentOffsets() {
    String s = "Ngày 26/4, Hội nghị";
    Span sp = Span.of(s, 5, 9);
    assertEquals("26/4", sp.text());
    assertThrows(IllegalArgumentException.class, () -> new Span(3, 2, ""));
    assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2, "abc"));
    assertThrows(IllegalArgumentException.class, () -> new Span(0, 2, "abc"));
    assertTrue(Span.of(s, 6, 8).within(sp));
  }

  @Test
  void recordsCopyTheirListsAndRejectNullElements() {
    List<Position> positions = new ArrayList<>(List.of(Position.ofText("Bộ trưởng Bộ Ngoại giao")));
    Official o = new Official("o1", "Bùi Thanh Sơn", positions, null);
    positions.clear();
    assertEquals(1, o.positions().size());
    assertEquals(List.of(), o.mentions());
    assertThrows(UnsupportedOperationException.class, () -> o.positions().add(Position.ofText("x")));
    List<Position> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(NullPointerException.class, () -> new Official("o1", "A", withNull, null));
  }
}
