package io.github.doingoai.model;

import java.util.List;
import java.util.Objects;

/**
 * One numbered item of a list an official sets out ({@code Thứ hai, tập trung thúc đẩy ngoại giao
 * kinh tế...}).
 *
 * @param ordinal 1 for {@code Thứ nhất}, 2 for {@code Thứ hai}...
 * @param span the item's text in the caller's original string
 * @param pillars the pillars the item names
 */
public record Priority(int ordinal, Span span, List<Pillar> pillars) {
  /** Checks the ordinal and the span; the pillar list is copied. */
  public Priority {
    if (ordinal < 1) {
      throw new IllegalArgumentException("ordinal must be positive: " + ordinal);
    }
    Objects.requireNonNull(span, "span");
    pillars = Lists.copy(pillars, "pillars");
  }
}
