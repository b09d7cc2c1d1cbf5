package io.github.doingoai.internal.extract.time;

import io.github.doingoai.internal.extract.ArticleContext;
import io.github.doingoai.internal.extract.ArticleWords;
import io.github.doingoai.internal.gazetteer.Gazetteer;
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
 * Finds and resolves Vietnamese temporal expressions. Built once; thread-safe.
 *
 * <p>Patterns run on the lower-case normalized text (dashes are already hyphen-minus). Every
 * quantifier is bounded and every alternative starts with a distinct literal, so a match attempt
 * costs a constant amount of work and a scan is linear in the article. A number pair such as
 * {@code 3.5}, {@code 1/2} or {@code 5.200} is only taken for a day and month when a cue word
 * ({@code ngày}, {@code sáng}, {@code hôm nay}...) stands before it or a four-digit year follows
 * it: news writes dates with such cues, and decimals, fractions and counts without.
 *
 * <p>The patterns do not scan the text each: one pass ({@code Scan}) visits the word starts that
 * hold a digit or a cue word and runs there, anchored, the patterns that can start with it.
 */
public final class TemporalExtractor {

  private static final String WEEKDAY = "thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật";
  private static final String PART = "sáng|trưa|chiều|tối|đêm";
  // the alternatives of the regexes above, for the DATE pattern written out (Scan.dateAt)
  private static final String[] WEEKDAY_NAMES = {"hai", "ba", "tư", "năm", "sáu", "bảy"};
  private static final String[] PARTS = PART.split("\\|");
  private static final String[] DAY_CUES = {"hôm nay", "hôm qua", "ngày", "hôm"};
  /** After a date: not a digit or letter, nor a further separator and digit (codes, decimals). */
  private static final String END = "(?![\\d\\p{L}]|[/.-]\\d)";

  /**
   * {@code thứ Hai, sáng nay ngày 26/4/2021 13:50}: weekday, part of day, cue, day/month/year, time.
   * The most frequent pattern, written out by hand in {@code Scan.dateAt}: this regex defines it,
   * and TemporalOracleProperties checks the two agree.
   */
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
  static final Pattern CODE_BEFORE = Pattern.compile("\\d+[/-]\\p{L}[^,;().\\n]{0,30}$");

  private record Found(int start, int end, TemporalKind kind, PartialDate date, PartialDate endDate,
      PartOfDay part, String time) {}

  // The patterns by index, in the order the former whole-text scans listed their matches: at one
  // position the single pass adds matches in this order, and the stable sort keeps it for ties.
  private static final int P_DAY_RANGE = 0;
  private static final int P_DATE = 1;
  private static final int P_DATE_WORDS = 2;
  private static final int P_MONTH = 3;
  private static final int P_PERIOD = 4;
  private static final int P_HORIZON = 5;
  private static final int P_YEAR = 6;
  private static final int P_RELATIVE = 7;
  private static final int P_WEEKDAY_REL = 8;
  private static final int P_SAME_DAY = 9;
  private static final Pattern[] PATTERNS = {DAY_RANGE, DATE, DATE_WORDS, MONTH, PERIOD, HORIZON, YEAR, RELATIVE,
      WEEKDAY_REL, SAME_DAY};
  /** The patterns that need a reference date. */
  private static final int NEEDS_REFERENCE = 1 << P_RELATIVE | 1 << P_WEEKDAY_REL;

  // The words a match can start with, each followed by a space in every pattern; words that start
  // the same patterns share a code.
  private static final int W_THU = 0;
  private static final int W_CHU = 1;
  private static final int W_PART = 2;
  private static final int W_HOM = 3;
  private static final int W_NGAY = 4;
  private static final int W_COUNT = 5;
  private static final int W_NAM = 6;
  private static final int W_CAC = 7;
  private static final int W_THANG = 8;
  private static final int W_GIAI = 9;
  private static final int W_KY = 10;
  private static final int W_NIEN = 11;
  private static final int W_TU = 12;
  private static final int W_TRONG = 13;
  private static final int W_TAM = 14;
  private static final int W_DEN = 15;
  private static final int W_TUAN = 16;
  private static final int W_VAO = 17;
  private static final int W_CUNG = 18;
  /**
   * The cue words by {@link String#hashCode()}, open addressing: a word is looked up with the hash
   * computed while its chars are read.
   */
  private static final String[] CUE_WORDS = new String[64];
  private static final int[] CUE_CODES = new int[64];

  static {
    Object[] cues = {"thứ", W_THU, "chủ", W_CHU, "sáng", W_PART, "trưa", W_PART, "chiều", W_PART, "tối", W_PART,
        "đêm", W_PART, "hôm", W_HOM, "ngày", W_NGAY, "hai", W_COUNT, "ba", W_COUNT, "bốn", W_COUNT, "năm", W_NAM,
        "các", W_CAC, "tháng", W_THANG, "giai", W_GIAI, "nhiệm", W_KY, "thời", W_KY, "niên", W_NIEN,
        "từ", W_TU, "trong", W_TRONG, "tầm", W_TAM, "đến", W_DEN, "tới", W_DEN, "tuần", W_TUAN, "vào", W_VAO,
        "cùng", W_CUNG};
    for (int k = 0; k < cues.length; k += 2) {
      String w = (String) cues[k];
      int slot = slot(w.hashCode());
      while (CUE_WORDS[slot] != null) {
        slot = (slot + 1) & (CUE_WORDS.length - 1);
      }
      CUE_WORDS[slot] = w;
      CUE_CODES[slot] = (Integer) cues[k + 1];
    }
  }

  private static int slot(int hash) {
    return (hash ^ hash >>> 6 ^ hash >>> 12) & (CUE_WORDS.length - 1);
  }

  /** The patterns are compiled once for the class; the gazetteer is not needed (yet). */
  public TemporalExtractor(Gazetteer gazetteer) {}

  /** Every temporal expression in the content of the article, in text order. */
  public List<TemporalExpression> extract(ArticleContext ctx) {
    return find(ctx.text(), ctx.words(), ctx.reference(), p -> ctx.structure().isContent(p));
  }

  /** The expressions of {@code text} at positions {@code content} accepts, resolved against {@code reference}. */
  List<TemporalExpression> find(NormalizedText text, LocalDate reference, java.util.function.IntPredicate content) {
    return find(text, ArticleWords.of(text.lower()), reference, content);
  }

  /** As {@link #find(NormalizedText, LocalDate, java.util.function.IntPredicate)}, with the text's words read. */
  List<TemporalExpression> find(NormalizedText text, ArticleWords words, LocalDate reference,
      java.util.function.IntPredicate content) {
    String s = text.lower();
    List<Found> all = new Scan(s, words, reference).run();
    if (all.isEmpty()) {
      return new ArrayList<>();
    }
    all.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
    List<TemporalExpression> out = new ArrayList<>();
    Matcher codeBefore = null;
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
      } else if (f.kind() == TemporalKind.DATE) {
        if (codeBefore == null) {
          codeBefore = CODE_BEFORE.matcher(s);
        }
        if (eventDay(s, f.start(), codeBefore)) {
          lastDay = f.date();
        }
      }
      covered = f.end();
      out.add(new TemporalExpression(text.span(f.start(), f.end()), f.kind(), f.date(), f.endDate(), f.part(), f.time()));
    }
    return out;
  }

  /**
   * One pass over the text finding the matches of all patterns. Each pattern opens with the
   * look-behind {@code (?<![\p{L}\d])} and then a digit or a cue word followed by a space, so a
   * match starts only at a word start that holds a digit or a cue; there the patterns that can
   * start with that cue (and whose next chars fit) run anchored, with the look-behind seeing the
   * whole text. Every check before a regex runs is implied by the regex, and each pattern resumes
   * after its own last match, as its former {@code find()} loop did: the matches are exactly those
   * of the whole-text scans, which set up the regex at every char (look-behind included) and cost
   * some 300 ns per char. The word starts come from {@link #nextStart}, which passes over a cue
   * initial whose next two chars go on no cue.
   */
  private static final class Scan {
    private final String s;
    private final ArticleWords words;
    private final int n;
    private final LocalDate ref;
    private final int allowed;
    private final Matcher[] matchers = new Matcher[PATTERNS.length];
    /** Per pattern, where its next match may start: the end of its last one. */
    private final int[] next = new int[PATTERNS.length];
    private final List<Found> out = new ArrayList<>();

    Scan(String s, ArticleWords words, LocalDate ref) {
      this.s = s;
      this.words = words;
      this.n = s.length();
      this.ref = ref;
      this.allowed = ref == null ? ~NEEDS_REFERENCE : ~0;
    }

    List<Found> run() {
      if (words.hasOtherDigits()) {
        // a digit such as U+0663 is no \d to the look-behind, so a word of the table may hold starts
        for (int i = nextStart(s, 0); i < n; i = nextStart(s, i + 1)) {
          at(i);
        }
        return out;
      }
      // otherwise the look-behind holds exactly at the table's word starts (after no letter, digit
      // or other word char), and a match opens with a digit or a cue initial, both word chars
      for (int w = 0, count = words.count(); w < count; w++) {
        int i = words.start(w);
        int kind = kindOf(s.charAt(i));
        if (kind == DIGIT || ((kind & CUE & ~WORD) != 0 && cueHeadAt(s, i, kind))) {
          at(i);
        }
      }
      return out;
    }

    /** Runs the patterns that may match at {@code i}, a place where the look-behind holds. */
    private void at(int i) {
      int mask = (isDigit(s.charAt(i)) ? dayMonthAt(i) ? 1 << P_DATE : 0 : cueAt(i)) & allowed;
      for (int p = 0; mask != 0; p++, mask >>>= 1) {
        if ((mask & 1) != 0 && i >= next[p]) {
          tryAt(p, i);
        }
      }
    }

    /** {@code \d{1,2}[/.-]\d} at {@code i}: how every match of {@link #DATE} at a digit begins. */
    private boolean dayMonthAt(int i) {
      int e = digitsEnd(i);
      return e - i <= 2 && e + 1 < n && isSeparator(s.charAt(e)) && isDigit(s.charAt(e + 1));
    }

    /** The end of the run of digits at {@code i}, looking at three at most. */
    private int digitsEnd(int i) {
      int e = i;
      while (e < n && e < i + 3 && isDigit(s.charAt(e))) {
        e++;
      }
      return e;
    }

    /** One or two digits at {@code i}, then one of {@code next} (a char of the pattern). */
    private boolean dayThen(int i, String next) {
      int e = digitsEnd(i);
      return e > i && e - i <= 2 && e < n && next.indexOf(s.charAt(e)) >= 0;
    }

    private boolean digitAt(int i) {
      return i < n && isDigit(s.charAt(i));
    }

    /** {@code word} at {@code i}, then a digit. */
    private boolean thenDigit(int i, String word) {
      return s.startsWith(word, i) && digitAt(i + word.length());
    }

    /**
     * The patterns that may match at word start {@code i}, judged by its first word and what
     * follows: each test below is a part of every match of the pattern starting with that word.
     */
    private int cueAt(int i) {
      // every cue is two to five chars and followed by a space
      int h = 0;
      int k = i;
      int stop = Math.min(n, i + 6);
      for (char c; k < stop && (c = s.charAt(k)) != ' '; k++) {
        h = 31 * h + c;
      }
      int len = k - i;
      if (k == stop || len < 2) {
        return 0;
      }
      int code = -1;
      for (int slot = slot(h); CUE_WORDS[slot] != null; slot = (slot + 1) & (CUE_WORDS.length - 1)) {
        String w = CUE_WORDS[slot];
        if (w.hashCode() == h && w.length() == len && s.startsWith(w, i)) {
          code = CUE_CODES[slot];
          break;
        }
      }
      if (code < 0) {
        return 0;
      }
      k++;
      char d = k < n ? s.charAt(k) : '\0';
      boolean digit = isDigit(d);
      return switch (code) {
        case W_THU -> d == 'h' || d == 'b' || d == 't' || d == 'n' || d == 's' ? 1 << P_DATE : 0;
        case W_CHU -> s.startsWith("nhật", k) ? 1 << P_DATE : 0;
        case W_PART -> (digit || s.startsWith("nay ", k) || s.startsWith("hôm ", k) || s.startsWith("ngày ", k)
                ? 1 << P_DATE : 0)
            | (thenDigit(k, "ngày ") ? 1 << P_DATE_WORDS : 0)
            | (s.startsWith("nay", k) || s.startsWith("qua", k) ? 1 << P_RELATIVE : 0)
            | (s.startsWith("thứ ", k) || s.startsWith("chủ nhật", k) ? 1 << P_WEEKDAY_REL : 0)
            | (s.startsWith("cùng ngày", k) || s.startsWith("ngày hôm sau", k) || s.startsWith("hôm sau", k)
                ? 1 << P_SAME_DAY : 0);
        case W_HOM -> (digit || s.startsWith("nay ", k) || s.startsWith("qua ", k) ? 1 << P_DATE : 0)
            | (s.startsWith("nay", k) || s.startsWith("qua", k) ? 1 << P_RELATIVE : 0)
            | (s.startsWith("sau", k) ? 1 << P_SAME_DAY : 0);
        case W_NGAY -> (digit && dayThen(k, " -vđ") ? 1 << P_DAY_RANGE : 0)
            | (digit && dayMonthAt(k) ? 1 << P_DATE : 0)
            | (digit && dayThen(k, " ") ? 1 << P_DATE_WORDS : 0)
            | (s.startsWith("mai", k) ? 1 << P_RELATIVE : 0)
            | (s.startsWith("hôm sau", k) ? 1 << P_SAME_DAY : 0);
        case W_COUNT -> thenDigit(k, "ngày ") ? 1 << P_DAY_RANGE : 0;
        case W_NAM -> (thenDigit(k, "ngày ") ? 1 << P_DAY_RANGE : 0) | (digit ? 1 << P_YEAR : 0);
        case W_CAC -> (thenDigit(k, "ngày ") ? 1 << P_DAY_RANGE : 0) | (thenDigit(k, "năm ") ? 1 << P_PERIOD : 0);
        case W_THANG -> digit && dayThen(k, "/.- ") ? 1 << P_MONTH : 0;
        case W_GIAI -> thenDigit(k, "đoạn ") ? 1 << P_PERIOD : 0;
        case W_KY -> thenDigit(k, "kỳ ") ? 1 << P_PERIOD : 0;
        case W_NIEN -> thenDigit(k, "khóa ") ? 1 << P_PERIOD : 0;
        case W_TU -> digit || thenDigit(k, "năm ") ? 1 << P_PERIOD : 0;
        case W_TRONG -> thenDigit(k, "năm ") ? 1 << P_PERIOD : 0;
        case W_TAM -> s.startsWith("nhìn ", k) ? 1 << P_HORIZON : 0;
        case W_DEN -> digit || thenDigit(k, "năm ") ? 1 << P_HORIZON : 0;
        case W_TUAN -> d == 't' || d == 's' || d == 'q' || d == 'n' ? 1 << P_RELATIVE : 0;
        case W_VAO -> s.startsWith("thứ ", k) || s.startsWith("chủ nhật", k) ? 1 << P_WEEKDAY_REL : 0;
        case W_CUNG -> s.startsWith("ngày", k) ? 1 << P_SAME_DAY : 0;
        default -> 0;
      };
    }

    private void tryAt(int p, int i) {
      if (p == P_DATE) {
        if (dateAt(i)) {
          next[p] = g[1];
          date();
        }
        return;
      }
      Matcher m = matchers[p];
      if (m == null) {
        m = PATTERNS[p].matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        matchers[p] = m;
      }
      m.region(i, n);
      if (!m.lookingAt()) {
        return;
      }
      next[p] = m.end();
      switch (p) {
        case P_DAY_RANGE -> dayRange(m);
        case P_DATE_WORDS -> dateWords(m);
        case P_MONTH -> month(m);
        case P_PERIOD -> period(m);
        case P_HORIZON -> horizon(m);
        case P_YEAR -> year(m);
        case P_RELATIVE -> relative(m);
        case P_WEEKDAY_REL -> weekday(m);
        case P_SAME_DAY -> sameDay(m);
        default -> throw new AssertionError("pattern " + p);
      }
    }

    /** Placeholders (kind {@code null}) for anaphoric days; {@code time} non-null marks "the day after". */
    private void sameDay(Matcher m) {
      boolean after = !m.group(2).equals("cùng ngày");
      out.add(new Found(m.start(), m.end(), null, null, null, part(m.group(1)), after ? "+1" : null));
    }

    /**
     * Group bounds of the last {@link #dateAt} match, as {@link Matcher#start(int)} and {@link
     * Matcher#end(int)} of {@link #DATE} would give them: {@code g[2k]} and {@code g[2k + 1]}, -1
     * for a group that took no part.
     */
    private final int[] g = new int[20];

    /**
     * Whether {@link #DATE} matches at word start {@code i}, its groups then in {@link #g}: its
     * regex, written out. Each optional part is taken where the text has it: when what follows it
     * fails, leaving it out fails as well (the next part cannot start with its chars), so there is
     * one way to try, and no backtracking. The look-behind holds at a word start.
     */
    private boolean dateAt(int i) {
      java.util.Arrays.fill(g, -1);
      int p = i;
      // (thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)(?: ?, ?| - | \(?)
      int w = weekdayEnd(p);
      if (w >= 0) {
        group(1, p, w);
        p = w;
        if (at(p, ' ')) {
          if (at(p + 1, ',')) {
            p = at(p + 2, ' ') ? p + 3 : p + 2;
          } else if (at(p + 1, '-') && at(p + 2, ' ')) {
            p += 3;
          } else {
            p = at(p + 1, '(') ? p + 2 : p + 1;
          }
        } else if (at(p, ',')) {
          p = at(p + 1, ' ') ? p + 2 : p + 1;
        } else {
          // a weekday needs one of the separators
          return false;
        }
      }
      // (sáng|trưa|chiều|tối|đêm)(?: nay)? and a space
      for (String part : PARTS) {
        if (s.startsWith(part, p)) {
          int e = p + part.length();
          if (s.startsWith(" nay ", e)) {
            group(2, p, e);
            p = e + 5;
          } else if (at(e, ' ')) {
            group(2, p, e);
            p = e + 1;
          } else {
            return false;
          }
          break;
        }
      }
      // (hôm nay|hôm qua|ngày|hôm) and a space
      for (String cue : DAY_CUES) {
        if (s.startsWith(cue, p) && at(p + cue.length(), ' ')) {
          group(3, p, p + cue.length());
          p += cue.length() + 1;
          break;
        }
      }
      // (\d{1,2})([/.-])(\d{1,2})(?:\5(\d{4}))? and END
      int e = digitsEnd(p);
      if (e == p || e - p > 2 || e >= n || !isSeparator(s.charAt(e))) {
        return false;
      }
      group(4, p, e);
      group(5, e, e + 1);
      int m = e + 1;
      int me = digitsEnd(m);
      if (me == m || me - m > 2) {
        return false;
      }
      group(6, m, me);
      int end = me;
      if (at(me, s.charAt(e)) && fourDigitsAt(me + 1) && endsDate(me + 5)) {
        group(7, me + 1, me + 5);
        end = me + 5;
      } else if (!endsDate(me)) {
        return false;
      }
      // (?:\)?,? (?:lúc )?(\d{1,2})[:h](\d{2})(?!\d))?
      int k = end;
      if (at(k, ')')) {
        k++;
      }
      if (at(k, ',')) {
        k++;
      }
      if (at(k, ' ')) {
        k++;
        if (s.startsWith("lúc ", k)) {
          k += 4;
        }
        int he = digitsEnd(k);
        if (he > k && he - k <= 2 && (at(he, ':') || at(he, 'h')) && digitAt(he + 1) && digitAt(he + 2)
            && !digitAt(he + 3)) {
          group(8, k, he);
          group(9, he + 1, he + 3);
          end = he + 3;
        }
      }
      group(0, i, end);
      return true;
    }

    /** The end of {@code thứ (?:hai|ba|tư|năm|sáu|bảy)} or {@code chủ nhật} at {@code p}, else -1. */
    private int weekdayEnd(int p) {
      if (s.startsWith("thứ ", p)) {
        for (String d : WEEKDAY_NAMES) {
          if (s.startsWith(d, p + 4)) {
            return p + 4 + d.length();
          }
        }
        return -1;
      }
      return s.startsWith("chủ nhật", p) ? p + 8 : -1;
    }

    /** {@code END} at {@code k}: {@code (?![\d\p{L}]|[/.-]\d)}, the letter test on the code point. */
    private boolean endsDate(int k) {
      if (k >= n) {
        return true;
      }
      char c = s.charAt(k);
      if (isDigit(c) || Character.isLetter(s.codePointAt(k))) {
        return false;
      }
      return !(isSeparator(c) && digitAt(k + 1));
    }

    private boolean fourDigitsAt(int k) {
      return digitAt(k) && digitAt(k + 1) && digitAt(k + 2) && digitAt(k + 3);
    }

    private boolean at(int k, char c) {
      return k < n && s.charAt(k) == c;
    }

    private void group(int k, int start, int end) {
      g[2 * k] = start;
      g[2 * k + 1] = end;
    }

    private void date() {
      boolean cue = g[2] >= 0 || g[4] >= 0 || g[6] >= 0;
      Integer year = g[14] < 0 ? null : number(g[14], g[15]);
      if (!cue && year == null) {
        return;
      }
      Optional<PartialDate> d = DateMath.dayMonth(number(g[8], g[9]), number(g[12], g[13]), year, ref);
      if (d.isEmpty()) {
        return;
      }
      String time = null;
      int end = g[1];
      if (g[16] >= 0) {
        int h = number(g[16], g[17]);
        int min = number(g[18], g[19]);
        if (h <= 23 && min <= 59) {
          time = twoDigits(h) + ":" + twoDigits(min);
        } else {
          end = g[15] >= 0 ? g[15] : g[13];
        }
      }
      out.add(new Found(g[0], end, TemporalKind.DATE, d.get(), null, g[4] < 0 ? null : part(s.substring(g[4], g[5])), time));
    }

    private void dayRange(Matcher m) {
      Integer year = m.start(5) < 0 ? null : number(m, 5);
      int month = number(m, 4);
      int d1 = number(m, 1);
      int d2 = number(m, 2);
      if (d1 >= d2) {
        return;
      }
      Optional<PartialDate> a = DateMath.dayMonth(d1, month, year, ref);
      if (a.isEmpty()) {
        return;
      }
      // the end shares the start's year, so that a range never straddles a resolved new year
      Integer y = a.get().year().orElse(null);
      Optional<PartialDate> b = PartialDate.tryOf(y, month, d2);
      if (b.isPresent()) {
        out.add(new Found(m.start(), m.end(), TemporalKind.PERIOD, a.get(), b.get(), null, null));
      }
    }

    private void dateWords(Matcher m) {
      Integer year = m.start(4) < 0 ? null : number(m, 4);
      DateMath.dayMonth(number(m, 2), number(m, 3), year, ref).ifPresent(d ->
          out.add(new Found(m.start(), m.end(), TemporalKind.DATE, d, null, part(m.group(1)), null)));
    }

    private void month(Matcher m) {
      int y = m.start(2) >= 0 ? number(m, 2) : number(m, 3);
      DateMath.month(number(m, 1), y).ifPresent(d ->
          out.add(new Found(m.start(), m.end(), TemporalKind.MONTH, d, null, null, null)));
    }

    private void period(Matcher m) {
      int a = number(m, 1);
      int b = number(m, 2);
      if (DateMath.plausibleYear(a) && DateMath.plausibleYear(b) && a < b) {
        out.add(new Found(m.start(), m.end(), TemporalKind.PERIOD, PartialDate.ofYear(a), PartialDate.ofYear(b), null, null));
      }
    }

    private void horizon(Matcher m) {
      int y = m.start(1) >= 0 ? number(m, 1) : number(m, 2);
      if (DateMath.plausibleYear(y)) {
        out.add(new Found(m.start(), m.end(), TemporalKind.HORIZON, null, PartialDate.ofYear(y), null, null));
      }
    }

    private void year(Matcher m) {
      int y = number(m, 1);
      if (DateMath.plausibleYear(y)) {
        out.add(new Found(m.start(), m.end(), TemporalKind.YEAR, PartialDate.ofYear(y), null, null, null));
      }
    }

    private void relative(Matcher m) {
      if (m.start(1) >= 0) {
        LocalDate d = m.group(2).equals("nay") ? ref : ref.minusDays(1);
        out.add(new Found(m.start(), m.end(), TemporalKind.RELATIVE, PartialDate.of(d), null, part(m.group(1)), null));
      } else if (m.start(3) >= 0) {
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

    private void weekday(Matcher m) {
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

    /** The number group {@code k} (ASCII digits, at most four) holds, read without a substring. */
    private int number(Matcher m, int k) {
      return number(m.start(k), m.end(k));
    }

    private int number(int start, int end) {
      int v = 0;
      for (int k = start; k < end; k++) {
        v = v * 10 + (s.charAt(k) - '0');
      }
      return v;
    }
  }

  // char kinds, as bits: 1 a word char, 2 the first letter of a cue word (whose number among the
  // initials is in bits 3 and up), 4 a digit
  private static final int NON_WORD = 0;
  private static final int WORD = 1;
  private static final int CUE = 3;
  private static final int DIGIT = 5;
  /**
   * The kind of each char below U+2000 as the look-behind {@code (?<![\p{L}\d])} sees it: {@link
   * #NON_WORD}, {@link #DIGIT} ({@code \d} is ASCII), {@link #CUE} for a letter that starts a cue
   * word, else {@link #WORD} for a letter. Above, a char is a letter or not ({@link
   * Character#isLetter(char)}, false for a surrogate: the look-behind reads one char, so a low
   * surrogate is no letter to it either).
   */
  private static final byte[] CHAR_KINDS = new byte[0x2000];
  private static final short[] SECOND = new short[0x2000];
  private static final short[] THIRD = new short[0x2000];

  static {
    for (char c = 0; c < CHAR_KINDS.length; c++) {
      CHAR_KINDS[c] = (byte) (isDigit(c) ? DIGIT : Character.isLetter(c) ? WORD : NON_WORD);
    }
    // each cue initial gets a number (bits 3 and up of its kind); SECOND and THIRD tell, per char,
    // the initials of the cues it is the second (third) char of; a two-letter cue's third is the space
    int initials = 0;
    for (String w : CUE_WORDS) {
      if (w == null) {
        continue;
      }
      char c = w.charAt(0);
      if ((CHAR_KINDS[c] & CUE & ~WORD) == 0) {
        CHAR_KINDS[c] = (byte) (CUE | ++initials << 3);
      }
      int bit = 1 << (CHAR_KINDS[c] >> 3);
      SECOND[w.charAt(1)] |= bit;
      THIRD[w.length() > 2 ? w.charAt(2) : ' '] |= bit;
    }
  }

  private static int kindOf(char c) {
    return c < CHAR_KINDS.length ? CHAR_KINDS[c] : Character.isLetter(c) ? WORD : NON_WORD;
  }

  /**
   * The first place at or after {@code i} where a cue initial or a digit follows a non-word char
   * (or starts the text), else the length: where the look-behind holds and a match may start.
   * The hot loop, in a method of its own so that it compiles tight.
   */
  private static int nextStart(String s, int i) {
    int n = s.length();
    int prev = i == 0 ? NON_WORD : kindOf(s.charAt(i - 1));
    for (; i < n; i++) {
      int kind = kindOf(s.charAt(i));
      // without a branch: rarely true, and a branch per test would cost more than the rest
      if ((((prev & WORD) - 1) & kind & (CUE | DIGIT) & ~WORD) != 0 && (kind == DIGIT || cueHeadAt(s, i, kind))) {
        return i;
      }
      prev = kind;
    }
    return n;
  }

  /** Whether the next two chars after cue initial {@code i} (of kind {@code kind}) may go on a cue. */
  private static boolean cueHeadAt(String s, int i, int kind) {
    if (i + 2 >= s.length()) {
      return false;
    }
    int bit = 1 << (kind >> 3);
    char b = s.charAt(i + 1);
    char c = s.charAt(i + 2);
    return b < SECOND.length && (SECOND[b] & bit) != 0 && c < THIRD.length && (THIRD[c] & bit) != 0;
  }

  private static boolean isSeparator(char c) {
    return c == '/' || c == '.' || c == '-';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String twoDigits(int v) {
    return v < 10 ? "0" + v : String.valueOf(v);
  }

  /**
   * False for a date in parentheses or right after a document code: it dates no event of the text.
   * Looks at the 40 chars before {@code pos}, a date's start (so never inside a surrogate pair);
   * {@code codeBefore} is a matcher of {@link #CODE_BEFORE} over {@code s}, run on that window only
   * when the window has a digit, a {@code /} or {@code -} and a letter in a row, which every match of
   * it starts with.
   */
  static boolean eventDay(String s, int pos, Matcher codeBefore) {
    int from = Math.max(0, pos - 40);
    for (int k = pos - 1; k >= from; k--) {
      char c = s.charAt(k);
      if (c == ')') {
        break;
      }
      if (c == '(') {
        return false;
      }
    }
    for (int k = from + 1; k + 1 < pos; k++) {
      char c = s.charAt(k);
      if ((c == '/' || c == '-') && isDigit(s.charAt(k - 1))) {
        char l = s.charAt(k + 1);
        if (Character.isLetter(l) || Character.isSurrogate(l)) {
          // a region with anchoring, opaque bounds reads as the substring s[from, pos) would
          codeBefore.region(from, pos);
          return !codeBefore.find();
        }
      }
    }
    return true;
  }

  /** {@code d} plus {@code days}, for a full or yearless day; {@code null} when it cannot be said. */
  static PartialDate shift(PartialDate d, int days) {
    if (days == 0) {
      return d;
    }
    if (d.isComplete()) {
      return PartialDate.of(d.toLocalDate().orElseThrow().plusDays(days));
    }
    if (d.month().isEmpty() || d.day().isEmpty()) {
      return null;
    }
    // without a year, 28/2 + 1 may be 29/2 or 1/3: leave that one unsaid
    if (d.month().get() == 2 && d.day().get() == 28) {
      return null;
    }
    LocalDate any = LocalDate.of(2000, d.month().get(), d.day().get()).plusDays(days);
    return PartialDate.ofMonthDay(any.getMonthValue(), any.getDayOfMonth());
  }

  static DayOfWeek dayOfWeek(String w) {
    return switch (w) {
      case "thứ hai" -> DayOfWeek.MONDAY;
      case "thứ ba" -> DayOfWeek.TUESDAY;
      case "thứ tư" -> DayOfWeek.WEDNESDAY;
      case "thứ năm" -> DayOfWeek.THURSDAY;
      case "thứ sáu" -> DayOfWeek.FRIDAY;
      case "thứ bảy" -> DayOfWeek.SATURDAY;
      default -> DayOfWeek.SUNDAY;
    };
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
