package io.github.doingoai.model;

import java.util.List;
import java.util.Objects;

/**
 * A regulation, memorandum, agreement, programme or twinning an article reports.
 *
 * @param id identifier unique inside one extraction ({@code a1}...)
 * @param kind what kind of agreement
 * @param status signed, proposed or referred to
 * @param title its name as written ({@code Quy chế phối hợp}), or {@code null}
 * @param date the day it was signed, or {@code null}
 * @param parties the bodies bound by it
 * @param signatories the officials who sign or hand it over
 * @param provisions its main provisions when the article lists them
 * @param period the period it covers ({@code giai đoạn 2022-2026}), or {@code null}
 * @param evidence the places in the text that report it
 */
public record Agreement(
    String id,
    AgreementKind kind,
    AgreementStatus status,
    String title,
    PartialDate date,
    List<String> parties,
    List<String> signatories,
    List<String> provisions,
    DatePeriod period,
    List<Span> evidence) {
  /** Checks the required fields; lists are copied and {@code null} lists become empty. */
  public Agreement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    parties = Lists.copy(parties, "parties");
    signatories = Lists.copy(signatories, "signatories");
    provisions = Lists.copy(provisions, "provisions");
    evidence = Lists.copy(evidence, "evidence");
  }
}
