package io.github.doingoai.match;

import java.util.Objects;

/**
 * Why an article joined an event: the article already in the event it matched best, and the
 * decision with its evidence.
 *
 * @param article the article that joined
 * @param linkedTo the article it matched
 * @param decision the decision, with each piece of evidence and its weight
 */
public record Link(String article, String linkedTo, MatchDecision decision) {
  /** Checks that every field is present. */
  public Link {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(linkedTo, "linkedTo");
    Objects.requireNonNull(decision, "decision");
  }
}
