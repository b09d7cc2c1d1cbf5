package io.github.doingoai.internal.extract.official;

import io.github.doingoai.internal.text.Chars;

/**
 * The first two words of the keys of some phrase lists, with a bit per list, probed with ranges of
 * a text so that no substring is made: which lists can have a phrase at a word start. Immutable
 * once the owner's constructor has filled it; thread-safe.
 *
 * <p>Why it is exact: a key matches at {@code p} only when the text there equals the key and a
 * word boundary follows it. Cut the key into its runs of word chars: the run of word chars at
 * {@code p} then equals the key's first run, and (when the key has more) the text's next run
 * equals the key's second one. So a probe of the first word, and for keys of several words one of
 * the first two, rule out every list that cannot match; and most word starts of an article start
 * no title, body, honorific or place. A set bit is only a maybe: the list's own look-up decides.
 *
 * <p>Also used as a plain set of words ({@link #addWhole}, {@link #get}).
 */
final class WordHeads {
  // words: open addressing, key strings with their hashes; bits of the keys that are that one word,
  // and bits of the keys that start with it and go on
  private String[] words = new String[64];
  private int[] wordHashes = new int[64];
  private int[] alone = new int[64];
  private int[] leads = new int[64];
  private int wordCount;
  // first two words of the keys of several words, stored as "first second"
  private String[] pairs = new String[64];
  private int[] pairHashes = new int[64];
  private int[] pairBits = new int[64];
  private int pairCount;
  /** The union of the bits of the words by a hash of their first two chars: most words are rejected without a probe. */
  private final int[] startBits = new int[1 << 12];
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
    // (the slot first: adding may grow the arrays)
    int slot1 = addWord(first);
    if (s2 == key.length()) {
      alone[slot1] |= bit;
      return;
    }
    leads[slot1] |= bit;
    int e2 = runEnd(key, s2);
    String pair = first + " " + key.substring(s2, e2);
    int h = pairHash(hash(key, 0, e1), hash(key, s2, e2));
    int slot = findPair(key, 0, e1, s2, e2, h);
    if (pairs[slot] == null) {
      pairs[slot] = pair;
      pairHashes[slot] = h;
      pairCount++;
      if (pairCount * 2 > pairs.length) {
        growPairs();
        slot = findPair(key, 0, e1, s2, e2, h);
      }
    }
    pairBits[slot] |= bit;
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
    int s2 = e1;
    while (s2 < lower.length() && !Chars.isWordChar(lower.charAt(s2))) {
      s2++;
    }
    int e2 = runEnd(lower, s2);
    return startsAt(lower, p, e1, hash(lower, p, e1), s2, e2, hash(lower, s2, e2));
  }

  /**
   * The bits at the word {@code lower[p, e1)} (hash {@code h1}) followed by the word {@code
   * lower[s2, e2)} (hash {@code h2}; {@code s2 == e2} when the text has no more words).
   */
  int startsAt(String lower, int p, int e1, int h1, int s2, int e2, int h2) {
    int slot = findWord(lower, p, e1, h1);
    if (slot < 0) {
      return 0;
    }
    int bits = alone[slot];
    if (leads[slot] != 0 && s2 < e2) {
      int ps = findPair(lower, p, e1, s2, e2, pairHash(h1, h2));
      if (pairs[ps] != null) {
        bits |= pairBits[ps];
      }
    }
    return bits;
  }

  /** The bits of exactly {@code s[from, to)} among the words added whole, 0 when it was never added. */
  int get(String s, int from, int to) {
    if (to == from) {
      return emptyBits;
    }
    int slot = findWord(s, from, to, hash(s, from, to));
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

  private static int pairHash(int h1, int h2) {
    return h1 * 0x9E3779B1 + h2;
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
      startBits[start(w, 0, w.length())] = 1;
      wordCount++;
      if (wordCount * 2 > words.length) {
        growWords();
        slot = probeWord(w, 0, w.length(), h);
      }
    }
    return slot;
  }

  /** The slot of the word {@code s[from, to)}, or -1 when it is not there. */
  private int findWord(String s, int from, int to, int h) {
    if (startBits[start(s, from, to)] == 0) {
      return -1;
    }
    int slot = probeWord(s, from, to, h);
    return words[slot] == null ? -1 : slot;
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

  /** The slot that holds the pair of words {@code s[p, e1)} and {@code s[s2, e2)}, or the empty one where it would go. */
  private int findPair(String s, int p, int e1, int s2, int e2, int h) {
    int m = pairs.length - 1;
    int slot = (h ^ (h >>> 15)) & m;
    int len1 = e1 - p;
    int len2 = e2 - s2;
    while (true) {
      String k = pairs[slot];
      if (k == null || (pairHashes[slot] == h && k.length() == len1 + 1 + len2 && k.charAt(len1) == ' '
          && s.regionMatches(p, k, 0, len1) && s.regionMatches(s2, k, len1 + 1, len2))) {
        return slot;
      }
      slot = (slot + 1) & m;
    }
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

  private void growPairs() {
    String[] oldPairs = pairs;
    int[] oldHashes = pairHashes;
    int[] oldBits = pairBits;
    pairs = new String[oldPairs.length * 2];
    pairHashes = new int[pairs.length];
    pairBits = new int[pairs.length];
    for (int k = 0; k < oldPairs.length; k++) {
      if (oldPairs[k] != null) {
        String pair = oldPairs[k];
        int sp = pair.indexOf(' ');
        int slot = findPair(pair, 0, sp, sp + 1, pair.length(), oldHashes[k]);
        pairs[slot] = pair;
        pairHashes[slot] = oldHashes[k];
        pairBits[slot] = oldBits[k];
      }
    }
  }
}
