package io.github.doingoai.internal.extract.official;

import io.github.doingoai.internal.text.Chars;
import java.util.ArrayList;
import java.util.List;

/**
 * The first two words of the keys of some phrase lists, with a bit per list, probed with ranges of
 * a text so that no substring is made: which lists can have a phrase at a word start. Filled, then
 * {@link #freeze() frozen}, by its owner's constructor; immutable and thread-safe after that.
 *
 * <p>Why it is exact: a key matches at {@code p} only when the text there equals the key and a
 * word boundary follows it. Cut the key into its runs of word chars: the run of word chars at
 * {@code p} then equals the key's first run, and (when the key has more) the text's next run
 * equals the key's second one. So a probe of the first word, and for keys of several words of the
 * first two, rules out every list that cannot match; most word starts of an article start no
 * title, body, honorific or place. A set bit is only a maybe: the list's own look-up decides.
 *
 * <p>Each word of a text is probed once ({@link #slot}); a pair of words is then looked up by the
 * two slots, with no second string compare.
 *
 * <p>Also used as a plain set of words ({@link #addWhole}, {@link #get}).
 */
final class WordHeads {
  // the words: open addressing, key strings with their hashes; bits of the keys that are that one
  // word, and bits of the keys that start with it and go on
  private String[] words = new String[64];
  private int[] wordHashes = new int[64];
  private int[] alone = new int[64];
  private int[] leads = new int[64];
  private int wordCount;
  /** By a hash of a word's first two chars: whether any word starts so (most words of a text are rejected without a probe). */
  private final boolean[] starts = new boolean[1 << 12];
  // the first two words of keys of several words, until frozen
  private final List<String[]> pending = new ArrayList<>();
  private final List<Integer> pendingBits = new ArrayList<>();
  // after freeze: by the two words' slots (-1: empty)
  private int[] pairFirst = {-1};
  private int[] pairSecond = {-1};
  private int[] pairBits = {0};
  /** Bits of the lists with a key that starts with a char that is not a word char. */
  private int nonWordBits;
  /** Bits of the empty string, if it was added. */
  private int emptyBits;

  /** Records that the list {@code bit} has the lower-case normalized {@code key}. */
  void addKey(String key, int bit) {
    if (key.isEmpty()) {
      return;
    }
    int e1 = runEnd(key, 0);
    if (e1 == 0) {
      nonWordBits |= bit;
      return;
    }
    int s2 = e1;
    while (s2 < key.length() && !Chars.isWordChar(key.charAt(s2))) {
      s2++;
    }
    String first = key.substring(0, e1);
    int slot = addWord(first);
    if (s2 == key.length()) {
      alone[slot] |= bit;
      return;
    }
    leads[slot] |= bit;
    String second = key.substring(s2, runEnd(key, s2));
    addWord(second);
    pending.add(new String[] {first, second});
    pendingBits.add(bit);
  }

  /** Adds {@code bit} to the bits of exactly {@code s} (as a key of one word). */
  void addWhole(String s, int bit) {
    if (s.isEmpty()) {
      emptyBits |= bit;
      return;
    }
    int slot = addWord(s);
    alone[slot] |= bit;
  }

  /** Builds the table of pairs, now that no word will move. */
  void freeze() {
    int size = 2;
    while (size < pending.size() * 2) {
      size *= 2;
    }
    pairFirst = new int[size];
    pairSecond = new int[size];
    pairBits = new int[size];
    java.util.Arrays.fill(pairFirst, -1);
    for (int k = 0; k < pending.size(); k++) {
      String[] pair = pending.get(k);
      int a = slot(pair[0], 0, pair[0].length());
      int b = slot(pair[1], 0, pair[1].length());
      int at = pairSlot(a, b);
      pairFirst[at] = a;
      pairSecond[at] = b;
      pairBits[at] |= pendingBits.get(k);
    }
    pending.clear();
    pendingBits.clear();
  }

  int nonWordBits() {
    return nonWordBits;
  }

  /**
   * The bits of the lists that may have a key starting at {@code p} of {@code lower}; 0 when none
   * can (as {@code PhraseIndex.longestAt}, nothing starts inside a word or at the end).
   */
  int at(String lower, int p) {
    int n = lower.length();
    if (p >= n || (p > 0 && Chars.isWordChar(lower.charAt(p - 1)))) {
      return 0;
    }
    return wordAt(lower, p);
  }

  /** As {@link #at} for a {@code p} already known to be in range and not inside a word. */
  int wordAt(String lower, int p) {
    if (!Chars.isWordChar(lower.charAt(p))) {
      return nonWordBits;
    }
    int e1 = runEnd(lower, p);
    int first = slot(lower, p, e1);
    if (first < 0 || leads[first] == 0) {
      return first < 0 ? 0 : alone[first];
    }
    int s2 = e1;
    while (s2 < lower.length() && !Chars.isWordChar(lower.charAt(s2))) {
      s2++;
    }
    return bits(first, s2 < lower.length() ? slot(lower, s2, runEnd(lower, s2)) : -1);
  }

  /** The slot of the word {@code s[from, to)} (not empty), or -1 when it is in no key. */
  int slot(String s, int from, int to) {
    return slot(s, from, to, hash(s, from, to));
  }

  /** As {@link #slot(String, int, int)} given {@code h}, the {@link String#hashCode()} of {@code s[from, to)}. */
  int slot(String s, int from, int to, int h) {
    if (!starts[start(s, from, to)]) {
      return -1;
    }
    int slot = probeWord(s, from, to, h);
    return words[slot] == null ? -1 : slot;
  }

  /** The bits at a word start whose word has slot {@code first} and the next word slot {@code second} (-1: none). */
  int bits(int first, int second) {
    if (first < 0) {
      return 0;
    }
    int b = alone[first];
    if (leads[first] != 0 && second >= 0) {
      int at = pairSlot(first, second);
      if (pairFirst[at] >= 0) {
        b |= pairBits[at];
      }
    }
    return b;
  }

  /** The bits of exactly {@code s[from, to)} among the words added whole, 0 when it was never added. */
  int get(String s, int from, int to) {
    if (to == from) {
      return emptyBits;
    }
    int slot = slot(s, from, to);
    return slot < 0 ? 0 : alone[slot];
  }

  private static int runEnd(String s, int i) {
    int e = i;
    while (e < s.length() && Chars.isWordChar(s.charAt(e))) {
      e++;
    }
    return e;
  }

  /** {@link String#hashCode()} of {@code s[from, to)}. */
  private static int hash(String s, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + s.charAt(k);
    }
    return h;
  }

  /** A hash in [0, 4096) of the first two chars of {@code s[from, to)} (one when that is all). */
  private static int start(String s, int from, int to) {
    int c1 = to - from > 1 ? s.charAt(from + 1) : 0;
    return (s.charAt(from) * 61 + c1) & 4095;
  }

  private int addWord(String w) {
    int h = hash(w, 0, w.length());
    int slot = probeWord(w, 0, w.length(), h);
    if (words[slot] == null) {
      words[slot] = w;
      wordHashes[slot] = h;
      starts[start(w, 0, w.length())] = true;
      wordCount++;
      if (wordCount * 2 > words.length) {
        growWords();
        slot = probeWord(w, 0, w.length(), h);
      }
    }
    return slot;
  }

  /** The slot that holds the word {@code s[from, to)}, or the empty one where it would go. */
  private int probeWord(String s, int from, int to, int h) {
    int m = words.length - 1;
    int slot = (h ^ (h >>> 15)) & m;
    int len = to - from;
    while (true) {
      String k = words[slot];
      if (k == null || (wordHashes[slot] == h && k.length() == len && s.startsWith(k, from))) {
        return slot;
      }
      slot = (slot + 1) & m;
    }
  }

  /** The slot that holds the pair of word slots {@code (a, b)}, or the empty one where it would go. */
  private int pairSlot(int a, int b) {
    int m = pairFirst.length - 1;
    int h = a * 0x9E3779B1 + b;
    int slot = (h ^ (h >>> 16)) & m;
    while (pairFirst[slot] >= 0 && (pairFirst[slot] != a || pairSecond[slot] != b)) {
      slot = (slot + 1) & m;
    }
    return slot;
  }

  private void growWords() {
    String[] oldWords = words;
    int[] oldHashes = wordHashes;
    int[] oldAlone = alone;
    int[] oldLeads = leads;
    words = new String[oldWords.length * 2];
    wordHashes = new int[words.length];
    alone = new int[words.length];
    leads = new int[words.length];
    for (int k = 0; k < oldWords.length; k++) {
      if (oldWords[k] != null) {
        int slot = probeWord(oldWords[k], 0, oldWords[k].length(), oldHashes[k]);
        words[slot] = oldWords[k];
        wordHashes[slot] = oldHashes[k];
        alone[slot] = oldAlone[k];
        leads[slot] = oldLeads[k];
      }
    }
  }
}
