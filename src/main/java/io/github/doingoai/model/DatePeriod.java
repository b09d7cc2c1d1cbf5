package io.github.doingoai.model;

/**
 * A period with a start and an end, either of which may be open: {@code giai đoạn 2022-2026}.
 *
 * @param start first date or year, or {@code null}
 * @param end last date or year, or {@code null}
 */
public record DatePeriod(PartialDate start, PartialDate end) {
  /** Checks that the period has a start or an end, and does not end before it starts. */
  public DatePeriod {
    if (start == null && end == null) {
      throw new IllegalArgumentException("a period needs a start or an end");
    }
    if (start != null && end != null && start.year().isPresent() && end.year().isPresent()
        && start.year().get() > end.year().get()) {
      throw new IllegalArgumentException("period ends before it starts: " + start + " to " + end);
    }
  }
}
