package io.github.doingoai.internal.text;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One rule of the curated boilerplate list ({@code data/boilerplate.tsv}).
 *
 * @param pattern matched against a whole trimmed line, case-insensitively
 * @param kind {@code line}: that line is boilerplate; {@code tail}: that line and every later line are;
 *     {@code caption-label}: that line is boilerplate and the next one is a photo caption
 */
public record BoilerplateRule(Pattern pattern, String kind) {
  public BoilerplateRule {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(kind, "kind");
    if (!kind.equals("line") && !kind.equals("tail") && !kind.equals("caption-label")) {
      throw new IllegalArgumentException("kind must be line, tail or caption-label: " + kind);
    }
  }
}
