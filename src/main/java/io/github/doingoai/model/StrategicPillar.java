package io.github.doingoai.model;

import java.util.List;
import java.util.Objects;

/**
 * A foreign-affairs pillar or channel the article names, once per article.
 *
 * @param pillar which one
 * @param evidence every place that names it, in text order
 */
public record StrategicPillar(Pillar pillar, List<Span> evidence) {
  /** Checks the pillar; the evidence list is copied. */
  public StrategicPillar {
    Objects.requireNonNull(pillar, "pillar");
    evidence = Lists.copy(evidence, "evidence");
  }
}
