package io.github.doingoai.internal.text;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One rule of the curated boilerplate list ({@code data/boilerplate.tsv}).
 *
 * @param pattern matched against a whole trimmed line, case-insensitively
 * @param kind {@code line}: that line is boilerplate; {@code tail}: that line and every later line are;
 *     {@code caption-label}: that line is boilerplate and the next one is a photo caption
 * @param prefix the literal text every match starts with (empty when the pattern does not say),
 *     compared case-insensitively before the pattern runs: every line of an article meets every
 *     rule, and nearly all of them fail on their first chars
 * @param foldedPrefixStart {@link #fold} of the prefix's first char, -1 for an empty prefix
 */
public record BoilerplateRule(Pattern pattern, String kind, String prefix, int foldedPrefixStart) {
  public BoilerplateRule {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(prefix, "prefix");
    if (!kind.equals("line") && !kind.equals("tail") && !kind.equals("caption-label")) {
      throw new IllegalArgumentException("kind must be line, tail or caption-label: " + kind);
    }
    if (foldedPrefixStart != (prefix.isEmpty() ? -1 : fold(prefix.charAt(0)))) {
      throw new IllegalArgumentException("foldedPrefixStart must be the fold of the prefix's first char");
    }
  }

  /** A rule with this literal prefix. */
  public BoilerplateRule(Pattern pattern, String kind, String prefix) {
    this(pattern, kind, prefix, prefix.isEmpty() ? -1 : fold(prefix.charAt(0)));
  }

  /** A rule whose prefix is read off the pattern. */
  public BoilerplateRule(Pattern pattern, String kind) {
    this(pattern, kind, literalPrefix(pattern.pattern()));
  }

  /** Whether the whole {@code line} is matched by the rule. */
  public boolean matches(String line, java.util.regex.Matcher reusable) {
    return matches(line, line.isEmpty() ? -1 : fold(line.charAt(0)), reusable);
  }

  /**
   * As {@link #matches(String, java.util.regex.Matcher)}, given {@link #fold} of the line's first
   * char (-1 for an empty line): one fold per line serves every rule, and most rules stop there.
   */
  public boolean matches(String line, int foldedFirst, java.util.regex.Matcher reusable) {
    if (foldedPrefixStart >= 0 && foldedFirst != foldedPrefixStart) {
      return false;
    }
    return line.regionMatches(true, 0, prefix, 0, prefix.length()) && reusable.reset(line).matches();
  }

  /**
   * The case fold {@link String#regionMatches(boolean, int, String, int, int)} compares chars by:
   * two chars equal ignoring case there exactly when their folds are equal, and the pattern's
   * case-insensitive match of a char implies it too.
   */
  public static int fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * True when every match of {@code pattern} starts with an ASCII digit: it opens with {@code \d}
   * that must occur at least once ({@code \d}, {@code \d+}, {@code \d{1,7}}) and has no
   * alternative at the top level, and no flag gives {@code \d} another meaning. A rule with no
   * literal prefix ({@code \d{1,7}}, a line of a bare number) then needs no regex on other lines.
   */
  static boolean startsWithDigit(Pattern pattern) {
    String regex = pattern.pattern();
    if ((pattern.flags() & (Pattern.UNICODE_CHARACTER_CLASS | Pattern.LITERAL | Pattern.COMMENTS | Pattern.CANON_EQ)) != 0
        || !regex.startsWith("\\d") || hasTopLevelAlternative(regex)) {
      return false;
    }
    if (regex.length() == 2) {
      return true;
    }
    char q = regex.charAt(2);
    if (q == '?' || q == '*') {
      return false;
    }
    if (q == '{') {
      // {n}, {n,} or {n,m}: at least one when n is
      int k = 3;
      int min = 0;
      while (k < regex.length() && regex.charAt(k) >= '0' && regex.charAt(k) <= '9') {
        min = Math.min(1000, min * 10 + regex.charAt(k) - '0');
        k++;
      }
      return k > 3 && min >= 1;
    }
    return true;
  }

  private static boolean hasTopLevelAlternative(String regex) {
    int depth = 0;
    boolean escaped = false;
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The plain chars a regular expression starts with: up to the first char with a meaning of its
   * own, less a last char that a quantifier follows; empty when an alternative at the top level
   * could start otherwise.
   */
  static String literalPrefix(String regex) {
    if (hasTopLevelAlternative(regex)) {
      return "";
    }
    int end = 0;
    while (end < regex.length() && "\\^$.|?*+()[]{}".indexOf(regex.charAt(end)) < 0) {
      end++;
    }
    if (end < regex.length() && "?*{".indexOf(regex.charAt(end)) >= 0 && end > 0) {
      end--; // "Chia sẻ:?": the colon may be absent
    }
    return regex.substring(0, end);
  }
}
