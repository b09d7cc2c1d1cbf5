package io.github.doingoai.internal.extract.official;

import io.github.doingoai.internal.text.Chars;

/**
 * The first two words of the keys of some phrase lists, with a bit per list, probed with ranges of
 * a text so that no substring is made: which lists can have a phrase at a word start. Filled by
 * its owner's constructor; immutable and thread-safe after that.
 *
 * <p>Why it is exact: a key matches at {@code p} only when the text there equals the key and a
 * word boundary follows it. Cut the key into its runs of word chars: the run of word chars at
 * {@code p} then equals the key's first run, and (when the key has more) the text's next run
 * equals the key's second one. So a probe of the first word, and for keys of several words of the
 * first two, rules out every list that cannot match; most word starts of an article start no
 * title, body, honorific or place. A set bit is only a maybe: the list's own look-up decides.
 *
 * <p>Every word gets an id. A word of up to {@link #PACKED} chars is found by its chars packed in
 * two longs (no string to follow and compare: a probe of each word of an article must cost little),
 * a longer one by its string. A pair of words is found by their two ids.
 *
 * <p>Also used as a plain set of words ({@link #addWhole}, {@link #get}).
 */
final class WordHeads {
  /** Words of up to this many chars are packed: four 16-bit chars per long. */
  static final int PACKED = 8;

  // short words: open addressing on the packed chars (keyA 0: empty; a word char is never 0)
  private long[] keyA = new long[64];
  private long[] keyB = new long[64];
  private int[] shortIds = new int[64];
  // long words: open addressing on the strings
  private String[] longKeys = new String[16];
  private int[] longHashes = new int[16];
  private int[] longIds = new int[16];
  private int longCount;
  // by id: bits of the keys that are that one word, and of the keys that start with it and go on
  private int[] alone = new int[64];
  private int[] leads = new int[64];
  private int ids;
  // pairs of ids (first -1: empty)
  private int[] pairFirst = newEmpty(16);
  private int[] pairSecond = new int[16];
  private int[] pairBits = new int[16];
  private int pairCount;
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
    int first = add(key, 0, e1);
    if (s2 == key.length()) {
      alone[first] |= bit;
      return;
    }
    leads[first] |= bit;
    int second = add(key, s2, runEnd(key, s2));
    int at = pairSlot(first, second);
    if (pairFirst[at] < 0) {
      pairFirst[at] = first;
      pairSecond[at] = second;
      pairCount++;
      if (pairCount * 2 > pairFirst.length) {
        growPairs();
        at = pairSlot(first, second);
      }
    }
    pairBits[at] |= bit;
  }

  /** Adds {@code bit} to the bits of exactly {@code s} (as a key of one word). */
  void addWhole(String s, int bit) {
    if (s.isEmpty()) {
      emptyBits |= bit;
      return;
    }
    int id = add(s, 0, s.length());
    alone[id] |= bit;
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
    int first = id(lower, p, e1);
    if (first < 0 || leads[first] == 0) {
      return first < 0 ? 0 : alone[first];
    }
    int s2 = e1;
    while (s2 < lower.length() && !Chars.isWordChar(lower.charAt(s2))) {
      s2++;
    }
    return bits(first, s2 < lower.length() ? id(lower, s2, runEnd(lower, s2)) : -1);
  }

  /** The id of the word {@code s[from, to)} (not empty), or -1 when it is in no key. */
  int id(String s, int from, int to) {
    if (to - from > PACKED) {
      return longId(s, from, to, hash(s, from, to));
    }
    long a = 0;
    long b = 0;
    for (int k = from; k < to; k++) {
      if (k - from < 4) {
        a = a << 16 | s.charAt(k);
      } else {
        b = b << 16 | s.charAt(k);
      }
    }
    return shortId(a, b);
  }

  /**
   * The id of a word of up to {@link #PACKED} chars: {@code a} holds its first four chars, {@code
   * b} the rest, each {@code (x << 16) | c} char by char from 0; -1 when it is in no key.
   */
  int shortId(long a, long b) {
    int slot = shortSlot(a, b);
    return keyA[slot] == 0 ? -1 : shortIds[slot];
  }

  /** The id of the word {@code s[from, to)} of more than {@link #PACKED} chars whose {@link String#hashCode()} is {@code h}, or -1. */
  int longId(String s, int from, int to, int h) {
    int slot = longSlot(s, from, to, h);
    return longKeys[slot] == null ? -1 : longIds[slot];
  }

  /** The bits at a word start whose word has id {@code first} and the next word id {@code second} (-1: none). */
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
    int id = id(s, from, to);
    return id < 0 ? 0 : alone[id];
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

  private static int[] newEmpty(int size) {
    int[] a = new int[size];
    java.util.Arrays.fill(a, -1);
    return a;
  }

  /** The id of {@code s[from, to)}, added when new. */
  private int add(String s, int from, int to) {
    int found = id(s, from, to);
    if (found >= 0) {
      return found;
    }
    int id = ids++;
    if (id == alone.length) {
      alone = java.util.Arrays.copyOf(alone, id * 2);
      leads = java.util.Arrays.copyOf(leads, id * 2);
    }
    if (to - from > PACKED) {
      String w = s.substring(from, to);
      int h = w.hashCode();
      int slot = longSlot(w, 0, w.length(), h);
      longKeys[slot] = w;
      longHashes[slot] = h;
      longIds[slot] = id;
      if (++longCount * 2 > longKeys.length) {
        growLong();
      }
    } else {
      long a = 0;
      long b = 0;
      for (int k = from; k < to; k++) {
        if (k - from < 4) {
          a = a << 16 | s.charAt(k);
        } else {
          b = b << 16 | s.charAt(k);
        }
      }
      int slot = shortSlot(a, b);
      keyA[slot] = a;
      keyB[slot] = b;
      shortIds[slot] = id;
      if (ids * 2 > keyA.length) {
        growShort();
      }
    }
    return id;
  }

  /** The slot holding the packed word {@code (a, b)}, or the empty one where it would go. */
  private int shortSlot(long a, long b) {
    int m = keyA.length - 1;
    long x = (a * 0x9E3779B97F4A7C15L + b) * 0xBF58476D1CE4E5B9L;
    int slot = (int) (x >>> 40) & m;
    while (keyA[slot] != 0 && (keyA[slot] != a || keyB[slot] != b)) {
      slot = (slot + 1) & m;
    }
    return slot;
  }

  /** The slot holding the word {@code s[from, to)}, or the empty one where it would go. */
  private int longSlot(String s, int from, int to, int h) {
    int m = longKeys.length - 1;
    int slot = (h ^ (h >>> 15)) & m;
    int len = to - from;
    while (true) {
      String k = longKeys[slot];
      if (k == null || (longHashes[slot] == h && k.length() == len && s.startsWith(k, from))) {
        return slot;
      }
      slot = (slot + 1) & m;
    }
  }

  /** The slot holding the pair of ids {@code (a, b)}, or the empty one where it would go. */
  private int pairSlot(int a, int b) {
    int m = pairFirst.length - 1;
    int h = a * 0x9E3779B1 + b;
    int slot = (h ^ (h >>> 16)) & m;
    while (pairFirst[slot] >= 0 && (pairFirst[slot] != a || pairSecond[slot] != b)) {
      slot = (slot + 1) & m;
    }
    return slot;
  }

  private void growShort() {
    long[] oldA = keyA;
    long[] oldB = keyB;
    int[] oldIds = shortIds;
    keyA = new long[oldA.length * 2];
    keyB = new long[keyA.length];
    shortIds = new int[keyA.length];
    for (int k = 0; k < oldA.length; k++) {
      if (oldA[k] != 0) {
        int slot = shortSlot(oldA[k], oldB[k]);
        keyA[slot] = oldA[k];
        keyB[slot] = oldB[k];
        shortIds[slot] = oldIds[k];
      }
    }
  }

  private void growLong() {
    String[] oldKeys = longKeys;
    int[] oldHashes = longHashes;
    int[] oldIds = longIds;
    longKeys = new String[oldKeys.length * 2];
    longHashes = new int[longKeys.length];
    longIds = new int[longKeys.length];
    for (int k = 0; k < oldKeys.length; k++) {
      if (oldKeys[k] != null) {
        int slot = longSlot(oldKeys[k], 0, oldKeys[k].length(), oldHashes[k]);
        longKeys[slot] = oldKeys[k];
        longHashes[slot] = oldHashes[k];
        longIds[slot] = oldIds[k];
      }
    }
  }

  private void growPairs() {
    int[] oldFirst = pairFirst;
    int[] oldSecond = pairSecond;
    int[] oldBits = pairBits;
    pairFirst = newEmpty(oldFirst.length * 2);
    pairSecond = new int[pairFirst.length];
    pairBits = new int[pairFirst.length];
    for (int k = 0; k < oldFirst.length; k++) {
      if (oldFirst[k] >= 0) {
        int slot = pairSlot(oldFirst[k], oldSecond[k]);
        pairFirst[slot] = oldFirst[k];
        pairSecond[slot] = oldSecond[k];
        pairBits[slot] = oldBits[k];
      }
    }
  }
}
