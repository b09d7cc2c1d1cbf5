package io.github.doingoai.match;

import java.util.List;
import java.util.Objects;

/**
 * One field of a merged meeting.
 *
 * @param field the field's name, as in the JSON of a meeting ({@code date}, {@code location}...)
 * @param value the value the articles support best: for a date the most complete of agreeing
 *     ones; for a list field ({@code chairs}...) {@code null}, see {@code claims}
 * @param claims every distinct value with the articles that give it
 * @param conflict true when articles give values that cannot all be true
 */
public record MergedField(String field, String value, List<Claim> claims, boolean conflict) {
  /** Checks the field name; the claims are copied. */
  public MergedField {
    Objects.requireNonNull(field, "field");
    claims = List.copyOf(claims);
  }
}
