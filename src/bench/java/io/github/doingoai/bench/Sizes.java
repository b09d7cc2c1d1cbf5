package io.github.doingoai.bench;

import io.github.doingoai.Doingoai;
import io.github.doingoai.Extractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Cost per char of one extraction over 1 KB, 10 KB, 100 KB and 1 MB of {@link Corpus#longText},
 * in thread CPU time, in one JVM: a quick look at linearity between JMH runs.
 *
 * <pre>
 * java -cp target/benchmarks.jar io.github.doingoai.bench.Sizes
 * </pre>
 */
public final class Sizes {
  private Sizes() {}

  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Extractor ex = Doingoai.extractor().build();
    long sink = 0;
    double min = Double.MAX_VALUE;
    double max = 0;
    for (int size : new int[] {1_000, 10_000, 100_000, 1_000_000}) {
      String t = Corpus.longText(size);
      // the same number of chars at every size, so that each point gets a comparable warm-up
      int reps = Math.max(3, 3_000_000 / size);
      for (int i = 0; i < reps; i++) {
        sink += ex.extract(t).officials().size();
      }
      long c0 = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < reps; i++) {
        sink += ex.extract(t).officials().size();
      }
      long c1 = threads.getCurrentThreadCpuTime();
      double perChar = (c1 - c0) / (double) reps / size;
      min = Math.min(min, perChar);
      max = Math.max(max, perChar);
      System.out.printf("%9d chars: %7.1f ns/char%n", size, perChar);
    }
    System.out.printf("max/min: %.2fx (%d)%n", max / min, sink % 10);
  }
}
