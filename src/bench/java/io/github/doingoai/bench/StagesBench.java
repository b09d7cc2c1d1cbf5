package io.github.doingoai.bench;

import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.text.ArticleStructure;
import io.github.doingoai.internal.text.NormalizedText;
import io.github.doingoai.internal.text.VietnameseNormalizer;
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
 * The shared front of the pipeline on its own, over the same corpus pass as {@link ThroughputBench}:
 * normalization, then normalization plus article structure. Set against the full extraction it
 * shows how the cost splits between the text layer and the extractors.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class StagesBench {
  String[] texts;
  Gazetteer gazetteer;

  @Setup(Level.Trial)
  public void setUp() {
    texts = Corpus.articles().toArray(new String[0]);
    gazetteer = Gazetteer.load(List.of());
  }

  @Benchmark
  public void normalize(Blackhole bh) {
    for (String t : texts) {
      bh.consume(VietnameseNormalizer.instance().normalize(t));
    }
  }

  @Benchmark
  public void normalizeAndStructure(Blackhole bh) {
    for (String t : texts) {
      NormalizedText n = VietnameseNormalizer.instance().normalize(t);
      bh.consume(ArticleStructure.of(n, gazetteer.boilerplate()));
    }
  }
}
