package io.github.doingoai.match;

import java.util.List;
import java.util.Objects;

/**
 * Whether two articles report the same event, and why.
 *
 * @param first the first article's id
 * @param second the second article's id
 * @param sameEvent the decision: score at least the threshold and an anchor among the evidence
 * @param score the sum of the evidence weights
 * @param threshold the threshold the score was held to
 * @param anchored true when some evidence is an {@linkplain EvidenceKind#isAnchor() anchor}
 * @param evidence every piece of evidence with its weight, in the order they were looked for
 */
public record MatchDecision(String first, String second, boolean sameEvent, double score, double threshold,
    boolean anchored, List<Evidence> evidence) {
  /** Checks the two article ids; the evidence is copied. */
  public MatchDecision {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    evidence = List.copyOf(evidence);
  }
}
