package io.github.doingoai.model;

import java.util.Objects;

/**
 * A strategy with a horizon: {@code Chiến lược nâng tầm đối ngoại đến năm 2030, tầm nhìn đến năm 2045}.
 *
 * @param name the strategy's name as written
 * @param horizon the year it runs to, or {@code null}
 * @param vision the year of its vision ({@code tầm nhìn đến năm 2045}), or {@code null}
 * @param span where, in the caller's original text
 */
public record Strategy(String name, Integer horizon, Integer vision, Span span) {
  /** Checks that the name and the span are present. */
  public Strategy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
  }
}
