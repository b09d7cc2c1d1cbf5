package io.github.doingoai.bench;

import io.github.doingoai.Doingoai;
import io.github.doingoai.Extractor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * {@code build()}: run warm (average time) it is the cost of a second extractor; run as a single
 * shot in fresh forks it is what the first one costs a starting application (class loading,
 * ICU data, interpreted code). The baseline is the set-up of the ICU baseline.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BuildBench {

  @Benchmark
  @BenchmarkMode({Mode.AverageTime, Mode.SingleShotTime})
  public Extractor build() {
    return Doingoai.extractor().build();
  }

  @Benchmark
  @BenchmarkMode({Mode.AverageTime, Mode.SingleShotTime})
  public Baseline baseline() {
    return new Baseline();
  }
}
