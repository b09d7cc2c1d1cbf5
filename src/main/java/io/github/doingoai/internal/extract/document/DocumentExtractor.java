package io.github.doingoai.internal.extract.document;

import io.github.doingoai.internal.extract.ArticleContext;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.model.DocumentRef;
import java.util.List;

/** Finds Party and State documents cited by number. Built once; thread-safe. */
public final class DocumentExtractor {

  public DocumentExtractor(Gazetteer gazetteer) {}

  /** Every document cited, once per code, in order of first citation. */
  public List<DocumentRef> extract(ArticleContext ctx) {
    return List.of();
  }
}
