package io.github.doingoai;

import io.github.doingoai.internal.gazetteer.Gazetteer;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An immutable, fail-fast builder of {@link Extractor}s: every method returns a new builder and
 * checks its argument at once. {@link #build()} loads and indexes the curated data; an extractor is
 * expensive to build and cheap to use, so build one and share it.
 *
 * <pre>{@code
 * Extractor extractor = Doingoai.extractor()
 *     .referenceDate(LocalDate.of(2025, 3, 14))        // "Sáng 14/3" becomes 2025-03-14
 *     .maxTextLength(1_000_000)                         // refuse texts over a million chars
 *     .addData(DataKind.TITLES, "my-titles", "Giám đốc Trung tâm\tlocal\n")  // TSV, as the bundled files
 *     .build();                                         // loads the data once; share the extractor
 * Extraction r = extractor.extract("Sáng 14/3, Chủ tịch UBND tỉnh Trần Minh Khoa tiếp Đại sứ...");
 * System.out.println(Describe.of(r));
 * }</pre>
 *
 * <p>A builder can be kept and extended: {@code Doingoai.extractor()} is a shared empty builder,
 * and each call returns a new one, so two extractors with different options never interfere.
 */
public final class ExtractorBuilder {

  /** Default limit on the length of one text, in chars (UTF-16 units): 10 million. */
  public static final int DEFAULT_MAX_TEXT_LENGTH = 10_000_000;

  static final ExtractorBuilder DEFAULT = new ExtractorBuilder(null, DEFAULT_MAX_TEXT_LENGTH, List.of());

  private final LocalDate referenceDate;
  private final int maxTextLength;
  private final List<Gazetteer.Source> extraData;

  private ExtractorBuilder(LocalDate referenceDate, int maxTextLength, List<Gazetteer.Source> extraData) {
    this.referenceDate = referenceDate;
    this.maxTextLength = maxTextLength;
    this.extraData = List.copyOf(extraData);
  }

  /**
   * The date relative and year-less dates resolve against when the caller gives none per call
   * (usually the publication date). Without one, {@code Ngày 26/4} stays {@code --04-26}.
   */
  public ExtractorBuilder referenceDate(LocalDate date) {
    return new ExtractorBuilder(Validate.notNull(date, "date"), maxTextLength, extraData);
  }

  /** Texts longer than this many chars fail with {@link ErrorKind#TEXT_TOO_LONG}; default {@value #DEFAULT_MAX_TEXT_LENGTH}. */
  public ExtractorBuilder maxTextLength(int chars) {
    return new ExtractorBuilder(referenceDate, Validate.positive(chars, "chars"), extraData);
  }

  /**
   * Adds the entries of a curated data file of the caller's to the bundled ones. The file is read
   * at {@link #build()}; a missing or malformed file fails there with the file, line and reason.
   */
  public ExtractorBuilder addData(DataKind kind, Path file) {
    Validate.notNull(kind, "kind");
    Validate.notNull(file, "file");
    List<Gazetteer.Source> more = new ArrayList<>(extraData);
    more.add(new Gazetteer.Source(kind, file.toString(), () -> Gazetteer.utf8(Files.newInputStream(file))));
    return new ExtractorBuilder(referenceDate, maxTextLength, more);
  }

  /** Adds curated entries given as text in the file format; {@code name} labels error messages. */
  public ExtractorBuilder addData(DataKind kind, String name, String content) {
    Validate.notNull(kind, "kind");
    Validate.notNull(name, "name");
    Validate.notNull(content, "content");
    List<Gazetteer.Source> more = new ArrayList<>(extraData);
    more.add(new Gazetteer.Source(kind, name, () -> new StringReader(content)));
    return new ExtractorBuilder(referenceDate, maxTextLength, more);
  }

  /**
   * Loads the curated data and builds the extractor.
   *
   * @throws DoingoaiException of kind {@link ErrorKind#BAD_DATA} or {@link ErrorKind#IO} when a data
   *     file is malformed or unreadable
   */
  public Extractor build() {
    return new Extractor(Gazetteer.load(extraData), referenceDate, maxTextLength);
  }
}
