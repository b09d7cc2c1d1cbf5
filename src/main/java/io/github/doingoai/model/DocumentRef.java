package io.github.doingoai.model;

import java.util.Objects;

/**
 * A Party or State document cited by number.
 *
 * @param code the canonical code ({@code 31-NQ/TW}, {@code 1234/QĐ-TTg}, {@code 98/2023/QH15})
 * @param type the document type
 * @param number its number ({@code 31})
 * @param year its year when the code or the text gives it, else {@code null}
 * @param issuer the issuing body's code ({@code TW}, {@code TTg}, {@code CP}, {@code QH15}), or {@code null}
 * @param date the date it was issued when the text gives it, else {@code null}
 * @param span where the citation stands in the caller's original text
 */
public record DocumentRef(
    String code, DocumentType type, String number, Integer year, String issuer, PartialDate date, Span span) {
  /** Checks the required fields. */
  public DocumentRef {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(number, "number");
  }
}
