package io.github.doingoai.match;

import java.util.List;
import java.util.Objects;

/**
 * One value of a field as some articles give it.
 *
 * @param value the value as written (dates in ISO form, enums by name)
 * @param articles the articles that give it, in the order they were added
 */
public record Claim(String value, List<String> articles) {
  /** Checks the value; the article list is copied. */
  public Claim {
    Objects.requireNonNull(value, "value");
    articles = List.copyOf(articles);
  }
}
