package io.github.doingoai.internal.text;

/**
 * Char classes the extractors ask about at nearly every position, answered from a table.
 * {@link Character#isLetterOrDigit(char)} is quick for ASCII but walks Unicode's property tables for
 * the Vietnamese letters (U+1EA0 and up) that make up a fifth of a news text; one bit per char
 * (8 KB, built once) answers the same question for every char in one load.
 */
public final class Chars {
  private static final long[] LETTER_OR_DIGIT = new long[1 << 10];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isLetterOrDigit((char) c)) {
        LETTER_OR_DIGIT[c >>> 6] |= 1L << c;
      }
    }
  }

  private Chars() {}

  /** Exactly {@link Character#isLetterOrDigit(char)}: whether {@code c} is part of a word. */
  public static boolean isWordChar(char c) {
    return (LETTER_OR_DIGIT[c >>> 6] & (1L << c)) != 0;
  }

  /** Whether a word starts at {@code i} of {@code s}: the char before it (if any) is no word char. */
  public static boolean isWordStart(String s, int i) {
    return i == 0 || !isWordChar(s.charAt(i - 1));
  }
}
