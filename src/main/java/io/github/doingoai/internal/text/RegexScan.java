package io.github.doingoai.internal.text;

import java.util.regex.Matcher;

/**
 * Runs a regular expression only where a match can start. {@code while (m.find())} over an article
 * costs the regex engine's set-up at every char, look-behinds included, which dominates when
 * matches are rare; when every match starts with a char of a small known set (a digit, the first
 * letter of a curated word), a plain loop finds the candidates and the regex runs only there.
 * Same matches, in the same order, as {@code find()} on the whole text.
 */
public final class RegexScan {

  /** A test on the first char of a match. */
  @FunctionalInterface
  public interface CharTest {
    boolean test(char c);
  }

  private RegexScan() {}

  /**
   * Moves {@code m} (a matcher over {@code text}, which must not match the empty string) to its
   * next match that starts at or after {@code from}, looking only at positions whose char passes
   * {@code canStart}; returns false when there is none. The matcher's region is changed, and its
   * bounds are made transparent and non-anchoring so that look-arounds and anchors see the whole text.
   */
  public static boolean find(Matcher m, String text, int from, CharTest canStart) {
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int n = text.length();
    for (int i = from; i < n; i++) {
      if (canStart.test(text.charAt(i))) {
        m.region(i, n);
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /** ASCII digits, the chars {@code \d} matches. */
  public static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
