package io.github.doingoai.bench;

import io.github.doingoai.Doingoai;
import io.github.doingoai.Extractor;
import io.github.doingoai.internal.extract.ArticleContext;
import io.github.doingoai.internal.extract.agreement.AgreementExtractor;
import io.github.doingoai.internal.extract.document.DocumentExtractor;
import io.github.doingoai.internal.extract.meeting.MeetingExtractor;
import io.github.doingoai.internal.extract.official.OfficialExtractor;
import io.github.doingoai.internal.extract.pillar.PillarExtractor;
import io.github.doingoai.internal.extract.time.TemporalExtractor;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.text.ArticleStructure;
import io.github.doingoai.internal.text.LegacyEncoding;
import io.github.doingoai.internal.text.NormalizedText;
import io.github.doingoai.internal.text.VietnameseNormalizer;
import java.time.LocalDate;
import java.util.List;

/**
 * A quick split of the extraction cost by stage, for working on the hot path between JMH runs:
 *
 * <pre>
 * java -cp target/benchmarks.jar io.github.doingoai.bench.Stages [SECONDS]
 * </pre>
 *
 * Runs the pipeline's stages one after another over the corpus, as {@code Pipeline.run} does, and
 * times each in the thread's CPU time; then the whole {@link Extractor#extract} and the ICU
 * baseline in the same run. Prints ns per char for each and the ratio to the baseline. Rough (one
 * JVM, no forks), so use it to compare, and the JMH suite ({@code examples/bench/run.sh}) for figures.
 */
public final class Stages {
  private Stages() {}

  private static final String[] NAMES = {"legacy.detect", "normalize", "structure", "dates", "officials",
      "documents", "meetings", "agreements", "pillars"};

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    List<String> texts = Corpus.articles();
    long chars = texts.stream().mapToLong(String::length).sum();
    Gazetteer g = Gazetteer.load(List.of());
    TemporalExtractor dates = new TemporalExtractor(g);
    OfficialExtractor officials = new OfficialExtractor(g);
    DocumentExtractor documents = new DocumentExtractor(g);
    MeetingExtractor meetings = new MeetingExtractor(g);
    AgreementExtractor agreements = new AgreementExtractor(g);
    PillarExtractor pillars = new PillarExtractor(g);
    Extractor ex = Doingoai.extractor().referenceDate(LocalDate.of(2025, 1, 1)).build();
    Baseline base = new Baseline();
    LocalDate ref = LocalDate.of(2025, 1, 1);

    long[] ns = new long[NAMES.length];
    long sink = 0;
    // warm-up and measurement share the loop; the first third is thrown away
    for (int phase = 0; phase < 2; phase++) {
      java.util.Arrays.fill(ns, 0);
      long passes = 0;
      long whole = 0;
      long baseNs = 0;
      long end = System.nanoTime() + (long) (seconds * (phase == 0 ? 0.5 : 1) * 1e9);
      while (System.nanoTime() < end) {
        passes++;
        for (String t : texts) {
          long t0 = cpu();
          sink += LegacyEncoding.detect(t).encoding() == null ? 0 : 1;
          long t1 = cpu();
          NormalizedText n = VietnameseNormalizer.instance().normalize(t);
          long t2 = cpu();
          ArticleStructure st = ArticleStructure.of(n, g.boilerplate());
          long t3 = cpu();
          ArticleContext ctx = new ArticleContext(n, st, ref, g);
          ctx.dates(dates.extract(ctx));
          long t4 = cpu();
          ctx.officials(officials.extract(ctx));
          long t5 = cpu();
          ctx.documents(documents.extract(ctx));
          long t6 = cpu();
          meetings.extract(ctx);
          long t7 = cpu();
          ctx.agreements(agreements.extract(ctx));
          long t8 = cpu();
          sink += pillars.extract(ctx).pillars().size();
          long t9 = cpu();
          ns[0] += t1 - t0;
          ns[1] += t2 - t1;
          ns[2] += t3 - t2;
          ns[3] += t4 - t3;
          ns[4] += t5 - t4;
          ns[5] += t6 - t5;
          ns[6] += t7 - t6;
          ns[7] += t8 - t7;
          ns[8] += t9 - t8;
        }
        long w0 = cpu();
        for (String t : texts) {
          sink += ex.extract(t).officials().size();
        }
        long w1 = cpu();
        for (String t : texts) {
          sink += base.run(t);
        }
        long w2 = cpu();
        whole += w1 - w0;
        baseNs += w2 - w1;
      }
      if (phase == 1) {
        double total = passes * (double) chars;
        double b = baseNs / total;
        System.out.printf(java.util.Locale.ROOT, "%d articles, %d chars, %d passes%n", texts.size(), chars, passes);
        long sum = 0;
        for (int i = 0; i < NAMES.length; i++) {
          sum += ns[i];
          System.out.printf(java.util.Locale.ROOT, "  %-14s %8.1f ns/char  %5.1f%%%n", NAMES[i], ns[i] / total, 100.0 * ns[i] / Math.max(1, stagesSum(ns)));
        }
        System.out.printf(java.util.Locale.ROOT, "  %-14s %8.1f ns/char%n", "stages sum", sum / total);
        System.out.printf(java.util.Locale.ROOT, "  %-14s %8.1f ns/char  %.2f× baseline%n", "extract()", whole / total, whole / (double) baseNs);
        System.out.printf(java.util.Locale.ROOT, "  %-14s %8.1f ns/char%n", "ICU baseline", b);
      }
    }
    if (sink == 42) {
      System.out.println();
    }
  }

  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

  /**
   * This thread's CPU time: on a machine shared with other work, time the thread was not running
   * does not count, so figures taken under load stay comparable with each other.
   */
  private static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  private static long stagesSum(long[] ns) {
    long s = 0;
    for (long v : ns) {
      s += v;
    }
    return s;
  }
}
