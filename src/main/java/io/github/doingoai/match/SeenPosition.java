package io.github.doingoai.match;

import io.github.doingoai.model.PartialDate;
import java.util.Objects;

/**
 * An office some article gives a person.
 *
 * @param text the office as that article writes it
 * @param article the article
 * @param date the article's date (its main meeting's, else its own), or {@code null}
 */
public record SeenPosition(String text, String article, PartialDate date) {
  /** Checks the text and the article. */
  public SeenPosition {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(article, "article");
  }
}
