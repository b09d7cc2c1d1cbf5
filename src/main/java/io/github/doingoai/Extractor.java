package io.github.doingoai;

import io.github.doingoai.internal.extract.Pipeline;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.model.Extraction;
import java.time.LocalDate;

/**
 * Extracts officials, meetings, agreements, pillars and documents from Vietnamese news articles.
 * Immutable and thread-safe: build one with {@link Doingoai#extractor()} and share it.
 *
 * <pre>{@code
 * Extractor extractor = Doingoai.extractor().build();
 * Extraction r = extractor.extract(text, LocalDate.of(2025, 3, 14)); // the publication date, if known
 * for (Official o : r.officials()) {
 *   System.out.println(o.name() + ": " + o.positions().stream().map(Position::text).toList());
 * }
 * System.out.println(JsonCodec.toJson(r));                          // one JSON Lines record
 * }</pre>
 */
public final class Extractor {
  private final Pipeline pipeline;
  private final LocalDate referenceDate;
  private final int maxTextLength;

  Extractor(Gazetteer gazetteer, LocalDate referenceDate, int maxTextLength) {
    this.pipeline = new Pipeline(gazetteer);
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
   * @throws DoingoaiException of kind {@link ErrorKind#TEXT_TOO_LONG} when the text is longer
   *     than the limit
   */
  public Extraction extract(String text, LocalDate referenceDate) {
    Validate.notNull(text, "text");
    if (text.length() > maxTextLength) {
      throw new DoingoaiException(ErrorKind.TEXT_TOO_LONG,
          "text has " + text.length() + " chars; the limit is " + maxTextLength + " (ExtractorBuilder.maxTextLength)");
    }
    return pipeline.run(text, referenceDate);
  }

  /** The builder's reference date, or {@code null}. */
  public LocalDate referenceDate() {
    return referenceDate;
  }

  /**
   * The longest text this extractor accepts, in chars.
   *
   * @return the limit set with {@link ExtractorBuilder#maxTextLength(int)}
   */
  public int maxTextLength() {
    return maxTextLength;
  }
}
