package io.github.doingoai.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;

/**
 * The yardstick every figure is compared with: what any Vietnamese text tool pays at the least,
 * Unicode NFC normalization plus word-boundary iteration with ICU4J. One instance per thread
 * (a BreakIterator is stateful).
 */
public final class Baseline {
  private static final ULocale VI = new ULocale("vi");

  private final Normalizer2 nfc = Normalizer2.getNFCInstance();
  private final BreakIterator words = BreakIterator.getWordInstance(VI);

  /** Normalizes {@code text} and counts its words (boundaries with a letter or number rule status). */
  public int run(String text) {
    String n = nfc.normalize(text);
    words.setText(n);
    int count = 0;
    for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
      if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
        count++;
      }
    }
    return count;
  }
}
