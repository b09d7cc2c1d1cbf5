package io.github.doingoai.bench;

import io.github.doingoai.Doingoai;
import io.github.doingoai.Extractor;
import java.util.List;

/**
 * Extracts the benchmark corpus over and over for a while, for a profiler to watch:
 *
 * <pre>
 * java -XX:StartFlightRecording=filename=target/extract.jfr,settings=profile \
 *      -cp target/benchmarks.jar io.github.doingoai.bench.Profile [SECONDS] [LONG_TEXT_CHARS]
 * jfr print --events jdk.ExecutionSample target/extract.jfr
 * </pre>
 *
 * With a second argument it extracts one generated text of that many chars instead of the articles.
 * With {@code -Ddoingoai.profile=text} it runs only the text layer (normalization and article
 * structure), so that its lines are not lost among the extractors'.
 */
public final class Profile {
  private Profile() {}

  public static void main(String[] args) {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    List<String> texts = args.length > 1 ? List.of(Corpus.longText(Integer.parseInt(args[1]))) : Corpus.articles();
    Extractor ex = Doingoai.extractor().build();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long n = 0;
    long sink = 0;
    boolean textOnly = "text".equals(System.getProperty("doingoai.profile"));
    var boilerplate = io.github.doingoai.internal.gazetteer.Gazetteer.load(List.of()).boilerplate();
    while (System.nanoTime() < end) {
      for (String t : texts) {
        if (textOnly) {
          var nt = io.github.doingoai.internal.text.VietnameseNormalizer.instance().normalize(t);
          sink += io.github.doingoai.internal.text.ArticleStructure.of(nt, boilerplate).blocks().size();
        } else {
          sink += ex.extract(t).officials().size();
        }
        n++;
      }
    }
    System.out.println(n + " extractions in " + seconds + " s (" + sink + ")");
  }
}
