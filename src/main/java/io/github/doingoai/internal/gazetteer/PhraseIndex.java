package io.github.doingoai.internal.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds curated phrases in lower-case normalized text, whole words only, in time linear in the
 * text (times the longest phrase). Immutable after {@link Builder#build()}; thread-safe.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {

  /** A phrase found at normalized {@code [start, end)}. */
  public record Hit<T>(int start, int end, T value) {}

  /** A node of the trie while it is built; {@link Builder#build()} flattens the trie into arrays. */
  private static final class Node<T> {
    final Map<Character, Node<T>> next = new HashMap<>(4);
    T value;
  }

  // The frozen trie: node k's children are labels[first[k] .. first[k + 1]) (sorted) leading to
  // nodes child[...]; values[k] is the phrase ending at node k, or null. Node 0 is the root. Arrays
  // of chars and ints rather than a map per node: lookups box nothing and stay in a few cache lines.
  private final int[] first;
  private final char[] labels;
  private final int[] child;
  private final Object[] values;
  private final int size;
  // the root's children by char, for chars below rootTable.length (-1: none): nearly every look-up
  // fails at the root, and the root has the most children, so its step is one array load
  private final int[] rootTable;

  private PhraseIndex(int[] first, char[] labels, int[] child, Object[] values, int size) {
    this.first = first;
    this.labels = labels;
    this.child = child;
    this.values = values;
    this.size = size;
    int max = 0;
    for (int j = first[0]; j < first[1]; j++) {
      max = Math.max(max, labels[j]);
    }
    // Vietnamese letters end at U+1EF9; a root label beyond the table goes the general way
    this.rootTable = new int[Math.min(max, ROOT_TABLE_LIMIT) + 1];
    java.util.Arrays.fill(rootTable, -1);
    for (int j = first[0]; j < first[1]; j++) {
      if (labels[j] < rootTable.length) {
        rootTable[labels[j]] = child[j];
      }
    }
  }

  private static final int ROOT_TABLE_LIMIT = 0x1EFF;

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  public int size() {
    return size;
  }

  /** Builds an index; keys must already be lower-case normalized ({@code VietnameseNormalizer#key}). */
  public static final class Builder<T> {
    private final Node<T> root = new Node<>();
    private int size;

    /** Adds {@code key}; the first value added for a key wins. */
    public Builder<T> add(String key, T value) {
      if (key.isEmpty()) {
        return this;
      }
      Node<T> n = root;
      for (int i = 0; i < key.length(); i++) {
        n = n.next.computeIfAbsent(key.charAt(i), c -> new Node<>());
      }
      if (n.value == null) {
        n.value = value;
        size++;
      }
      return this;
    }

    public PhraseIndex<T> build() {
      // number the nodes breadth-first, then lay out each node's sorted children side by side
      List<Node<T>> order = new ArrayList<>();
      Map<Node<T>, Integer> id = new IdentityHashMap<>();
      order.add(root);
      id.put(root, 0);
      for (int k = 0; k < order.size(); k++) {
        for (Node<T> c : order.get(k).next.values()) {
          id.put(c, order.size());
          order.add(c);
        }
      }
      int nodes = order.size();
      int[] first = new int[nodes + 1];
      char[] labels = new char[nodes - 1];
      int[] child = new int[nodes - 1];
      Object[] values = new Object[nodes];
      int e = 0;
      for (int k = 0; k < nodes; k++) {
        Node<T> n = order.get(k);
        first[k] = e;
        values[k] = n.value;
        List<Character> keys = new ArrayList<>(n.next.keySet());
        keys.sort(null);
        for (Character c : keys) {
          labels[e] = c;
          child[e] = id.get(n.next.get(c));
          e++;
        }
      }
      first[nodes] = e;
      return new PhraseIndex<>(first, labels, child, values, size);
    }
  }

  /** The child of node {@code k} along {@code c}, or -1. */
  private int step(int k, char c) {
    if (k == 0) {
      if (c < rootTable.length) {
        return rootTable[c];
      }
      if (rootTable.length <= ROOT_TABLE_LIMIT) {
        return -1;
      }
    }
    int lo = first[k];
    int hi = first[k + 1] - 1;
    if (hi - lo < 8) {
      for (int j = lo; j <= hi; j++) {
        if (labels[j] == c) {
          return child[j];
        }
      }
      return -1;
    }
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char m = labels[mid];
      if (m < c) {
        lo = mid + 1;
      } else if (m > c) {
        hi = mid - 1;
      } else {
        return child[mid];
      }
    }
    return -1;
  }

  /** The longest phrase that starts at {@code pos} and ends at a word boundary, or {@code null}. */
  public Hit<T> longestAt(String lower, int pos) {
    return longestAt(lower, pos, lower.length());
  }

  /** As {@link #longestAt(String, int)}, not reading past {@code limit}. */
  public Hit<T> longestAt(String lower, int pos, int limit) {
    if (pos > 0 && isWordChar(lower.charAt(pos - 1))) {
      return null;
    }
    if (pos >= limit || step(0, lower.charAt(pos)) < 0) {
      return null;
    }
    int n = 0;
    int bestEnd = -1;
    Object best = null;
    for (int i = pos; i < limit; i++) {
      n = step(n, lower.charAt(i));
      if (n < 0) {
        break;
      }
      if (values[n] != null && (i + 1 == lower.length() || !isWordChar(lower.charAt(i + 1)))) {
        bestEnd = i + 1;
        best = values[n];
      }
    }
    @SuppressWarnings("unchecked")
    T value = (T) best;
    return best == null ? null : new Hit<>(pos, bestEnd, value);
  }

  /** Every phrase in {@code [from, to)}, longest first at each position, not overlapping, left to right. */
  public List<Hit<T>> findAll(String lower, int from, int to) {
    List<Hit<T>> out = null;
    int i = from;
    while (i < to) {
      // a phrase starts only at a word start: after a miss, go on to the next one
      Hit<T> h = step(0, lower.charAt(i)) >= 0 ? longestAt(lower, i, to) : null;
      if (h != null) {
        if (out == null) {
          out = new ArrayList<>(4);
        }
        out.add(h);
        i = h.end();
      } else {
        i++;
        while (i < to && isWordChar(lower.charAt(i - 1))) {
          i++;
        }
      }
    }
    return out == null ? List.of() : out;
  }

  public List<Hit<T>> findAll(String lower) {
    return findAll(lower, 0, lower.length());
  }

  static boolean isWordChar(char c) {
    return io.github.doingoai.internal.text.Chars.isWordChar(c);
  }

  /** Whether any phrase lies in {@code [from, to)}: {@link #findAll} without collecting the hits. */
  public boolean containsAny(String lower, int from, int to) {
    int i = from;
    while (i < to) {
      if (step(0, lower.charAt(i)) >= 0 && longestAt(lower, i, to) != null) {
        return true;
      }
      i++;
      while (i < to && isWordChar(lower.charAt(i - 1))) {
        i++;
      }
    }
    return false;
  }
}
