package io.github.doingoai;

import io.github.doingoai.internal.extract.Pipeline;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.internal.text.LegacyEncoding;
import io.github.doingoai.model.PartialDate;
import io.github.doingoai.model.Span;
import java.util.List;
import java.time.LocalDate;
import java.util.function.BiFunction;

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
  /** The pipeline, told what {@link LegacyEncoding#detect} said of the text, so that it need not ask again. */
  @FunctionalInterface
  interface Run {
    Extraction apply(String text, LocalDate referenceDate, LegacyEncoding.Verdict verdict);
  }

  private final Run pipeline;
  private final LocalDate referenceDate;
  private final int maxTextLength;

  Extractor(Gazetteer gazetteer, LocalDate referenceDate, int maxTextLength) {
    this((Run) new Pipeline(gazetteer)::run, referenceDate, maxTextLength);
  }

  /** With another pipeline: lets tests check the contract around a pipeline that fails. */
  Extractor(BiFunction<String, LocalDate, Extraction> pipeline, LocalDate referenceDate, int maxTextLength) {
    this((t, d, v) -> pipeline.apply(t, d), referenceDate, maxTextLength);
  }

  private Extractor(Run pipeline, LocalDate referenceDate, int maxTextLength) {
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
      LegacyEncoding.Verdict verdict = LegacyEncoding.detect(text);
      LegacyEncoding legacy = verdict.encoding();
      if (legacy == null) {
        return pipeline.apply(text, referenceDate, verdict);
      }
      // mojibake: extract from the decoded text, so that names and positions come out in Unicode,
      // then point every span back into the caller's string
      LegacyEncoding.Decoded d = legacy.decode(text);
      Extraction r = pipeline.apply(d.text(), referenceDate, LegacyEncoding.detect(d.text()));
      return SpanMapper.map(r, s -> Span.of(text, d.toOriginal(s.start()), d.toOriginal(s.end())),
          List.of("the text looked like Vietnamese in the legacy " + legacy.label()
              + " encoding read as Windows-1252 (mojibake); it was converted to Unicode before extraction"));
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

  /**
   * The longest text this extractor accepts, in chars.
   *
   * @return the limit set with {@link ExtractorBuilder#maxTextLength(int)}
   */
  public int maxTextLength() {
    return maxTextLength;
  }
}
