package io.github.doingoai.internal.extract.official;

import io.github.doingoai.internal.extract.ArticleContext;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.model.Official;
import java.util.List;

/** Finds officials, their positions and every mention of them. Built once; thread-safe. */
public final class OfficialExtractor {

  public OfficialExtractor(Gazetteer gazetteer) {}

  /** Every official of the article, in order of first mention. */
  public List<Official> extract(ArticleContext ctx) {
    return List.of();
  }
}
