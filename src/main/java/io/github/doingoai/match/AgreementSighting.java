package io.github.doingoai.match;

import io.github.doingoai.model.AgreementStatus;
import io.github.doingoai.model.PartialDate;
import java.util.Objects;

/**
 * One article's report of an agreement.
 *
 * @param article the article
 * @param status signed, proposed or referred to, as that article says
 * @param title the name that article gives it, or {@code null}
 * @param date the signing day that article gives, or {@code null}
 */
public record AgreementSighting(String article, AgreementStatus status, String title, PartialDate date) {
  /** Checks the required fields. */
  public AgreementSighting {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(status, "status");
  }
}
