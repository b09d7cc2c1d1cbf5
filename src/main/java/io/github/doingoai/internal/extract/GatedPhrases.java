package io.github.doingoai.internal.extract;

import io.github.doingoai.DataKind;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.gazetteer.LexiconEntry;
import io.github.doingoai.internal.gazetteer.PhraseIndex;
import io.github.doingoai.internal.text.VietnameseNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link PhraseIndex} that looks phrases up only where they may begin: {@link #longestAt} at a
 * char some phrase starts with, the range scans at a word start whose first word opens a phrase
 * ({@link WordGate}). Cue words are rare in a text: without the gate a range scan descends the trie
 * at every char. Same results as the index; immutable, thread-safe.
 *
 * @param <T> what a phrase stands for
 */
public final class GatedPhrases<T> {
  private final PhraseIndex<T> index;
  private final WordGate gate;
  /** {@code first[c]}: some phrase starts with {@code c}, i.e. the trie's root has a child {@code c}. */
  private final boolean[] first;

  /**
   * {@code keys} must be exactly the (non-empty) keys added to {@code index}; an empty key is
   * ignored, as {@link PhraseIndex.Builder#add} ignores it.
   */
  public GatedPhrases(PhraseIndex<T> index, Iterable<String> keys) {
    this.index = index;
    this.gate = new WordGate(keys);
    int max = -1;
    for (String k : keys) {
      if (!k.isEmpty()) {
        max = Math.max(max, k.charAt(0));
      }
    }
    first = new boolean[max + 1];
    for (String k : keys) {
      if (!k.isEmpty()) {
        first[k.charAt(0)] = true;
      }
    }
  }

  /** The gazetteer's index of {@code kind}, gated: it holds the key of every form of every entry. */
  public static GatedPhrases<LexiconEntry> of(Gazetteer gazetteer, DataKind kind) {
    List<String> keys = new ArrayList<>();
    for (LexiconEntry e : gazetteer.entries(kind)) {
      for (String f : e.forms()) {
        keys.add(VietnameseNormalizer.instance().key(f));
      }
    }
    return new GatedPhrases<>(gazetteer.index(kind), keys);
  }

  public PhraseIndex<T> index() {
    return index;
  }

  /** True when a phrase may start with {@code c}. */
  public boolean canStart(char c) {
    return c < first.length && first[c];
  }

  /** As {@link PhraseIndex#longestAt(String, int, int)}. */
  public PhraseIndex.Hit<T> longestAt(String lower, int pos, int limit) {
    if (pos < limit && !canStart(lower.charAt(pos))) {
      return null;
    }
    return index.longestAt(lower, pos, limit);
  }

  /** As {@link PhraseIndex#findAll(String, int, int)}. */
  public List<PhraseIndex.Hit<T>> findAll(String lower, int from, int to) {
    List<PhraseIndex.Hit<T>> out = new ArrayList<>();
    // the greedy scan of findAll, from one possible start to the next
    for (int p = gate.next(lower, from, to); p >= 0; ) {
      PhraseIndex.Hit<T> h = index.longestAt(lower, p, to);
      if (h != null) {
        out.add(h);
        p = h.end() < to ? gate.next(lower, h.end(), to) : -1;
      } else {
        p = gate.next(lower, p + 1, to);
      }
    }
    return out;
  }

  /**
   * {@code !findAll(lower, from, to).isEmpty()}, stopping at the first phrase: the greedy scan
   * finds something exactly when a phrase starts somewhere in the range and ends by {@code to}.
   */
  public boolean anyIn(String lower, int from, int to) {
    for (int p = gate.next(lower, from, to); p >= 0; p = gate.next(lower, p + 1, to)) {
      if (index.longestAt(lower, p, to) != null) {
        return true;
      }
    }
    return false;
  }

  /** As {@link #findAll(String, int, int)} of {@code words.lower()}, the gate reading the word table. */
  public List<PhraseIndex.Hit<T>> findAll(ArticleWords words, int from, int to) {
    String lower = words.lower();
    if (gate.hasOtherFirst()) {
      return findAll(lower, from, to);
    }
    List<PhraseIndex.Hit<T>> out = new ArrayList<>();
    if (from >= to) {
      return out;
    }
    int last = words.endingBy(to);
    for (int w = gate.nextWord(words, words.firstFrom(from), last); w >= 0; ) {
      PhraseIndex.Hit<T> h = index.longestAt(lower, words.start(w), to);
      if (h == null) {
        w = gate.nextWord(words, w + 1, last);
        continue;
      }
      out.add(h);
      int end = h.end();
      if (end >= to) {
        break;
      }
      // on from the first word at or after the phrase's end: a phrase spans a few words at most
      for (w++; w < last && words.start(w) < end; w++) {}
      w = gate.nextWord(words, w, last);
    }
    return out;
  }

  /** As {@link #anyIn(String, int, int)} of {@code words.lower()}, the gate reading the word table. */
  public boolean anyIn(ArticleWords words, int from, int to) {
    String lower = words.lower();
    if (gate.hasOtherFirst()) {
      return anyIn(lower, from, to);
    }
    if (from >= to) {
      return false;
    }
    int last = words.endingBy(to);
    for (int w = gate.nextWord(words, words.firstFrom(from), last); w >= 0; w = gate.nextWord(words, w + 1, last)) {
      if (index.longestAt(lower, words.start(w), to) != null) {
        return true;
      }
    }
    return false;
  }
}
