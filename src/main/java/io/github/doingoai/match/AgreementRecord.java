package io.github.doingoai.match;

import io.github.doingoai.model.AgreementKind;
import io.github.doingoai.model.PartialDate;
import java.util.List;
import java.util.Objects;

/**
 * One agreement across articles: the signing and every later reference to it.
 *
 * @param id a stable id: the kind and a number ({@code coordination-regulation-1})
 * @param kind what kind of agreement
 * @param date the signing day, the most complete any article gives, or {@code null}
 * @param parties the parties as first written, with those later articles add
 * @param sightings every article that reports it, in the order added
 */
public record AgreementRecord(String id, AgreementKind kind, PartialDate date, List<String> parties,
    List<AgreementSighting> sightings) {
  /** Checks the required fields; the lists are copied. */
  public AgreementRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    parties = List.copyOf(parties);
    sightings = List.copyOf(sightings);
  }
}
