package io.github.doingoai.bench;

import io.github.doingoai.Doingoai;
import io.github.doingoai.Extractor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time per text of article-like text of 1 KB, 100 KB and 1 MB ({@link Corpus#longText}); divided by
 * the length it is the cost per char, which must not grow with the length.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class ScalingBench {

  @Param({"1000", "100000", "1000000"})
  public int size;

  Extractor extractor;
  Baseline baseline;
  String text;

  @Setup(Level.Trial)
  public void setUp() {
    extractor = Doingoai.extractor().build();
    baseline = new Baseline();
    text = Corpus.longText(size);
  }

  @Benchmark
  public Object extract() {
    return extractor.extract(text);
  }

  @Benchmark
  public int baseline() {
    return baseline.run(text);
  }
}
