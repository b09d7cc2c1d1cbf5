package io.github.doingoai.internal.extract.time;

import io.github.doingoai.internal.text.NormalizedText;
import io.github.doingoai.model.PartOfDay;
import io.github.doingoai.model.PartialDate;
import io.github.doingoai.model.TemporalExpression;
import io.github.doingoai.model.TemporalKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole-text scans TemporalExtractor used before its single pass: nine {@code find()} loops, one per
 * pattern. Kept as the oracle the single pass must agree with (TemporalOracleProperties).
 *
 * <p>Patterns run on the lower-case normalized text (dashes are already hyphen-minus). Every
 * quantifier is bounded and every alternative starts with a distinct literal, so a match attempt
 * costs a constant amount of work and a scan is linear in the article. A number pair such as
 * {@code 3.5}, {@code 1/2} or {@code 5.200} is only taken for a day and month when a cue word
 * ({@code ngày}, {@code sáng}, {@code hôm nay}...) stands before it or a four-digit year follows
 * it: news writes dates with such cues, and decimals, fractions and counts without.
 */
final class TemporalOracle {

  private static final String WEEKDAY = "thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật";
  private static final String PART = "sáng|trưa|chiều|tối|đêm";
  /** After a date: not a digit or letter, nor a further separator and digit (codes, decimals). */
  private static final String END = "(?![\\d\\p{L}]|[/.-]\\d)";

  /** {@code thứ Hai, sáng nay ngày 26/4/2021 13:50}: weekday, part of day, cue, day/month/year, time. */
  private static final Pattern DATE = Pattern.compile("(?<![\\p{L}\\d])"
      + "(?:(" + WEEKDAY + ")(?: ?, ?| - | \\(?))?"
      + "(?:(" + PART + ")(?: nay)? )?"
      + "(?:(hôm nay|hôm qua|ngày|hôm) )?"
      + "(\\d{1,2})([/.-])(\\d{1,2})(?:\\5(\\d{4}))?" + END
      + "(?:\\)?,? (?:lúc )?(\\d{1,2})[:h](\\d{2})(?!\\d))?");
  /** {@code hai ngày 13 - 14/11}, {@code ngày 13 và 14/11/2025}. */
  private static final Pattern DAY_RANGE = Pattern.compile("(?<![\\p{L}\\d])"
      + "(?:(?:hai|ba|bốn|năm|các) )?ngày (\\d{1,2}) ?(?:-|và|đến) ?(\\d{1,2})([/.-])(\\d{1,2})"
      + "(?:\\3(\\d{4}))?" + END);
  /** {@code ngày 5 tháng 9 năm 2023}. */
  private static final Pattern DATE_WORDS = Pattern.compile("(?<![\\p{L}\\d])"
      + "(?:(" + PART + ") )?ngày (\\d{1,2}) tháng (\\d{1,2})(?: năm (\\d{4}))?(?![\\d])");
  /** {@code tháng 11/2021}, {@code tháng 12.2025}, {@code tháng 9 năm 2023}. */
  private static final Pattern MONTH = Pattern.compile("(?<![\\p{L}\\d])"
      + "tháng (\\d{1,2})(?:[/.-](\\d{4})| năm (\\d{4}))" + END);
  /** {@code giai đoạn 2021-2025}, {@code nhiệm kỳ 2022 - 2025}, {@code từ năm 2016 đến năm 2021}. */
  private static final Pattern PERIOD = Pattern.compile("(?<![\\p{L}\\d])"
      + "(?:giai đoạn|nhiệm kỳ|thời kỳ|niên khóa|từ năm|trong năm|các năm|từ) (\\d{4}) ?(?:-|đến năm|đến|tới) ?(\\d{4})" + END);
  /**
   * {@code đến năm 2030}, {@code tầm nhìn đến năm 2045}, {@code đến 2030}; without {@code năm} only
   * where the phrase ends, so that {@code tăng đến 2000 người} is a count, not a year.
   */
  private static final Pattern HORIZON = Pattern.compile("(?<![\\p{L}\\d])"
      + "(?:tầm nhìn )?(?:đến|tới) (?:năm (\\d{4})" + END + "|(\\d{4})(?=[,.;:)]|$| và | tầm | của | cho ))");
  /** {@code năm 2018}. */
  private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\d])năm (\\d{4})" + END);
  /** {@code hôm nay}, {@code hôm qua}, {@code sáng nay}, {@code tuần tới}... */
  private static final Pattern RELATIVE = Pattern.compile("(?<![\\p{L}\\d])"
      + "(?:(" + PART + ") (nay|qua)|(hôm nay|hôm qua|ngày mai)|tuần (tới|sau|trước|qua|này))(?![\\p{L}\\d])");
  /** A weekday only with a cue before it or a week after it: a bare {@code Thứ hai,} opens a list item. */
  private static final Pattern WEEKDAY_REL = Pattern.compile("(?<![\\p{L}\\d])"
      + "(?:(vào|" + PART + ") )(" + WEEKDAY + ")(?: (tuần này|tuần tới|tuần sau|tuần trước|tuần qua|vừa qua))?(?![\\p{L}\\d])");

  /** {@code Chiều cùng ngày}, {@code Cùng ngày}, {@code sáng hôm sau}: a day named by the last one written. */
  private static final Pattern SAME_DAY = Pattern.compile("(?<![\\p{L}\\d])"
      + "(?:(" + PART + ") )?(cùng ngày|ngày hôm sau|hôm sau)(?![\\p{L}\\d])");
  /** A document code just before a date: {@code số 12-KL/TW ngày 12-8-2021} dates the document, not an event. */
  private static final Pattern CODE_BEFORE = Pattern.compile("\\d+[/-]\\p{L}[^,;().\\n]{0,30}$");

  private record Found(int start, int end, TemporalKind kind, PartialDate date, PartialDate endDate,
      PartOfDay part, String time) {}

  TemporalOracle() {}

  /** The sources of the patterns, whose literal words the oracle property builds its texts from. */
  static List<String> patternSources() {
    return java.util.stream.Stream.of(DATE, DAY_RANGE, DATE_WORDS, MONTH, PERIOD, HORIZON, YEAR, RELATIVE,
        WEEKDAY_REL, SAME_DAY, CODE_BEFORE).map(Pattern::pattern).toList();
  }

  /** The expressions of {@code text} at positions {@code content} accepts, resolved against {@code reference}. */
  List<TemporalExpression> find(NormalizedText text, LocalDate reference, java.util.function.IntPredicate content) {
    String s = text.lower();
    List<Found> all = new ArrayList<>();
    dayRanges(s, reference, all);
    dates(s, reference, all);
    dateWords(s, reference, all);
    months(s, all);
    periods(s, all);
    horizons(s, all);
    years(s, all);
    if (reference != null) {
      relatives(s, reference, all);
      weekdays(s, reference, all);
    }
    sameDays(s, all);
    all.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
    List<TemporalExpression> out = new ArrayList<>();
    int covered = -1;
    PartialDate lastDay = null;
    for (Found f : all) {
      if (f.start() < covered || !content.test(f.start())) {
        continue;
      }
      if (f.kind() == null) {
        // an anaphoric day: the last event day written before it, shifted by the found's offset
        if (lastDay == null) {
          continue;
        }
        PartialDate d = shift(lastDay, f.time() == null ? 0 : 1);
        if (d == null) {
          continue;
        }
        f = new Found(f.start(), f.end(), TemporalKind.RELATIVE, d, null, f.part(), null);
      } else if (f.kind() == TemporalKind.DATE && eventDay(s, f.start())) {
        lastDay = f.date();
      }
      covered = f.end();
      out.add(new TemporalExpression(text.span(f.start(), f.end()), f.kind(), f.date(), f.endDate(), f.part(), f.time()));
    }
    return out;
  }

  /** Placeholders (kind {@code null}) for anaphoric days; {@code time} non-null marks "the day after". */
  private static void sameDays(String s, List<Found> out) {
    Matcher m = SAME_DAY.matcher(s);
    while (m.find()) {
      boolean next = !m.group(2).equals("cùng ngày");
      out.add(new Found(m.start(), m.end(), null, null, null, part(m.group(1)), next ? "+1" : null));
    }
  }

  /** False for a date in parentheses or right after a document code: it dates no event of the text. */
  static boolean eventDay(String s, int pos) {
    int from = Math.max(0, pos - 40);
    String before = s.substring(from, pos);
    int open = before.lastIndexOf('(');
    if (open >= 0 && before.indexOf(')', open) < 0) {
      return false;
    }
    return !CODE_BEFORE.matcher(before).find();
  }

  /** {@code d} plus {@code days}, for a full or yearless day; {@code null} when it cannot be said. */
  private static PartialDate shift(PartialDate d, int days) {
    return TemporalExtractor.shift(d, days);
  }

  private static void dates(String s, LocalDate ref, List<Found> out) {
    Matcher m = DATE.matcher(s);
    while (m.find()) {
      boolean cue = m.group(1) != null || m.group(2) != null || m.group(3) != null;
      Integer year = m.group(7) == null ? null : Integer.valueOf(m.group(7));
      if (!cue && year == null) {
        continue;
      }
      Optional<PartialDate> d = DateMath.dayMonth(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(6)), year, ref);
      if (d.isEmpty()) {
        continue;
      }
      String time = null;
      int end = m.end();
      if (m.group(8) != null) {
        int h = Integer.parseInt(m.group(8));
        int min = Integer.parseInt(m.group(9));
        if (h <= 23 && min <= 59) {
          time = String.format("%02d:%02d", h, min);
        } else {
          end = m.end(7) >= 0 ? m.end(7) : m.end(6);
        }
      }
      out.add(new Found(m.start(), end, TemporalKind.DATE, d.get(), null, part(m.group(2)), time));
    }
  }

  private static void dayRanges(String s, LocalDate ref, List<Found> out) {
    Matcher m = DAY_RANGE.matcher(s);
    while (m.find()) {
      Integer year = m.group(5) == null ? null : Integer.valueOf(m.group(5));
      int month = Integer.parseInt(m.group(4));
      int d1 = Integer.parseInt(m.group(1));
      int d2 = Integer.parseInt(m.group(2));
      if (d1 >= d2) {
        continue;
      }
      Optional<PartialDate> a = DateMath.dayMonth(d1, month, year, ref);
      if (a.isEmpty()) {
        continue;
      }
      // the end shares the start's year, so that a range never straddles a resolved new year
      Integer y = a.get().year().orElse(null);
      Optional<PartialDate> b = PartialDate.tryOf(y, month, d2);
      if (b.isPresent()) {
        out.add(new Found(m.start(), m.end(), TemporalKind.PERIOD, a.get(), b.get(), null, null));
      }
    }
  }

  private static void dateWords(String s, LocalDate ref, List<Found> out) {
    Matcher m = DATE_WORDS.matcher(s);
    while (m.find()) {
      Integer year = m.group(4) == null ? null : Integer.valueOf(m.group(4));
      DateMath.dayMonth(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), year, ref).ifPresent(d ->
          out.add(new Found(m.start(), m.end(), TemporalKind.DATE, d, null, part(m.group(1)), null)));
    }
  }

  private static void months(String s, List<Found> out) {
    Matcher m = MONTH.matcher(s);
    while (m.find()) {
      String y = m.group(2) != null ? m.group(2) : m.group(3);
      DateMath.month(Integer.parseInt(m.group(1)), Integer.valueOf(y)).ifPresent(d ->
          out.add(new Found(m.start(), m.end(), TemporalKind.MONTH, d, null, null, null)));
    }
  }

  private static void periods(String s, List<Found> out) {
    Matcher m = PERIOD.matcher(s);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      if (DateMath.plausibleYear(a) && DateMath.plausibleYear(b) && a < b) {
        out.add(new Found(m.start(), m.end(), TemporalKind.PERIOD, PartialDate.ofYear(a), PartialDate.ofYear(b), null, null));
      }
    }
  }

  private static void horizons(String s, List<Found> out) {
    Matcher m = HORIZON.matcher(s);
    while (m.find()) {
      int y = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
      if (DateMath.plausibleYear(y)) {
        out.add(new Found(m.start(), m.end(), TemporalKind.HORIZON, null, PartialDate.ofYear(y), null, null));
      }
    }
  }

  private static void years(String s, List<Found> out) {
    Matcher m = YEAR.matcher(s);
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (DateMath.plausibleYear(y)) {
        out.add(new Found(m.start(), m.end(), TemporalKind.YEAR, PartialDate.ofYear(y), null, null, null));
      }
    }
  }

  private static void relatives(String s, LocalDate ref, List<Found> out) {
    Matcher m = RELATIVE.matcher(s);
    while (m.find()) {
      if (m.group(1) != null) {
        LocalDate d = m.group(2).equals("nay") ? ref : ref.minusDays(1);
        out.add(new Found(m.start(), m.end(), TemporalKind.RELATIVE, PartialDate.of(d), null, part(m.group(1)), null));
      } else if (m.group(3) != null) {
        LocalDate d = switch (m.group(3)) {
          case "hôm nay" -> ref;
          case "hôm qua" -> ref.minusDays(1);
          default -> ref.plusDays(1);
        };
        out.add(new Found(m.start(), m.end(), TemporalKind.RELATIVE, PartialDate.of(d), null, null, null));
      } else {
        LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate start = switch (m.group(4)) {
          case "tới", "sau" -> monday.plusWeeks(1);
          case "trước", "qua" -> monday.minusWeeks(1);
          default -> monday;
        };
        out.add(new Found(m.start(), m.end(), TemporalKind.RELATIVE, PartialDate.of(start),
            PartialDate.of(start.plusDays(6)), null, null));
      }
    }
  }

  private static void weekdays(String s, LocalDate ref, List<Found> out) {
    Matcher m = WEEKDAY_REL.matcher(s);
    while (m.find()) {
      DayOfWeek dow = dayOfWeek(m.group(2));
      LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      LocalDate d;
      String week = m.group(3);
      if (week == null) {
        // a bare weekday is the nearest such day: news reports the last few days and the next few
        LocalDate back = ref.with(TemporalAdjusters.previousOrSame(dow));
        LocalDate ahead = ref.with(TemporalAdjusters.nextOrSame(dow));
        d = ChronoUnit.DAYS.between(back, ref) <= ChronoUnit.DAYS.between(ref, ahead) ? back : ahead;
      } else {
        int shift = switch (week) {
          case "tuần tới", "tuần sau" -> 1;
          case "tuần trước", "tuần qua" -> -1;
          default -> 0;
        };
        d = monday.plusWeeks(shift).plusDays(dow.getValue() - 1L);
        if (week.equals("vừa qua")) {
          d = ref.minusDays(1).with(TemporalAdjusters.previousOrSame(dow));
        }
      }
      PartOfDay part = m.group(1).equals("vào") ? null : part(m.group(1));
      out.add(new Found(m.start(), m.end(), TemporalKind.RELATIVE, PartialDate.of(d), null, part, null));
    }
  }

  private static DayOfWeek dayOfWeek(String w) {
    return TemporalExtractor.dayOfWeek(w);
  }

  /** The part of day a cue word names, or {@code null}. */
  static PartOfDay part(String w) {
    if (w == null) {
      return null;
    }
    return switch (w) {
      case "sáng" -> PartOfDay.MORNING;
      case "trưa" -> PartOfDay.NOON;
      case "chiều" -> PartOfDay.AFTERNOON;
      case "tối" -> PartOfDay.EVENING;
      case "đêm" -> PartOfDay.NIGHT;
      default -> null;
    };
  }
}
