package io.github.doingoai.internal.extract.time;

import io.github.doingoai.model.PartialDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Turns the numbers a text writes into valid (partial) calendar dates. Stateless. */
final class DateMath {
  private DateMath() {}

  /** Years a bare four-digit number may stand for in news text; outside it, a number is not a year. */
  static boolean plausibleYear(int y) {
    return y >= 1900 && y <= 2100;
  }

  /**
   * A day and month, with the year when written; else the year that puts it nearest
   * {@code reference} (a December article's {@code 3/1} is next January); else yearless.
   * Empty when no valid calendar date has these parts ({@code 31/2}, {@code 29/2/2023}).
   */
  static Optional<PartialDate> dayMonth(int day, int month, Integer year, LocalDate reference) {
    if (year != null) {
      return plausibleYear(year) ? PartialDate.tryOf(year, month, day) : Optional.empty();
    }
    if (reference == null) {
      return PartialDate.tryOf(null, month, day);
    }
    PartialDate best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
      Optional<PartialDate> d = PartialDate.tryOf(y, month, day);
      if (d.isEmpty()) {
        continue;
      }
      long distance = Math.abs(ChronoUnit.DAYS.between(reference, d.get().toLocalDate().orElseThrow()));
      if (distance < bestDistance) {
        best = d.get();
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** A month, of a written year or yearless. */
  static Optional<PartialDate> month(int month, Integer year) {
    if (year != null && !plausibleYear(year)) {
      return Optional.empty();
    }
    return PartialDate.tryOf(year, month, null);
  }
}
