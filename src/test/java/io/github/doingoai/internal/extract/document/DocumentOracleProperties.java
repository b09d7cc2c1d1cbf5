package io.github.doingoai.internal.extract.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.doingoai.internal.extract.ArticleContext;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.text.ArticleStructure;
import io.github.doingoai.internal.text.NormalizedText;
import io.github.doingoai.internal.text.VietnameseNormalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The single pass of {@link DocumentExtractor} finds what its former scans found ({@link
 * DocumentOracle}: the regexes tried at every digit and every char), on texts of near-citations:
 * type words, numbers, codes and Party bodies, with separators, spaces and letter case varied and
 * tokens now and then swapped for the chars on the edges of the patterns.
 */
class DocumentOracleProperties {

  private static final Gazetteer GAZETTEER = Gazetteer.load(List.of());
  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(GAZETTEER);
  private static final DocumentOracle ORACLE = new DocumentOracle(GAZETTEER);

  private static final String[] TYPE_WORDS = {"Nghị quyết", "Chỉ thị", "Kết luận", "Quyết định", "Nghị định",
      "Thông tư", "Thông tư liên tịch", "Luật", "Bộ luật", "Hướng dẫn", "Quy định", "Kế hoạch", "Thông báo",
      "Thông tri", "Công văn", "Quy chế", "Nghị", "Thông"};
  private static final String[] TYPE_CODES = {"NQ", "NQLT", "CT", "KL", "QĐ", "QĐi", "Qđi", "NĐ", "TT", "TTLT", "HD",
      "KH", "TB", "TTr", "QC", "CV", "nq", "XYZ", "ABCDEF"};
  private static final String[] ISSUERS = {"TW", "TƯ", "TTg", "CP", "UBND", "UBTVQH", "BĐNTW", "BTGTW", "BNG", "VPCP",
      "QH15", "QH14", "TU", "tw", "BCHTW", "ĐU1", "ABCDEFGHIJK"};
  private static final String[] PARTY = {"Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương",
      "Ban Chấp hành Trung ương Đảng", "Trung ương Đảng", "Trung ương", "Chính phủ", "Bộ"};
  private static final String[] NOISE = {" ", " ", " ", "  ", "\n", "\t", ",", ", ", ".", ";", "(", ")", "/", "-", " - ",
      " / ", "x", "ă", "A", "5", "12", "số ", "Số ", "ban hành ", "ngày ", " của ", " do ", "\uD835\uDC00", "½", "²",
      "Ⅻ", "\u00a0", "hội nghị ", "Tỉnh ủy ", "Luật Xử lý vi phạm hành chính số ", "đã ký "};

  @Provide
  Arbitrary<String> citations() {
    return Arbitraries.randomValue(DocumentOracleProperties::text);
  }

  private static String text(Random r) {
    StringBuilder b = new StringBuilder();
    int phrases = r.nextInt(6);
    for (int k = 0; k < phrases; k++) {
      noise(r, b);
      if (r.nextBoolean()) {
        bare(r, b);
      } else {
        code(r, b);
      }
    }
    noise(r, b);
    return b.toString();
  }

  private static void noise(Random r, StringBuilder b) {
    for (int k = r.nextInt(4); k > 0; k--) {
      b.append(pick(r, NOISE));
    }
  }

  /** "Kết luận số 14, ngày 5/6/2021, của Bộ Chính trị". */
  private static void bare(Random r, StringBuilder b) {
    StringBuilder t = new StringBuilder();
    t.append(pick(r, TYPE_WORDS)).append(pick(r, " ", " ", "\n", "  ", "\t", ""));
    if (r.nextBoolean()) {
      t.append(pick(r, "số ", "Số ", "số", "số\n"));
    }
    t.append(number(r, 5));
    if (r.nextInt(3) == 0) {
      t.append(pick(r, ", ", " ", ",\n")).append(r.nextBoolean() ? "ban hành " : "").append("ngày ")
          .append(1 + r.nextInt(31)).append(pick(r, "/", ".", "-", " / ")).append(1 + r.nextInt(13))
          .append(pick(r, "/", ".", "-", " - ")).append(1990 + r.nextInt(40));
    }
    t.append(pick(r, " của ", " do ", " của\n", ", của ", " bởi "));
    t.append(pick(r, PARTY));
    t.append(pick(r, "", " ", ".", ",", "x", "5", " về"));
    mutate(r, t.toString(), b);
  }

  /** "12-KL/TW", "15/2020/NĐ-CP", "98/2023/QH15", "1234/QĐ-TTg", with spaces and dates around. */
  private static void code(Random r, StringBuilder b) {
    StringBuilder t = new StringBuilder();
    if (r.nextInt(3) == 0) {
      t.append(pick(r, TYPE_WORDS)).append(pick(r, " ", " số ", " Số ", " về việc ", " "));
    }
    String dash = pick(r, "-", " - ", " -", "- ", "–");
    String slash = pick(r, "/", " / ", "/ ", " /");
    t.append(number(r, 6));
    switch (r.nextInt(4)) {
      case 0 -> t.append(dash).append(pick(r, TYPE_CODES)).append(slash).append(pick(r, ISSUERS));
      case 1 -> t.append(slash).append(year(r)).append(slash).append(pick(r, TYPE_CODES)).append(dash)
          .append(pick(r, ISSUERS));
      case 2 -> t.append(slash).append(year(r)).append(slash).append(pick(r, ISSUERS));
      default -> t.append(slash).append(pick(r, TYPE_CODES)).append(dash).append(pick(r, ISSUERS));
    }
    if (r.nextInt(3) == 0) {
      t.append(pick(r, " ngày ", ", ngày ", " ban hành ngày ", ", ban hành ngày ")).append(1 + r.nextInt(31))
          .append(pick(r, "/", "-", " tháng ")).append(1 + r.nextInt(13)).append(pick(r, "/", "-", " năm "))
          .append(year(r));
    }
    t.append(pick(r, "", " ", ".", ",", "x", "5", "/", "-", " của Bộ Chính trị"));
    mutate(r, t.toString(), b);
  }

  /** Appends {@code t}, with a char now and then dropped or swapped for a noise token. */
  private static void mutate(Random r, String t, StringBuilder b) {
    for (int i = 0; i < t.length(); i++) {
      int dice = r.nextInt(60);
      if (dice == 0) {
        continue;
      }
      b.append(dice == 1 ? pick(r, NOISE) : String.valueOf(t.charAt(i)));
    }
  }

  private static String number(Random r, int maxDigits) {
    int digits = 1 + r.nextInt(r.nextInt(4) == 0 ? maxDigits : 3);
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < digits; k++) {
      s.append((char) ('0' + r.nextInt(10)));
    }
    return s.toString();
  }

  private static String year(Random r) {
    return r.nextInt(8) == 0 ? number(r, 5) : String.valueOf(1930 + r.nextInt(180));
  }

  @SafeVarargs
  private static <T> T pick(Random r, T... xs) {
    return xs[r.nextInt(xs.length)];
  }

  @Property(tries = 3000)
  void findsWhatTheFormerScansFound(@ForAll("citations") String text) {
    NormalizedText n = VietnameseNormalizer.instance().normalize(text);
    ArticleContext ctx = new ArticleContext(n, ArticleStructure.of(n, GAZETTEER.boilerplate()), LocalDate.of(2025, 1, 1),
        GAZETTEER);
    assertEquals(ORACLE.extract(ctx), EXTRACTOR.extract(ctx), () -> "in \"" + text + "\"");
  }

  private static final DocumentLexicon LEXICON = new DocumentLexicon(GAZETTEER);
  private static final java.util.regex.Pattern TYPE_WORD_BEFORE = DocumentOracle.typeWordBefore(LEXICON);

  @Provide
  Arbitrary<String> beforeCodes() {
    return Arbitraries.randomValue(r -> {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(8); k >= 0; k--) {
        b.append(switch (r.nextInt(6)) {
          case 0, 1 -> pick(r, TYPE_WORDS).toLowerCase(java.util.Locale.ROOT);
          case 2 -> pick(r, " ", " ", "\n", "\t", "  ", "\u00a0");
          case 3 -> pick(r, "số", "số ", " số ", "so ", "sốx");
          case 4 -> pick(r, "x", "ă", "5", "½", "\uD835\uDC00", "/", ",", "(", "bộ", "của");
          default -> pick(r, "quyết", "luật", "tư", "định", "thị", "liên tịch");
        });
      }
      return b.toString();
    });
  }

  /** The type word before a code, found backwards from the code, is the one the regex found. */
  @Property(tries = 1000)
  void findsTheTypeWordBeforeACodeAsTheRegexDid(@ForAll("beforeCodes") String text) {
    for (int end = 0; end <= text.length(); end++) {
      for (int from = Math.max(0, end - 45); from <= end; from++) {
        java.util.regex.Matcher m = TYPE_WORD_BEFORE.matcher(text.substring(from, end));
        DocumentLexicon.Before expected = m.find() ? new DocumentLexicon.Before(from + m.start(), m.group(1)) : null;
        int f = from;
        int e = end;
        assertEquals(expected, LEXICON.typeWordBefore(text, from, end), () -> "[" + f + ", " + e + ") of \"" + text + "\"");
      }
    }
  }
}
