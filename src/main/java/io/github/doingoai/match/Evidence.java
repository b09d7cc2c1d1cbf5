package io.github.doingoai.match;

import java.util.Objects;

/**
 * One piece of evidence about two articles.
 *
 * @param kind what was found
 * @param weight what it adds to the score (negative against the match)
 * @param detail what exactly, for people ({@code --04-26}, {@code Bùi Thanh Sơn})
 */
public record Evidence(EvidenceKind kind, double weight, String detail) {
  /** Checks the kind and the detail. */
  public Evidence {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }
}
