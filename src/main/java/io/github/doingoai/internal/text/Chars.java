package io.github.doingoai.internal.text;

/**
 * Char classes the extractors ask about at nearly every position, answered from a table.
 * {@link Character#isLetterOrDigit(char)} is quick for ASCII but walks Unicode's property tables for
 * the Vietnamese letters (U+1EA0 and up) that make up a fifth of a news text; one bit per char
 * (8 KB, built once) answers the same question for every char in one load.
 */
public final class Chars {
  private static final long[] LETTER_OR_DIGIT = new long[1 << 10];
  private static final long[] LETTER = new long[1 << 10];
  // lower case of the chars of Latin scripts (Vietnamese letters end at U+1EF9); beyond, the JDK's
  private static final int LOWER_LIMIT = 0x2000;
  private static final char[] LOWER = new char[LOWER_LIMIT];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isLetterOrDigit((char) c)) {
        LETTER_OR_DIGIT[c >>> 6] |= 1L << c;
      }
      if (Character.isLetter((char) c)) {
        LETTER[c >>> 6] |= 1L << c;
      }
    }
    for (int c = 0; c < LOWER_LIMIT; c++) {
      LOWER[c] = Character.toLowerCase((char) c);
    }
  }

  private Chars() {}

  /** Exactly {@link Character#isLetterOrDigit(char)}: whether {@code c} is part of a word. */
  public static boolean isWordChar(char c) {
    return (LETTER_OR_DIGIT[c >>> 6] & (1L << c)) != 0;
  }

  /** Exactly {@link Character#isLetter(char)}. */
  public static boolean isLetter(char c) {
    return (LETTER[c >>> 6] & (1L << c)) != 0;
  }

  /** Exactly {@link Character#toLowerCase(char)}. */
  public static char toLower(char c) {
    return c < LOWER_LIMIT ? LOWER[c] : Character.toLowerCase(c);
  }

  /** Whether a word starts at {@code i} of {@code s}: the char before it (if any) is no word char. */
  public static boolean isWordStart(String s, int i) {
    return i == 0 || !isWordChar(s.charAt(i - 1));
  }
}
