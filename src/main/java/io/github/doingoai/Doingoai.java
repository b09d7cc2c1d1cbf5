package io.github.doingoai;

/**
 * Entry point of the library: a builder of extractors and the library's version.
 *
 * <pre>{@code
 * import io.github.doingoai.*;
 * import io.github.doingoai.model.*;
 * import java.time.LocalDate;
 *
 * Extractor ex = Doingoai.extractor().referenceDate(LocalDate.of(2021, 12, 13)).build();
 * Extraction r = ex.extract("Ngày 26/4, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn ...");
 * System.out.println(Describe.of(r));    // a few lines for people
 * }</pre>
 */
public final class Doingoai {
  private Doingoai() {}

  /** A builder for an {@link Extractor} with the bundled curated data and no reference date. */
  public static ExtractorBuilder extractor() {
    return ExtractorBuilder.DEFAULT;
  }

  /**
   * A builder for an {@link io.github.doingoai.match.EventMatcher}, which groups extractions of
   * many articles into real-world events: {@code Doingoai.matcher().threshold(0.6).build().newIndex()}.
   */
  public static io.github.doingoai.match.MatcherBuilder matcher() {
    return io.github.doingoai.match.MatcherBuilder.defaults();
  }

  /** The library's version, from the jar's manifest, or {@code "dev"} when run from classes. */
  public static String version() {
    String v = Doingoai.class.getPackage().getImplementationVersion();
    return v != null ? v : VersionHolder.VERSION;
  }

  private static final class VersionHolder {
    static final String VERSION = load();

    private static String load() {
      try (var in = Doingoai.class.getResourceAsStream("/io/github/doingoai/version.properties")) {
        if (in == null) {
          return "dev";
        }
        var p = new java.util.Properties();
        p.load(in);
        return p.getProperty("version", "dev");
      } catch (java.io.IOException e) {
        return "dev";
      }
    }
  }
}
