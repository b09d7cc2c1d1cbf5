package io.github.doingoai.examples.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.doingoai.Doingoai;
import io.github.doingoai.Extractor;
import io.github.doingoai.ExtractorBuilder;
import io.github.doingoai.json.JsonCodec;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.Meeting;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * A Spark job: extracts every article {@code .txt} file of one or more folders in parallel, writes
 * the extractions as JSON Lines, and groups the articles into events.
 *
 * <p>One {@link Extractor} per executor JVM: building one loads and indexes the curated data, so
 * it is built lazily once ({@link ExtractorHolder}) and shared by all the tasks of that executor
 * (an extractor is thread-safe). Extraction runs in {@code mapPartitions}, never on the driver.
 *
 * <p>Events: articles are keyed by a blocking key and matched only inside their block, never all
 * pairs. The event matcher of the library (package {@code io.github.doingoai.match}) is not in the
 * version this example builds against yet, so the key is a documented placeholder: the date and
 * kind of the article's first dated meeting ({@link #blockingKey}), and every article of a block
 * forms one event. Articles without a dated meeting are events of their own. When the matcher is
 * available, key by its blocking key and run its pairwise decision inside each block.
 *
 * <p>Output, under {@code OUT}: {@code extractions/} (one JSON object per article, the library's
 * JSON contract with {@code source} the file name) and {@code events/} (one JSON object per event:
 * {@code key}, {@code articles}).
 */
public final class SparkArticles {

  private SparkArticles() {}

  /**
   * Options of one run.
   *
   * @param inputs folders (or globs) of {@code .txt} articles, UTF-8; any path Hadoop reads
   *     ({@code file:}, {@code hdfs:}, {@code s3a:}...)
   * @param output folder to create for the results; must not exist
   * @param referenceDate date for year-less dates, or {@code null}
   * @param partitions minimum number of input partitions (parallelism)
   */
  public record Options(List<String> inputs, String output, LocalDate referenceDate, int partitions)
      implements Serializable {}

  /** The per-JVM extractor: built on first use inside an executor, then shared by its tasks. */
  static final class ExtractorHolder {
    private static volatile Extractor extractor;
    private static volatile LocalDate builtFor;

    private ExtractorHolder() {}

    static Extractor get(LocalDate referenceDate) {
      Extractor e = extractor;
      if (e == null || !java.util.Objects.equals(builtFor, referenceDate)) {
        synchronized (ExtractorHolder.class) {
          e = extractor;
          if (e == null || !java.util.Objects.equals(builtFor, referenceDate)) {
            ExtractorBuilder b = Doingoai.extractor();
            e = (referenceDate == null ? b : b.referenceDate(referenceDate)).build();
            extractor = e;
            builtFor = referenceDate;
          }
        }
      }
      return e;
    }
  }

  /**
   * Runs the job and returns the number of articles and events written.
   *
   * @param spark the session (local or on a cluster)
   * @param o the options
   * @return {@code [articles, events]}
   */
  public static long[] run(SparkSession spark, Options o) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    String paths = String.join(",", o.inputs().stream().map(p -> p.endsWith(".txt") ? p : p + "/*.txt").toList());
    JavaPairRDD<String, String> files = sc.wholeTextFiles(paths, o.partitions());
    LocalDate ref = o.referenceDate();

    // {source, JSON of the extraction, blocking key or null}, computed in one pass; cached:
    // written, then grouped
    JavaRDD<String[]> extracted = files.mapPartitions(it -> {
      Extractor ex = ExtractorHolder.get(ref);
      return map(it, f -> {
        String source = fileName(f._1());
        Extraction r = ex.extract(stripBom(f._2())).withSource(source);
        return new String[] {source, JsonCodec.toJson(r), blockingKey(r).orElse(null)};
      });
    }).cache();

    extracted.map(t -> t[1]).saveAsTextFile(o.output() + "/extractions");
    long articles = extracted.count();

    // block by key, then decide inside each block; an article without a key is its own block
    JavaPairRDD<String, String> keyed = extracted.mapToPair(t -> new Tuple2<>(t[2] != null ? t[2] : "article:" + t[0], t[0]));
    JavaRDD<String> events = keyed.groupByKey().map(g -> eventJson(g._1(), g._2()));
    events.saveAsTextFile(o.output() + "/events");
    long count = events.count();
    extracted.unpersist();
    return new long[] {articles, count};
  }

  /**
   * The placeholder blocking key: {@code date|KIND} of the first meeting with a date, where the
   * date is a full date or a day and month ({@code --04-26}) so that articles of different outlets
   * about the same day meet in one block.
   *
   * @param r an extraction
   * @return the key, or empty when the article reports no dated meeting
   */
  public static Optional<String> blockingKey(Extraction r) {
    for (Meeting m : r.meetings()) {
      if (m.date() != null && m.date().day().isPresent()) {
        return Optional.of(m.date() + "|" + m.kind());
      }
    }
    return Optional.empty();
  }

  private static final ObjectMapper JSON = JsonCodec.mapper();

  static String eventJson(String key, Iterable<String> sources) {
    List<String> sorted = new ArrayList<>();
    sources.forEach(sorted::add);
    sorted.sort(null);
    ObjectNode o = JSON.createObjectNode();
    if (key.startsWith("article:")) {
      o.putNull("key");
    } else {
      o.put("key", key);
    }
    ArrayNode a = o.putArray("articles");
    sorted.forEach(a::add);
    return o.toString();
  }

  static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** Hadoop decodes the file as UTF-8 but keeps a byte-order mark as U+FEFF. */
  static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  private interface Fn<A, B> extends Serializable {
    B apply(A a) throws Exception;
  }

  /** A lazy map over a partition's iterator: one article in memory at a time. */
  private static <A, B> Iterator<B> map(Iterator<A> it, Fn<A, B> f) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
        .map(a -> {
          try {
            return f.apply(a);
          } catch (RuntimeException e) {
            throw e;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }).iterator();
  }

  /**
   * {@code spark-submit --class io.github.doingoai.examples.spark.SparkArticles JOB.jar OUT IN...
   * [--reference-date YYYY-MM-DD] [--partitions N]}.
   *
   * @param args output folder, then input folders, then options
   */
  public static void main(String[] args) {
    List<String> inputs = new ArrayList<>();
    String out = null;
    LocalDate ref = null;
    int partitions = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--reference-date" -> ref = LocalDate.parse(args[++i]);
        case "--partitions" -> partitions = Integer.parseInt(args[++i]);
        default -> {
          if (out == null) {
            out = args[i];
          } else {
            inputs.add(args[i]);
          }
        }
      }
    }
    if (out == null || inputs.isEmpty()) {
      System.err.println("usage: SparkArticles OUT IN... [--reference-date YYYY-MM-DD] [--partitions N]");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("doingoai-articles").getOrCreate();
    try {
      int p = partitions > 0 ? partitions : spark.sparkContext().defaultParallelism();
      long[] n = run(spark, new Options(inputs, out, ref, p));
      System.err.println("doingoai: " + n[0] + " articles, " + n[1] + " events -> " + out);
    } finally {
      spark.stop();
    }
  }
}
