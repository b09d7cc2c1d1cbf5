package io.github.doingoai.bench;

import io.github.doingoai.Doingoai;
import io.github.doingoai.Extractor;
import io.github.doingoai.model.Extraction;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Full extraction against the ICU baseline over the whole benchmark corpus: one operation is one
 * pass over every article, so ops/s times the corpus size is chars/s, and the GC profiler's bytes
 * per op divided by the article count is the allocation per article. Run with one thread and with
 * two: the extractor is shared by all threads ({@link Scope#Benchmark}), as users are told to.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ThroughputBench {

  /** One extractor and the texts, shared by every thread. */
  @State(Scope.Benchmark)
  public static class Shared {
    Extractor extractor;
    String[] texts;

    @Setup(Level.Trial)
    public void setUp() {
      extractor = Doingoai.extractor().build();
      List<String> all = Corpus.articles();
      texts = all.toArray(new String[0]);
    }
  }

  /** The baseline's per-thread state. */
  @State(Scope.Thread)
  public static class PerThread {
    Baseline baseline;

    @Setup(Level.Trial)
    public void setUp() {
      baseline = new Baseline();
    }
  }

  @Benchmark
  public void extract(Shared s, Blackhole bh) {
    for (String t : s.texts) {
      Extraction r = s.extractor.extract(t);
      bh.consume(r);
    }
  }

  @Benchmark
  public void baseline(Shared s, PerThread p, Blackhole bh) {
    for (String t : s.texts) {
      bh.consume(p.baseline.run(t));
    }
  }
}
