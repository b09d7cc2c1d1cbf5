package io.github.doingoai.internal.extract.agreement;

import io.github.doingoai.internal.extract.ArticleContext;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.model.Agreement;
import java.util.List;

/** Finds agreements signed, proposed or referred to. Built once; thread-safe. */
public final class AgreementExtractor {

  public AgreementExtractor(Gazetteer gazetteer) {}

  /** Every particular agreement of the article, once each. */
  public List<Agreement> extract(ArticleContext ctx) {
    return List.of();
  }
}
