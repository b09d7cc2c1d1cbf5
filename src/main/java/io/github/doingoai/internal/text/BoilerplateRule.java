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
   * The plain chars a regular expression starts with: up to the first char with a meaning of its
   * own, less a last char that a quantifier follows; empty when an alternative at the top level
   * could start otherwise.
   */
  static String literalPrefix(String regex) {
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
        return "";
      }
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
