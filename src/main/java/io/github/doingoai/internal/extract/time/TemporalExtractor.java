package io.github.doingoai.internal.extract.time;

import io.github.doingoai.internal.extract.ArticleContext;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.model.TemporalExpression;
import java.util.List;

/** Finds and resolves Vietnamese temporal expressions. Built once; thread-safe. */
public final class TemporalExtractor {

  public TemporalExtractor(Gazetteer gazetteer) {}

  /** Every temporal expression in the content of the article, in text order. */
  public List<TemporalExpression> extract(ArticleContext ctx) {
    return List.of();
  }
}
