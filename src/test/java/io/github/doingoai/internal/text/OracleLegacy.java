package io.github.doingoai.internal.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

// LegacyEncoding.detect as it was before the text layer's speed work (main 23550be), kept unchanged
// as the oracle that TextLayerOracleTest compares the optimized code with.
final class OracleLegacy {
  private OracleLegacy() {}

  private static final int MIN_WORDS = 3;
  /** syllables of two letters or more that a reading must make: short strings are no evidence */
  private static final int MIN_LONG_WORDS = 5;
  /** enough changed words to judge a reading; a longer text is judged on its first ones (keeps detection linear and cheap) */
  private static final int SAMPLE_WORDS = 2_000;
  private static final Pattern SYLLABLE = Pattern.compile(
      "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?");

  /**
   * Decides whether {@code text} is Vietnamese mojibake, and in which encoding. A legacy reading
   * wins only when the text has almost no letter that only Vietnamese Unicode text has, and when at
   * least four fifths of the words it changes become Vietnamese syllables (so French or German text,
   * whose accented letters are also legacy codes, stays as it is). {@code suspicious} flags text
   * with many Latin-1 letters inside words that no reading explains.
   */
  static LegacyEncoding.Verdict detect(String text) {
    int n = text.length();
    int viet = 0;
    int odd = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      if (isVietnameseOnly(c)) {
        viet++;
      } else if (c <= 0xFF && c != 0xA0) {
        odd++;
      }
    }
    if (odd < MIN_WORDS || viet * 4 > odd) {
      // too little to judge, or plainly Unicode Vietnamese (mojibake has next to no ă đ ơ ư ạ...)
      return LegacyEncoding.Verdict.CLEAN;
    }
    LegacyEncoding best = null;
    int bestOk = 0;
    int bestLong = 0;
    int bestChanged = 0;
    char[] buf = new char[1];
    for (LegacyEncoding e : LegacyEncoding.values()) {
      int ok = 0;
      int okLong = 0;
      int changed = 0;
      int i = 0;
      while (i < n && changed < SAMPLE_WORDS) {
        if (!isWordChar(text.charAt(i))) {
          i++;
          continue;
        }
        int we = i;
        while (we < n && isWordChar(text.charAt(we))) {
          we++;
        }
        if (we - i <= 24) {
          StringBuilder w = new StringBuilder(we - i);
          boolean touched = false;
          int k = i;
          while (k < we) {
            int used = e.match(text, k, buf);
            if (used > 0 && k + used <= we) {
              w.append(buf[0]);
              touched = true;
              k += used;
            } else {
              w.append(text.charAt(k));
              k++;
            }
          }
          if (touched) {
            changed++;
            if (isSyllable(w)) {
              ok++;
              if (w.length() >= 2) {
                okLong++;
              }
            }
          }
        }
        i = we;
      }
      if (ok > bestOk) {
        best = e;
        bestOk = ok;
        bestLong = okLong;
        bestChanged = changed;
      }
    }
    // one-letter words ("õ õ õ") are too little evidence: a reading must make longer syllables too
    boolean fits = best != null && bestOk >= MIN_WORDS && bestLong >= MIN_LONG_WORDS && bestOk * 5 >= bestChanged * 4 && viet * 4 <= bestOk;
    if (fits) {
      return new LegacyEncoding.Verdict(best, false);
    }
    return new LegacyEncoding.Verdict(null, viet * 4 <= odd && odd >= 20 && bestOk * 2 >= bestChanged && bestOk >= MIN_WORDS);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || (c >= 0x80 && c <= 0xFF && c != 0xA0);
  }

  /** True when {@code w} (any case, any tone) is shaped like one Vietnamese syllable. */
  static boolean isSyllable(CharSequence w) {
    String d = Normalizer.normalize(w, Normalizer.Form.NFD);
    StringBuilder base = new StringBuilder(d.length());
    for (int k = 0; k < d.length(); k++) {
      char c = d.charAt(k);
      if ("\u0300\u0301\u0303\u0309\u0323".indexOf(c) < 0) {
        base.append(c);
      }
    }
    String b = Normalizer.normalize(base, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return SYLLABLE.matcher(b).matches();
  }

  /** Letters that Vietnamese Unicode text has and Latin-1 lacks: ă đ ĩ ũ ơ ư and the Latin Extended Additional block. */
  static boolean isVietnameseOnly(char c) {
    return (c >= '\u1EA0' && c <= '\u1EF9') || (c >= '\u0100' && c < '\u0200' && VIETNAMESE_EXTENDED_A_B[c - 0x100]);
  }

  /** Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư, by their offset from U+0100: a table, as detection asks for every non-ASCII char. */
  private static final boolean[] VIETNAMESE_EXTENDED_A_B = new boolean[0x100];

  static {
    for (char c : "\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0".toCharArray()) {
      VIETNAMESE_EXTENDED_A_B[c - 0x100] = true;
    }
  }

}
