package io.github.doingoai.model;

import java.util.Objects;

/**
 * One place where the text names an official.
 *
 * @param span where, in the caller's original text
 * @param kind full name, short name or bare title
 */
public record Mention(Span span, MentionKind kind) {
  /** Checks that both fields are present. */
  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
  }
}
