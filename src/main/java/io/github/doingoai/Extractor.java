package io.github.doingoai;

import io.github.doingoai.internal.extract.Pipeline;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.PartialDate;
import java.time.LocalDate;
import java.util.function.BiFunction;

/**
 * Extracts officials, meetings, agreements, pillars and documents from Vietnamese news articles.
 * Immutable and thread-safe: build one with {@link Doingoai#extractor()} and share it.
 */
public final class Extractor {
  private final BiFunction<String, LocalDate, Extraction> pipeline;
  private final LocalDate referenceDate;
  private final int maxTextLength;

  Extractor(Gazetteer gazetteer, LocalDate referenceDate, int maxTextLength) {
    this(new Pipeline(gazetteer)::run, referenceDate, maxTextLength);
  }

  /** With another pipeline: lets tests check the contract around a pipeline that fails. */
  Extractor(BiFunction<String, LocalDate, Extraction> pipeline, LocalDate referenceDate, int maxTextLength) {
    this.pipeline = pipeline;
    this.referenceDate = referenceDate;
    this.maxTextLength = maxTextLength;
  }

  /** Extracts one article with the builder's reference date (if any). */
  public Extraction extract(String text) {
    return extract(text, referenceDate);
  }

  /**
   * Extracts one article, resolving dates against {@code referenceDate} (the publication date
   * when the caller knows it); {@code null} means none. A date line in the article itself wins.
   *
   * <p>Any string is accepted: empty or blank text gives an empty extraction; text in a legacy
   * Vietnamese encoding that arrived as mojibake is converted, or reported in
   * {@link Extraction#warnings()}. The same text always gives the same extraction.
   *
   * @throws NullPointerException when {@code text} is {@code null}
   * @throws DoingoaiException of kind {@link ErrorKind#TEXT_TOO_LONG} when the text is longer
   *     than the limit; of kind {@link ErrorKind#INTERNAL}, with the original exception as its cause,
   *     when a bug inside the library fails on this text
   */
  public Extraction extract(String text, LocalDate referenceDate) {
    Validate.notNull(text, "text");
    if (text.length() > maxTextLength) {
      throw new DoingoaiException(ErrorKind.TEXT_TOO_LONG,
          "text has " + text.length() + " chars; the limit is " + maxTextLength + " (ExtractorBuilder.maxTextLength)");
    }
    if (text.isBlank()) {
      return Extraction.empty(null, referenceDate == null ? null : PartialDate.of(referenceDate));
    }
    try {
      return pipeline.apply(text, referenceDate);
    } catch (DoingoaiException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // a bug must not pass for a problem of the input, nor leak an unrelated exception type: one
      // kind for callers to catch, the cause kept for the report
      throw new DoingoaiException(ErrorKind.INTERNAL, "internal error in doingoai " + Doingoai.version()
          + " while extracting a text of " + text.length() + " chars (please report it with the text): " + e, e);
    }
  }

  /** The builder's reference date, or {@code null}. */
  public LocalDate referenceDate() {
    return referenceDate;
  }

  /** The longest text, in chars, that {@link #extract(String)} accepts. */
  public int maxTextLength() {
    return maxTextLength;
  }
}
