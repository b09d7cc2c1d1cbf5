package io.github.doingoai.internal.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.doingoai.internal.text.NormalizedText;
import io.github.doingoai.internal.text.VietnameseNormalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The single pass of {@link TemporalExtractor} finds what the nine whole-text scans it replaced
 * found ({@link TemporalOracle}), on texts made of the patterns' own words, numbers, separators and
 * the chars that sit on the edges of the patterns (letters and digits before a cue, surrogate pairs,
 * line terminators before a code).
 */
class TemporalOracleProperties {

  private static final TemporalExtractor EXTRACTOR = new TemporalExtractor(null);
  private static final TemporalOracle ORACLE = new TemporalOracle();

  /** The words the patterns are written with, taken from their sources so that a misspelt cue shows. */
  private static List<String> patternWords() {
    TreeSet<String> words = new TreeSet<>();
    Matcher m = Pattern.compile("\\p{L}{2,}").matcher(String.join(" ", TemporalOracle.patternSources()));
    while (m.find()) {
      words.add(m.group());
    }
    return new ArrayList<>(words);
  }

  /**
   * Texts of near-expressions: each phrase follows one of the patterns' shapes, with optional parts
   * left in or out and a token now and then swapped for noise, between stretches of noise.
   */
  @Provide
  Arbitrary<String> dateish() {
    return Arbitraries.randomValue(TemporalOracleProperties::text);
  }

  private static final List<String> WORDS = patternWords();
  private static final String[] NOISE = {"/", "-", ".", " - ", " -", "- ", "–", ":", "h", " ", " ", " ", ", ", ",",
      "(", ")", " (", "), ", ";", "\n", "\r\n", "\u2028", "\u0085", "$", " và ", " lúc ", " tầm ", " của ", " cho ",
      "-KL/TW ", "số 12-KL/TW ", "12-kl/tw", "5-a", "/QĐ-TTg", "x", "ă", "A", "\uD835\uDC00", "\uD83D\uDE00",
      "\u0301", "\u00a0", "7", "12", "2021", "hội nghị ", "diễn ra ",
      // digits other than 0-9: no \d to the patterns, but word chars (the scan falls back to chars)
      "\u0663", "\uFF11", "\u0969"};
  private static final String[] WEEKDAYS = {"thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy",
      "chủ nhật", "thứ nhất", "chủ tịch"};
  private static final String[] PARTS = {"sáng", "trưa", "chiều", "tối", "đêm", "sớm"};
  private static final String[] AFTER = {"", "", " ", " ", ",", ".", "/5", "-3", ".2", "a", "5", ")", ";", " và ",
      " tầm ", " của ", " cho ", " người", "\n", ":"};

  private static String text(Random r) {
    StringBuilder b = new StringBuilder();
    int phrases = r.nextInt(7);
    for (int k = 0; k < phrases; k++) {
      noise(r, b);
      phrase(r, b);
    }
    noise(r, b);
    return b.toString();
  }

  private static void noise(Random r, StringBuilder b) {
    for (int k = r.nextInt(4); k > 0; k--) {
      b.append(r.nextInt(3) == 0 ? WORDS.get(r.nextInt(WORDS.size())) + " " : NOISE[r.nextInt(NOISE.length)]);
    }
  }

  /** One near-expression of a pattern picked at random. */
  private static void phrase(Random r, StringBuilder b) {
    List<String> t = new ArrayList<>();
    switch (r.nextInt(10)) {
      case 0 -> { // DATE
        if (r.nextBoolean()) {
          t.add(pick(r, WEEKDAYS));
          t.add(pick(r, ", ", ",", " , ", " - ", " (", " ", ""));
        }
        if (r.nextBoolean()) {
          t.add(pick(r, PARTS) + (r.nextBoolean() ? " nay" : "") + " ");
        }
        if (r.nextBoolean()) {
          t.add(pick(r, "hôm nay ", "hôm qua ", "ngày ", "hôm ", "hôm sau "));
        }
        String sep = pick(r, "/", ".", "-", ":");
        t.add(day(r));
        t.add(sep);
        t.add(month(r));
        if (r.nextBoolean()) {
          t.add(r.nextInt(4) == 0 ? pick(r, "/", ".", "-") : sep);
          t.add(year(r));
        }
        if (r.nextInt(3) > 0) {
          t.add(pick(r, " ", ", ", ", lúc ", ") ", "), ", " lúc ", ""));
          t.add(String.valueOf(r.nextInt(30)));
          t.add(pick(r, ":", "h", "."));
          t.add(pick(r, "00", "05", "30", "59", "60", "99", "5", "123"));
        }
      }
      case 1 -> { // DAY_RANGE
        if (r.nextBoolean()) {
          t.add(pick(r, "hai ", "ba ", "bốn ", "năm ", "các ", "mấy "));
        }
        t.add("ngày ");
        t.add(day(r));
        t.add(pick(r, " - ", "-", " và ", "và", " đến ", "đến ", " tới "));
        t.add(day(r));
        String sep = pick(r, "/", ".", "-");
        t.add(sep);
        t.add(month(r));
        if (r.nextBoolean()) {
          t.add(r.nextInt(4) == 0 ? pick(r, "/", ".", "-") : sep);
          t.add(year(r));
        }
      }
      case 2 -> { // DATE_WORDS
        if (r.nextBoolean()) {
          t.add(pick(r, PARTS) + " ");
        }
        t.add("ngày ");
        t.add(day(r));
        t.add(" tháng ");
        t.add(month(r));
        if (r.nextBoolean()) {
          t.add(" năm ");
          t.add(year(r));
        }
      }
      case 3 -> { // MONTH
        t.add("tháng ");
        t.add(month(r));
        t.add(pick(r, "/", ".", "-", " năm ", " "));
        t.add(year(r));
      }
      case 4 -> { // PERIOD
        t.add(pick(r, "giai đoạn ", "nhiệm kỳ ", "thời kỳ ", "niên khóa ", "từ năm ", "trong năm ", "các năm ", "từ ",
            "trong ", "các "));
        t.add(year(r));
        t.add(pick(r, "-", " - ", " -", "- ", " đến năm ", " đến ", "đến", " tới ", " tới năm "));
        t.add(year(r));
      }
      case 5 -> { // HORIZON
        if (r.nextBoolean()) {
          t.add("tầm nhìn ");
        }
        t.add(pick(r, "đến ", "tới ", "đến năm ", "tới năm "));
        t.add(year(r));
      }
      case 6 -> { // YEAR
        t.add(pick(r, "năm ", "năm", "trong năm "));
        t.add(year(r));
      }
      case 7 -> { // RELATIVE
        t.add(pick(r, pick(r, PARTS) + " nay", pick(r, PARTS) + " qua", "hôm nay", "hôm qua", "ngày mai",
            "tuần tới", "tuần sau", "tuần trước", "tuần qua", "tuần này", "tuần kia"));
      }
      case 8 -> { // WEEKDAY_REL
        t.add(pick(r, "vào ", pick(r, PARTS) + " "));
        t.add(pick(r, WEEKDAYS));
        if (r.nextBoolean()) {
          t.add(pick(r, " tuần này", " tuần tới", " tuần sau", " tuần trước", " tuần qua", " vừa qua", " tuần"));
        }
      }
      default -> { // SAME_DAY
        if (r.nextBoolean()) {
          t.add(pick(r, PARTS) + " ");
        }
        t.add(pick(r, "cùng ngày", "ngày hôm sau", "hôm sau", "cùng"));
      }
    }
    t.add(pick(r, AFTER));
    for (String token : t) {
      int dice = r.nextInt(20);
      if (dice == 0) {
        continue;
      }
      String x = dice == 1 ? NOISE[r.nextInt(NOISE.length)] : token;
      b.append(r.nextInt(6) == 0 && !x.isEmpty() ? Character.toUpperCase(x.charAt(0)) + x.substring(1) : x);
    }
  }

  private static String day(Random r) {
    int d = r.nextInt(10) == 0 ? r.nextInt(100) : r.nextInt(34);
    return r.nextInt(5) == 0 && d < 10 ? "0" + d : String.valueOf(d);
  }

  private static String month(Random r) {
    return r.nextInt(4) == 0 ? day(r) : String.valueOf(1 + r.nextInt(12));
  }

  private static String year(Random r) {
    return switch (r.nextInt(12)) {
      case 0 -> String.valueOf(r.nextInt(1000));
      case 1 -> String.valueOf(10000 + r.nextInt(90000));
      default -> String.valueOf(1880 + r.nextInt(240));
    };
  }

  @SafeVarargs
  private static <T> T pick(Random r, T... xs) {
    return xs[r.nextInt(xs.length)];
  }

  @Provide
  Arbitrary<LocalDate> reference() {
    return Arbitraries.integers().between(0, 20000).map(d -> LocalDate.of(1990, 1, 1).plusDays(d)).injectNull(0.3);
  }

  /** Which positions count as content: all, or a scattered few left out, so that no match hides another. */
  @Provide
  Arbitrary<Integer> contentSeed() {
    return Arbitraries.integers().between(0, 6);
  }

  @Property(tries = 5000)
  void findsWhatTheWholeTextScansFound(@ForAll("dateish") String text, @ForAll("reference") LocalDate ref,
      @ForAll("contentSeed") int seed) {
    NormalizedText t = VietnameseNormalizer.instance().normalize(text);
    IntPredicate content = seed == 0 ? p -> true : p -> (p * 31 + seed) % 7 != 0;
    assertEquals(ORACLE.find(t, ref, content), EXTRACTOR.find(t, ref, content), () -> "in \"" + text + "\"");
  }

  /** Text around document codes: digits, separators, letters, the chars that end the code's tail. */
  @Provide
  Arbitrary<String> codeish() {
    return Arbitraries.of("1", "2", "12", "/", "-", "a", "kl", "ă", "A", " ", " ", "tw ", ",", ";", "(", ")", ".",
        "\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\uD835\uDC00", "\uD835", "\uDC00", "\u0301",
        "ngày ", "số ", "0123456789", "abcdefghij").list().ofMaxSize(40).map(l -> String.join("", l));
  }

  /** At every place a date can start: anywhere but inside a surrogate pair. */
  @Property(tries = 3000)
  void tellsEventDaysAsTheSubstringRegexDid(@ForAll("codeish") String text) {
    Matcher m = TemporalExtractor.CODE_BEFORE.matcher(text);
    for (int pos = 0; pos <= text.length(); pos++) {
      if (pos > 0 && pos < text.length() && Character.isSurrogatePair(text.charAt(pos - 1), text.charAt(pos))) {
        continue;
      }
      int at = pos;
      assertEquals(TemporalOracle.eventDay(text, pos), TemporalExtractor.eventDay(text, pos, m),
          () -> "at " + at + " in \"" + text + "\"");
    }
  }
}
