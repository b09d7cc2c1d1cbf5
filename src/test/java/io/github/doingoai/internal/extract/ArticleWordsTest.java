package io.github.doingoai.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** {@link ArticleWords} lists exactly the runs of letters and digits of a text, found naively. */
class ArticleWordsTest {

  /**
   * Letters (ASCII, Vietnamese, Greek), digits (ASCII and Arabic-Indic), spaces and punctuation,
   * chars at and above U+2000 that are letters (CJK, kana, full-width) or not (dashes, quotes, a
   * zero-width space), a surrogate pair (neither half is a letter by itself) and a lone half.
   */
  static final String ALPHABET = "aAbzđĐạẠữỮơ019٣α \n.,-(/:\u00A0\u2013\u201C\u200B\u4E2D\u3042\uFF21\uFF10"
      + "\uD835\uDC00\uDC00\u2170\u1EF9\u1F00";

  static String random(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  /** The words of {@code s} as {@code start, end, hash}, by the definition. */
  static List<int[]> naive(String s) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
        int e = i;
        while (e < s.length() && Character.isLetterOrDigit(s.charAt(e))) {
          e++;
        }
        out.add(new int[] {i, e, s.substring(i, e).hashCode()});
      }
    }
    return out;
  }

  static void check(String s) {
    ArticleWords words = ArticleWords.of(s);
    List<int[]> expected = naive(s);
    assertEquals(s, words.lower());
    assertEquals(expected.size(), words.count(), s);
    assertEquals(s.chars().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9')), words.hasOtherDigits(),
        s + " other digits");
    for (int w = 0; w < expected.size(); w++) {
      assertEquals(expected.get(w)[0], words.start(w), s + " start " + w);
      assertEquals(expected.get(w)[1], words.end(w), s + " end " + w);
      assertEquals(expected.get(w)[2], words.hash(w), s + " hash " + w);
    }
    for (int p = -1; p <= s.length() + 1; p++) {
      int first = 0;
      while (first < expected.size() && expected.get(first)[0] < p) {
        first++;
      }
      assertEquals(first, words.firstFrom(p), s + " firstFrom " + p);
      int at = first < expected.size() && expected.get(first)[0] == p ? first : -1;
      assertEquals(at, words.at(p), s + " at " + p);
      int endingBy = 0;
      while (endingBy < expected.size() && expected.get(endingBy)[1] <= p) {
        endingBy++;
      }
      assertEquals(endingBy, words.endingBy(p), s + " endingBy " + p);
    }
  }

  @Property(tries = 3000)
  void sameAsTheNaiveReading(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int n) {
    check(random(new Random(seed), n));
  }

  @Example
  void edges() {
    check("");
    check(" ");
    check("a");
    check("a b");
    check(" ab  cd ");
    check("\uD835\uDC00x\uD835\uDC00");
    check("\u4E2D\u6587 v\u00E0 ti\u1EBFng Vi\u1EC7t");
    // more words than the first guess of the arrays' size: they grow
    check("a ".repeat(500));
    check("a".repeat(70000) + " b");
    check("ngày \u0663/4");
    check("ngày \u1EF9\uFF11");
  }
}
