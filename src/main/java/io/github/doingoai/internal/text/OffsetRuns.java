package io.github.doingoai.internal.text;

import java.util.Arrays;

/**
 * The offset map of a {@link NormalizedText}, stored by runs rather than two ints per char: in
 * ordinary text nearly every normalized char comes from the original char at a fixed distance
 * ({@code i + delta}), so one run covers everything between two edits (a dropped char, a collapsed
 * space, a CRLF, an entity, a composed letter).
 *
 * <p>Run {@code r} covers normalized {@code [at[r], at[r + 1])} (the last run up to the length);
 * its char {@code i} comes from original {@code [i + delta[r], i + delta[r] + 1)}, except the run's
 * last char, which ends at {@code lastEnd[r]}. Starts never decrease from one char to the next (the
 * normalizer emits in original order), which {@link #lowerBound} relies on.
 */
final class OffsetRuns {
  /** A delta no run has: the last char appended ended its run, the next one opens another. */
  static final int BROKEN = Integer.MIN_VALUE;

  private int[] at;
  private int[] delta;
  private int[] lastEnd;
  private int runs;
  private int length;

  OffsetRuns() {
    this(4);
  }

  private OffsetRuns(int capacity) {
    at = new int[capacity];
    delta = new int[capacity];
    lastEnd = new int[capacity];
  }

  /**
   * Opens a run at normalized {@code k} whose chars start {@code d} chars later in the original,
   * closing the run before it (if any) with {@code prevLastEnd}, the end of its last char.
   */
  void open(int k, int d, int prevLastEnd) {
    if (runs > 0) {
      lastEnd[runs - 1] = prevLastEnd;
    }
    if (runs == at.length) {
      int cap = runs * 2;
      at = Arrays.copyOf(at, cap);
      delta = Arrays.copyOf(delta, cap);
      lastEnd = Arrays.copyOf(lastEnd, cap);
    }
    at[runs] = k;
    delta[runs] = d;
    runs++;
  }

  /** Ends building: the text has {@code length} chars, the last of which ends at {@code end}. */
  void close(int length, int end) {
    this.length = length;
    if (runs > 0) {
      lastEnd[runs - 1] = end;
    }
  }

  /** The runs of a map given char by char (the first {@code len} entries of the arrays). */
  static OffsetRuns of(int[] starts, int[] ends, int len) {
    // counted first, so that the arrays are made once at their size
    int count = 0;
    int d = BROKEN;
    for (int k = 0; k < len; k++) {
      int os = starts[k];
      if (os - k != d) {
        count++;
        d = os - k;
      }
      if (ends[k] != os + 1) {
        d = BROKEN;
      }
    }
    OffsetRuns m = new OffsetRuns(Math.max(1, count));
    d = BROKEN;
    int tail = 0;
    for (int k = 0; k < len; k++) {
      int os = starts[k];
      if (os - k != d) {
        m.open(k, os - k, d == BROKEN ? tail : k + d);
        d = os - k;
      }
      if (ends[k] != os + 1) {
        d = BROKEN;
        tail = ends[k];
      }
    }
    m.close(len, d == BROKEN ? tail : len + d);
    return m;
  }

  int runs() {
    return runs;
  }

  /** The run holding normalized char {@code i} ({@code 0 <= i < length}). */
  private int runOf(int i) {
    if (runs == 1) {
      return 0;
    }
    int lo = 0;
    int hi = runs - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (at[mid] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private int runEnd(int r) {
    return r + 1 < runs ? at[r + 1] : length;
  }

  /** Original offset where normalized char {@code i} starts ({@code 0 <= i < length}). */
  int start(int i) {
    return i + delta[runOf(i)];
  }

  /** Original offset where normalized char {@code i} ends ({@code 0 <= i < length}). */
  int end(int i) {
    int r = runOf(i);
    return i == runEnd(r) - 1 ? lastEnd[r] : i + delta[r] + 1;
  }

  /** The first normalized char that starts at or after original offset {@code o}, or the length. */
  int lowerBound(int o) {
    // the first run whose last char starts at or after o; inside it, starts rise one by one
    int lo = 0;
    int hi = runs;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (runEnd(mid) - 1 + delta[mid] >= o) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    if (lo == runs) {
      return length;
    }
    return Math.max(at[lo], o - delta[lo]);
  }
}
