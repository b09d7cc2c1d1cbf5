package io.github.doingoai.bench;

import io.github.doingoai.Doingoai;
import io.github.doingoai.Extractor;

/**
 * Run in a fresh JVM (with {@code -XX:+UseSerialGC}, whose full collections leave only live
 * objects): prints the heap retained by the ICU baseline, by the first extractor (with the static
 * data it loads) and by a second one, each the difference of the heap used after full GCs.
 */
public final class HeapProbe {
  private HeapProbe() {}

  @SuppressWarnings("unused")
  private static Object keep1;
  @SuppressWarnings("unused")
  private static Object keep2;
  @SuppressWarnings("unused")
  private static Object keep3;

  public static void main(String[] args) {
    long before = used();
    keep1 = new Baseline();
    long afterBaseline = used();
    Extractor first = Doingoai.extractor().build();
    keep2 = first;
    long afterFirst = used();
    keep3 = Doingoai.extractor().build();
    long afterSecond = used();
    System.out.println("baseline=" + (afterBaseline - before) + " first=" + (afterFirst - afterBaseline)
        + " second=" + (afterSecond - afterFirst));
  }

  /** Heap in use after full collections, repeated until two readings agree. */
  static long used() {
    Runtime rt = Runtime.getRuntime();
    long last = -1;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long u = rt.totalMemory() - rt.freeMemory();
      if (u == last) {
        return u;
      }
      last = u;
    }
    return last;
  }
}
