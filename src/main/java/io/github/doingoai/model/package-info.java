/**
 * The immutable records an article yields: {@link io.github.doingoai.model.Extraction} and the
 * officials, meetings, agreements, pillars and documents inside it.
 *
 * <p>Every type here is an immutable value: lists are never {@code null} (empty when the text says
 * nothing) and never contain {@code null}; fields documented as nullable are {@code null} when the
 * article does not say. Every {@link io.github.doingoai.model.Span} points into the caller's original
 * string, not into a normalized copy.
 */
package io.github.doingoai.model;
