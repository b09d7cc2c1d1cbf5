package io.github.doingoai.model;

import java.util.Objects;

/**
 * A journalist or photographer named in a byline or photo credit: not an official.
 *
 * @param name the name as written ({@code Xuân Khu})
 * @param span where, in the caller's original text
 */
public record Author(String name, Span span) {
  /** Checks that both fields are present. */
  public Author {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
  }
}
