package io.github.doingoai.model;

import java.util.Objects;

/**
 * A date, month, year, period or horizon the text names, resolved against the reference date
 * when one is known.
 *
 * @param span where, in the caller's original text
 * @param kind what it denotes
 * @param date the day, month or year it names (the start of a period), or {@code null} for an
 *     open-start horizon
 * @param end the end of a period or horizon, else {@code null}
 * @param partOfDay {@code sáng}, {@code chiều}... when written with it, else {@code null}
 * @param time the clock time as {@code HH:mm} when written ({@code 13:50}), else {@code null}
 */
public record TemporalExpression(
    Span span, TemporalKind kind, PartialDate date, PartialDate end, PartOfDay partOfDay, String time) {
  /** Checks the required fields and that a date or an end is known. */
  public TemporalExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    if (date == null && end == null) {
      throw new IllegalArgumentException("a temporal expression needs a date or an end");
    }
  }
}
