package io.github.doingoai.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.doingoai.model.Span;
import io.github.doingoai.testing.VietGen;
import java.text.Normalizer;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

class NormalizerPropertiesTest {

  private static final VietnameseNormalizer N = VietnameseNormalizer.instance();

  @Provide
  Arbitrary<String> any() {
    return net.jqwik.api.Arbitraries.oneOf(VietGen.nasty(), VietGen.articles(40));
  }

  @Provide
  Arbitrary<VietGen.Syllable> syllable() {
    return VietGen.syllables();
  }

  @Provide
  Arbitrary<String> article() {
    return VietGen.articles(60);
  }

  @Property(tries = 400)
  void offsetMapIsMonotoneAndInsideTheOriginal(@ForAll("any") String s) {
    NormalizedText t = N.normalize(s);
    int n = t.length();
    int prevStart = 0;
    int prevEnd = 0;
    for (int i = 0; i < n; i++) {
      int os = t.toOriginalStart(i);
      int oe = t.toOriginalEnd(i + 1);
      assertTrue(os >= prevStart && os < oe && oe <= s.length(), "char " + i + " maps to [" + os + "," + oe + ")");
      assertTrue(oe >= prevEnd, "ends are monotone at " + i);
      assertTrue(t.toNormalized(os) <= i, "toNormalized(toOriginalStart(i)) <= i at " + i);
      prevStart = os;
      prevEnd = oe;
    }
    for (int o = 0; o <= s.length(); o++) {
      int i = t.toNormalized(o);
      assertTrue(i >= 0 && i <= n);
      if (i < n) {
        assertTrue(t.toOriginalStart(i) >= o, "toNormalized(o) starts at or after o");
      }
    }
    assertEquals(t.text().length(), t.lower().length());
  }

  @Property(tries = 300)
  void everySpanIsTheOriginalSubstring(@ForAll("any") String s) {
    NormalizedText t = N.normalize(s);
    int n = t.length();
    for (int a = 0; a <= n; a += Math.max(1, n / 7)) {
      for (int b = a; b <= n; b += Math.max(1, n / 5)) {
        Span sp = t.span(a, b);
        assertEquals(s.substring(sp.start(), sp.end()), sp.text());
        assertTrue(sp.end() <= s.length());
      }
    }
  }

  @Property(tries = 300)
  void normalizedTextIsStable(@ForAll("any") String s) {
    String once = N.normalize(s).text();
    // no unpaired surrogate, no control char but the line feed, no invisible char survives
    for (int i = 0; i < once.length(); i++) {
      char c = once.charAt(i);
      assertTrue(c == '\n' || c >= 0x20, "control char " + (int) c);
      assertTrue(c != '\u200B' && c != '\u00AD' && c != '\uFEFF' && c != '\r', "invisible char " + (int) c);
      if (Character.isHighSurrogate(c)) {
        assertTrue(i + 1 < once.length() && Character.isLowSurrogate(once.charAt(i + 1)));
        i++;
      } else {
        assertTrue(!Character.isLowSurrogate(c));
      }
    }
  }

  @Example
  void oneLetterWordsAreNoEvidenceOfMojibake() {
    // found by nfcAndNfdGiveTheSameText: "õ õ õ" was read as TCVN3 and became "â â â"
    assertEquals("õ õ õ", N.normalize("õ õ õ").text());
    assertEquals("ông Lê A Èc", N.normalize("ông Lê A Èc").text()); // found by ExtractorPropertiesTest
    assertEquals(N.normalize("õ õ õ").text(), N.normalize(Normalizer.normalize("õ õ õ", Normalizer.Form.NFD)).text());
  }

  @Property(tries = 500)
  void anyTonePositionGivesTheSameSyllable(@ForAll("syllable") VietGen.Syllable s) {
    String canonical = N.normalize(s.write(0)).text();
    for (int pos = 1; pos < s.nucleus().length(); pos++) {
      assertEquals(canonical, N.normalize(s.write(pos)).text(), "tone on nucleus letter " + pos);
    }
  }

  /**
   * Mojibake repair reads precomposed Latin-1 letters, which is how legacy bytes decoded as
   * Windows-1252 always arrive; a decomposed copy of mojibake is not repaired (documented in the
   * README), so the invariance holds for every text that is not mojibake in its NFC form.
   */
  @Property(tries = 200)
  void nfcAndNfdGiveTheSameText(@ForAll("article") String s) {
    net.jqwik.api.Assume.that(LegacyEncoding.detect(Normalizer.normalize(s, Normalizer.Form.NFC)).encoding() == null);
    String nfc = N.normalize(Normalizer.normalize(s, Normalizer.Form.NFC)).text();
    assertEquals(nfc, N.normalize(Normalizer.normalize(s, Normalizer.Form.NFD)).text());
    assertEquals(nfc, N.normalize(s).text());
  }
}
