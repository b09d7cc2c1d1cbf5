package io.github.doingoai.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import org.junit.jupiter.api.Test;

/**
 * The one-pass normalizer copies chars it classed as left alone by NFC without asking ICU; the
 * general path asks ICU's quick check of the whole text. Every such char, in the company of others
 * of its kind, must pass the quick check, or the two paths could part.
 */
class NormalizerCleanPathTest {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  @Test
  void everyCharCopiedAsItIsPassesTheQuickCheckInContext() {
    String[] company = {"a", "A", "ệ", "Ư", "1", " ", "\n", ".", "\"", "'", "-", "\uFFFD", "đ", "ơ", "ㄱ", "가", "ä"};
    for (String x : company) {
      assertTrue(VietnameseNormalizer.copiedAsIs(x.charAt(0)) || x.equals(" "), x);
    }
    int copied = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      if (!VietnameseNormalizer.copiedAsIs(ch)) {
        continue;
      }
      copied++;
      String one = String.valueOf(ch);
      for (String x : company) {
        for (String s : new String[] {x + one, one + x, x + one + one + x}) {
          if (s.length() != NFC.spanQuickCheckYes(s)) {
            assertEquals(s.length(), NFC.spanQuickCheckYes(s), "U+" + Integer.toHexString(c) + " with " + x);
          }
        }
      }
    }
    assertTrue(copied > 50_000, "nearly every char is copied as it is: " + copied);
  }

  @Test
  void whatTheMappedCharsBecomeIsCopiedAsItIs() {
    // the fast path emits these for spaces, quotes, dashes, line separators and bad surrogates
    for (char c : " \n'\"-\uFFFD…&".toCharArray()) {
      assertTrue(VietnameseNormalizer.copiedAsIs(c) || c == ' ' || c == '&', String.valueOf(c));
      assertTrue(NFC.isInert(c) || NFC.spanQuickCheckYes("a" + c + "a") == 3, String.valueOf(c));
    }
  }
}
