package io.github.doingoai.internal.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
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

  private static final class Node<T> {
    final Map<Character, Node<T>> next = new HashMap<>(4);
    T value;
  }

  private final Node<T> root;
  private final int size;

  private PhraseIndex(Node<T> root, int size) {
    this.root = root;
    this.size = size;
  }

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
      return new PhraseIndex<>(root, size);
    }
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
    Node<T> n = root;
    Hit<T> best = null;
    for (int i = pos; i < limit; i++) {
      n = n.next.get(lower.charAt(i));
      if (n == null) {
        break;
      }
      if (n.value != null && (i + 1 == lower.length() || !isWordChar(lower.charAt(i + 1)))) {
        best = new Hit<>(pos, i + 1, n.value);
      }
    }
    return best;
  }

  /** Every phrase in {@code [from, to)}, longest first at each position, not overlapping, left to right. */
  public List<Hit<T>> findAll(String lower, int from, int to) {
    List<Hit<T>> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      Hit<T> h = root.next.containsKey(lower.charAt(i)) ? longestAt(lower, i, to) : null;
      if (h != null) {
        out.add(h);
        i = h.end();
      } else {
        i++;
      }
    }
    return out;
  }

  public List<Hit<T>> findAll(String lower) {
    return findAll(lower, 0, lower.length());
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }
}
