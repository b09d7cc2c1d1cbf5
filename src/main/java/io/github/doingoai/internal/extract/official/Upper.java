package io.github.doingoai.internal.extract.official;

/**
 * {@link Character#isUpperCase(char)} from a table: the scan asks it of nearly every word start,
 * and for the Vietnamese letters the JDK walks its property tables each time.
 */
final class Upper {
  private static final long[] UPPER = new long[1 << 10];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isUpperCase((char) c)) {
        UPPER[c >>> 6] |= 1L << c;
      }
    }
  }

  private Upper() {}

  /** Exactly {@link Character#isUpperCase(char)}. */
  static boolean is(char c) {
    return (UPPER[c >>> 6] & (1L << c)) != 0;
  }
}
