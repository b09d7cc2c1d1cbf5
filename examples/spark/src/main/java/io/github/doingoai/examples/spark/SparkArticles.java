package io.github.doingoai.examples.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.doingoai.Doingoai;
import io.github.doingoai.Extractor;
import io.github.doingoai.ExtractorBuilder;
import io.github.doingoai.json.JsonCodec;
import io.github.doingoai.match.ArticleProfile;
import io.github.doingoai.match.Event;
import io.github.doingoai.match.EventIndex;
import io.github.doingoai.match.EventMatcher;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.Meeting;
import io.github.doingoai.model.PartialDate;
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
 * <p>Events: the library's {@link EventMatcher} decides, but never over all pairs. Articles are
 * partitioned by a coarse block ({@link #block}: the day and month of the main meeting, the one
 * the matcher compares), and each block is grouped on one executor by an {@link EventIndex}, which
 * applies the matcher's own finer blocking keys inside it. Articles that report no meeting match
 * nothing and are events of their own. The price of the coarse block: two reports of one event
 * whose main meetings give different days (or only one gives a day) are not compared.
 *
 * <p>Output, under {@code OUT}: {@code extractions/} (one JSON object per article, the library's
 * JSON contract with {@code source} the file name) and {@code events/} (one JSON object per event:
 * {@code id}, {@code block}, {@code articles}, and the merged meeting's {@code kind} and {@code date}).
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

    // {source, JSON of the extraction, block or null}, computed in one pass; cached: written,
    // then grouped
    JavaRDD<String[]> extracted = files.mapPartitions(it -> {
      Extractor ex = ExtractorHolder.get(ref);
      return map(it, f -> {
        String source = fileName(f._1());
        Extraction r = ex.extract(stripBom(f._2())).withSource(source);
        return new String[] {source, JsonCodec.toJson(r), block(r).orElse(null)};
      });
    }).cache();

    extracted.map(t -> t[1]).saveAsTextFile(o.output() + "/extractions");
    long articles = extracted.count();

    // no meeting: an event of its own, no comparison needed
    JavaRDD<String> alone = extracted.filter(t -> t[2] == null).map(t -> singletonJson(t[0]));
    // a block per day of the year (and one for undated meetings), grouped by the matcher inside
    JavaRDD<String> grouped = extracted.filter(t -> t[2] != null)
        .mapToPair(t -> new Tuple2<>(t[2], new Tuple2<>(t[0], t[1])))
        .groupByKey()
        .flatMap(g -> matchBlock(g._1(), g._2()).iterator());
    JavaRDD<String> events = grouped.union(alone);
    events.saveAsTextFile(o.output() + "/events");
    long count = events.count();
    extracted.unpersist();
    return new long[] {articles, count};
  }

  /**
   * The coarse block of an article: the day and month ({@code MM-dd}) of its main meeting, the one
   * the matcher compares; {@code undated} when that meeting gives no day.
   *
   * @param r an extraction
   * @return the block, or empty when the article reports no meeting (it matches nothing)
   */
  public static Optional<String> block(Extraction r) {
    Meeting m = ArticleProfile.of(r.source() == null ? "-" : r.source(), r).meeting();
    if (m == null) {
      return Optional.empty();
    }
    PartialDate d = m.date();
    if (d == null || d.day().isEmpty()) {
      return Optional.of(UNDATED);
    }
    return Optional.of(String.format("%02d-%02d", d.month().get(), d.day().get()));
  }

  static final String UNDATED = "undated";

  /**
   * Groups one block's articles into events with the library's matcher, in source order so that a
   * run's result does not depend on how Spark ordered the block.
   *
   * @param block the block's key
   * @param articles (source, extraction JSON) of every article of the block
   * @return one JSON object per event
   */
  static List<String> matchBlock(String block, Iterable<Tuple2<String, String>> articles) {
    List<Tuple2<String, String>> sorted = new ArrayList<>();
    articles.forEach(sorted::add);
    sorted.sort((x, y) -> x._1().compareTo(y._1()));
    EventIndex index = MatcherHolder.MATCHER.newIndex();
    for (Tuple2<String, String> a : sorted) {
      index.add(a._1(), JsonCodec.fromJson(a._2()));
    }
    List<String> out = new ArrayList<>();
    for (Event e : index.events()) {
      ObjectNode o = JSON.createObjectNode();
      o.put("id", e.id());
      o.put("block", block);
      ArrayNode list = o.putArray("articles");
      e.articles().forEach(list::add);
      if (e.meeting() != null) {
        o.put("kind", e.meeting().value("kind").orElse(null));
        o.put("date", e.meeting().value("date").orElse(null));
      }
      out.add(o.toString());
    }
    return out;
  }

  static String singletonJson(String source) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", "article-" + source);
    o.putNull("block");
    o.putArray("articles").add(source);
    return o.toString();
  }

  /** The matcher, built once per executor JVM (cheap, immutable and thread-safe). */
  static final class MatcherHolder {
    static final EventMatcher MATCHER = Doingoai.matcher().build();

    private MatcherHolder() {}
  }

  private static final ObjectMapper JSON = JsonCodec.mapper();

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
