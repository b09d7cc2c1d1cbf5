package io.github.doingoai.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date of which some parts may be unknown, written in ISO 8601 form: {@code 2021-12-13}
 * (full), {@code --04-26} (day and month, year unknown), {@code 2021-11} (month of a year),
 * {@code 2018} (a year), {@code --11} (a month, year unknown).
 *
 * <p>Every instance is a valid calendar date as far as it goes: {@code --02-29} is allowed (some year
 * has it), {@code 2021-02-29} and {@code --02-30} are not.
 */
public final class PartialDate implements Comparable<PartialDate> {

  private static final Pattern ISO =
      Pattern.compile("(?:(\\d{4})|-)(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private final Integer year;
  private final Integer month;
  private final Integer day;

  private PartialDate(Integer year, Integer month, Integer day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * A partial date; {@code null} marks an unknown part. A day needs a month; something must be known.
   *
   * @throws IllegalArgumentException if the parts do not form a valid (partial) calendar date
   */
  public static PartialDate of(Integer year, Integer month, Integer day) {
    if (year == null && month == null) {
      throw new IllegalArgumentException("a partial date needs a year or a month");
    }
    if (day != null && month == null) {
      throw new IllegalArgumentException("a day needs a month");
    }
    if (year != null && (year < 1 || year > 9999)) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (month != null && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month out of range: " + month);
    }
    if (day != null) {
      int max = year != null ? YearMonth.of(year, month).lengthOfMonth() : maxDay(month);
      if (day < 1 || day > max) {
        throw new IllegalArgumentException("no day " + day + " in month " + month
            + (year != null ? " of " + year : ""));
      }
    }
    return new PartialDate(year, month, day);
  }

  /** A partial date, or empty if the parts are not a valid calendar date (for parsers). */
  public static Optional<PartialDate> tryOf(Integer year, Integer month, Integer day) {
    try {
      return Optional.of(of(year, month, day));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * A complete date.
   *
   * @param date the date
   * @return the same day as a partial date with every part known
   */
  public static PartialDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * A day of a month in an unknown year ({@code --04-26}).
   *
   * @param month 1 to 12
   * @param day 1 to the month's length (29 for February)
   * @return the partial date
   * @throws IllegalArgumentException if no year has that day
   */
  public static PartialDate ofMonthDay(int month, int day) {
    return of(null, month, day);
  }

  /**
   * A year alone ({@code 2018}).
   *
   * @param year 1 to 9999
   * @return the partial date
   */
  public static PartialDate ofYear(int year) {
    return of(year, null, null);
  }

  /** Parses the ISO form that {@link #toString()} writes. */
  @JsonCreator
  public static PartialDate parse(String iso) {
    Objects.requireNonNull(iso, "iso");
    Matcher m = ISO.matcher(iso);
    if (!m.matches() || (m.group(1) == null && m.group(2) == null)) {
      throw new IllegalArgumentException("not an ISO (partial) date: \"" + iso + "\"");
    }
    if (m.group(1) == null && !iso.startsWith("--")) {
      throw new IllegalArgumentException("not an ISO (partial) date: \"" + iso + "\"");
    }
    Integer y = m.group(1) == null ? null : Integer.valueOf(m.group(1));
    Integer mo = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    Integer d = m.group(3) == null ? null : Integer.valueOf(m.group(3));
    return of(y, mo, d);
  }

  private static int maxDay(int month) {
    return month == 2 ? 29 : YearMonth.of(2000, month).lengthOfMonth();
  }

  /**
   * The year, when known.
   *
   * @return the year, or empty
   */
  public Optional<Integer> year() {
    return Optional.ofNullable(year);
  }

  /**
   * The month, 1 to 12, when known.
   *
   * @return the month, or empty
   */
  public Optional<Integer> month() {
    return Optional.ofNullable(month);
  }

  /**
   * The day of the month, when known.
   *
   * @return the day, or empty
   */
  public Optional<Integer> day() {
    return Optional.ofNullable(day);
  }

  /** True when year, month and day are all known. */
  public boolean isComplete() {
    return year != null && month != null && day != null;
  }

  /** The full date, when {@link #isComplete()}. */
  public Optional<LocalDate> toLocalDate() {
    if (!isComplete()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** This date with the year set. */
  public PartialDate withYear(int newYear) {
    return of(newYear, month, day);
  }

  /** This date without its year. */
  public PartialDate withoutYear() {
    return month == null ? this : new PartialDate(null, month, day);
  }

  /**
   * True when nothing known in one contradicts the other: {@code --04-26} agrees with
   * {@code 2021-04-26} but not with {@code 2021-04-27}.
   */
  public boolean agreesWith(PartialDate other) {
    return agree(year, other.year) && agree(month, other.month) && agree(day, other.day);
  }

  private static boolean agree(Integer a, Integer b) {
    return a == null || b == null || a.equals(b);
  }

  @JsonValue
  @Override
  public String toString() {
    // digits written by hand: String.format("%04d") writes the default locale's digits, which
    // under ar-SA or fa-IR are not ASCII and would break every JSON date
    StringBuilder sb = new StringBuilder(10);
    if (year != null) {
      digits(sb, year, 4);
    } else {
      sb.append('-');
    }
    if (month != null) {
      digits(sb.append('-'), month, 2);
      if (day != null) {
        digits(sb.append('-'), day, 2);
      }
    }
    return sb.toString();
  }

  /** {@code value} (0 to 9999) in ASCII digits, zero-padded to {@code width}. */
  private static void digits(StringBuilder sb, int value, int width) {
    String s = Integer.toString(value);
    for (int k = s.length(); k < width; k++) {
      sb.append('0');
    }
    sb.append(s);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate p
        && Objects.equals(year, p.year) && Objects.equals(month, p.month) && Objects.equals(day, p.day);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, month, day);
  }

  @Override
  public int compareTo(PartialDate o) {
    int c = cmp(year, o.year);
    if (c == 0) {
      c = cmp(month, o.month);
    }
    return c != 0 ? c : cmp(day, o.day);
  }

  private static int cmp(Integer a, Integer b) {
    if (a == null) {
      return b == null ? 0 : -1;
    }
    return b == null ? 1 : Integer.compare(a, b);
  }
}
