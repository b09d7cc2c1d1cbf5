/**
 * The facade: {@link io.github.doingoai.Doingoai#extractor()} builds an
 * {@link io.github.doingoai.Extractor} that turns one Vietnamese news article into an
 * {@link io.github.doingoai.model.Extraction}.
 *
 * <pre>{@code
 * Extractor ex = Doingoai.extractor().referenceDate(LocalDate.of(2021, 12, 13)).build();
 * Extraction r = ex.extract(text);
 * r.officials().forEach(o -> System.out.println(o.name() + " " + o.positions()));
 * }</pre>
 *
 * <p>Arguments are non-null unless documented otherwise; a {@code null} fails at once with a
 * {@link java.lang.NullPointerException} naming the parameter. Every other failure is a
 * {@link io.github.doingoai.DoingoaiException} with an {@link io.github.doingoai.ErrorKind}.
 */
package io.github.doingoai;
