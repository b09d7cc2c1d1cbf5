package io.github.doingoai.internal.extract.meeting;

import java.util.Arrays;

/**
 * Where one string stands in an article, found once. A sentence-by-sentence {@code indexOf} runs
 * on past the sentence, to the article's end, wherever the string is absent; a substring copy
 * per sentence costs an allocation instead. Immutable.
 */
final class Occurrences {
  private final int[] at;
  private final int length;

  Occurrences(String text, String word) {
    length = word.length();
    int[] found = new int[4];
    int n = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      if (n == found.length) {
        found = Arrays.copyOf(found, n * 2);
      }
      found[n++] = i;
    }
    at = Arrays.copyOf(found, n);
  }

  /** {@code text.indexOf(word, from)}. */
  int next(int from) {
    int lo = 0;
    int hi = at.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (at[mid] < Math.max(from, 0)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < at.length ? at[lo] : -1;
  }

  /** {@code text.substring(from, to).contains(word)}, for {@code 0 <= from <= to <= text.length()}. */
  boolean in(int from, int to) {
    int a = next(from);
    return a >= 0 && a + length <= to;
  }
}
