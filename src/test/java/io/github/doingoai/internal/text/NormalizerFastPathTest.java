package io.github.doingoai.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The normalizer's fast paths: the in-place, table-driven tone placement must agree with the string
 * version, which states the rules plainly; NFC by quick-check stretches must give decomposed and
 * composed input the same text and a monotone offset map; the mojibake search must stop early on
 * ordinary Vietnamese.
 */
class NormalizerFastPathTest {

  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  /** Letters of Vietnamese words in every tone and case, and foreign letters that must not confuse it. */
  private static final List<Character> LETTERS = letters();

  private static List<Character> letters() {
    List<Character> out = new ArrayList<>();
    for (char c : "bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX".toCharArray()) {
      out.add(c);
    }
    for (char v : "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY".toCharArray()) {
      out.add(v);
      for (char t : TONES.toCharArray()) {
        out.add(Normalizer.normalize("" + v + t, Normalizer.Form.NFC).charAt(0));
      }
    }
    for (char f : "éüñśǹǘİöçåάÆøłőΣ".toCharArray()) {
      out.add(f);
    }
    return out;
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.of(LETTERS).list().ofMinSize(2).ofMaxSize(8)
        .map(cs -> {
          StringBuilder sb = new StringBuilder();
          cs.forEach(sb::append);
          return sb.toString();
        });
  }

  @Property(tries = 3000)
  void agreesWithTheStringVersion(@ForAll("words") String word) {
    String placed = VietnameseNormalizer.placeTone(word);
    String expected = placed.length() == word.length() ? placed : word;
    char[] a = ("  " + word + " ").toCharArray();
    boolean changed = VietnameseNormalizer.placeTone(a, 2, 2 + word.length());
    assertEquals(expected, new String(a, 2, word.length()), word);
    assertEquals(!expected.equals(word), changed, word);
    assertEquals("  ", new String(a, 0, 2));
    assertEquals(' ', a[a.length - 1]);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word = words();
    Arbitrary<String> sep = Arbitraries.of(" ", ", ", ". ", "\n", " - ", "\u00A0", " (", ") ", "/");
    return Arbitraries.oneOf(word, sep).list().ofMaxSize(30).map(parts -> String.join("", parts));
  }

  @Property(tries = 1000)
  void decomposedAndComposedInputNormalizeAlike(@ForAll("texts") String text) {
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    VietnameseNormalizer n = VietnameseNormalizer.instance();
    // without the mojibake search: Latin-1 letters such as Æ and à read as mojibake when composed only
    NormalizedText composed = n.normalizeUnicode(text);
    NormalizedText decomposed = n.normalizeUnicode(nfd);
    assertEquals(composed.text(), decomposed.text());
    int last = 0;
    for (int i = 0; i < decomposed.length(); i++) {
      int os = decomposed.toOriginalStart(i);
      int oe = decomposed.toOriginalEnd(i + 1);
      assertTrue(os >= last && oe > os && oe <= nfd.length(), "offsets of char " + i);
      assertEquals(Character.isLetter(decomposed.text().charAt(i)), nfd.substring(os, oe).chars().anyMatch(Character::isLetter),
          "char " + i + " and its original range");
      last = os;
    }
  }

  @Test
  void movesTheMarkOnlyWhereTheRulesSay() {
    char[] old = "hoà".toCharArray();
    assertTrue(VietnameseNormalizer.placeTone(old, 0, old.length));
    assertEquals("hòa", new String(old));
    char[] canonical = "Nguyễn".toCharArray();
    assertFalse(VietnameseNormalizer.placeTone(canonical, 0, canonical.length));
    assertEquals("Nguyễn", new String(canonical));
  }

  @Test
  void ordinaryTextStopsTheMojibakeSearchEarly() {
    String text = "Chiều 8/4, tại trụ sở Ủy ban nhân dân tỉnh, Chủ tịch đã tiếp Đại sứ và đoàn công tác.";
    assertEquals(LegacyEncoding.Verdict.CLEAN, LegacyEncoding.detect(text));
  }
}
