package io.github.doingoai.internal.extract.official;

import io.github.doingoai.internal.text.Chars;

/**
 * A filter on the first two words of the keys of some phrase lists, with a bit per list: which
 * lists can have a phrase at a word start. Filled by its owner's constructor; immutable and
 * thread-safe after that.
 *
 * <p>Why it never rules out a phrase: a key matches at {@code p} only when the text there equals
 * the key and a word boundary follows it. Cut the key into its runs of word chars: the run of word
 * chars at {@code p} then equals the key's first run, and (when the key has more) the text's next
 * run equals the key's second one. The filter keeps, by the hash of the first run, the bits of the
 * keys of one run, and by the hashes of the first two runs the bits of the longer keys; a text's
 * word gets the bits under the hashes of its word and the next. Words of a hash share their bits,
 * so a bit is only a maybe (the list's own look-up decides), but a missing bit is a sure no.
 *
 * <p>Two steps, for the pipeline reads it cold, article after article: a small set of bits by a
 * slot of the hash rules out most words with two loads; the few it lets through are checked by the
 * whole hash, which gives the lists' bits, so that a common word that merely shares a slot with a
 * key is ruled out too. The first step only says maybe or no: one bit a slot keeps it a few cache
 * lines, which stay in the cache from one article to the next.
 */
final class WordHeads {
  private static final int SIZE_BITS = 13;

  /** By slot of the hash of a word: some key is that one word. */
  private final long[] alone = new long[1 << (SIZE_BITS - 6)];
  /** By slot of the hashes of two words: some key has them as its first two words. */
  private final long[] pairs = new long[1 << (SIZE_BITS - 6)];
  /** Bits of the lists with a key that starts with a char that is not a word char. */
  private int nonWordBits;
  // the same bits again, by the whole hash: checked only where the tables above say maybe, so that
  // a word that merely shares a slot with a key (a common word, met again and again) is ruled out
  private final IntBits aloneExact = new IntBits();
  private final IntBits pairsExact = new IntBits();

  /** The hash of the word after the last one. */
  static final int NO_WORD = 0;

  /** Records that the list {@code bit} (one of the low 8 bits) has the lower-case normalized {@code key}. */
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
    int h1 = hash(key, 0, e1);
    if (s2 == key.length()) {
      set(alone, index(h1));
      aloneExact.add(h1, bit);
    } else {
      int h2 = hash(key, s2, runEnd(key, s2));
      set(pairs, index(h1, h2));
      pairsExact.add(pairKey(h1, h2), bit);
    }
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
    return bits(hash(lower, p, e1), s2 < lower.length() ? hash(lower, s2, runEnd(lower, s2)) : NO_WORD);
  }

  /**
   * The bits at a word whose {@link String#hashCode()} is {@code h1}, followed by a word whose hash
   * is {@code h2} ({@link #NO_WORD} when none).
   */
  int bits(int h1, int h2) {
    // each exact table only where its small one says maybe: a hash missing from a small table was
    // never added to its exact one either (most words that pass pass one table, not both)
    int b = 0;
    if (isSet(alone, index(h1))) {
      b = aloneExact.get(h1);
    }
    if (isSet(pairs, index(h1, h2))) {
      b |= pairsExact.get(pairKey(h1, h2));
    }
    return b;
  }

  private static void set(long[] bits, int i) {
    bits[i >>> 6] |= 1L << i;
  }

  private static boolean isSet(long[] bits, int i) {
    return (bits[i >>> 6] & (1L << i)) != 0;
  }

  private static int pairKey(int h1, int h2) {
    return h1 * 0x9E3779B1 + h2;
  }

  /**
   * Ints with bits (the low 8), by open addressing. Two keys with the same int share their bits, so
   * like the tables above it can only say yes too often, never no. A key and its bits sit side by
   * side: a look-up, mostly into a table the rest of the pipeline has pushed out of the cache,
   * then reads one line, not one from each of two arrays.
   */
  private static final class IntBits {
    /** Per slot {@code s}: the key at {@code 2s}, its bits at {@code 2s + 1}; bits 0 mark an empty slot (a key always has a bit). */
    private int[] table = new int[2 * 64];
    private int count;

    void add(int key, int bit) {
      int slot = slot(key);
      if (table[2 * slot + 1] == 0) {
        table[2 * slot] = key;
        if (++count * 4 > table.length) {
          int[] old = table;
          table = new int[old.length * 2];
          for (int k = 0; k < old.length; k += 2) {
            if (old[k + 1] != 0) {
              int at = slot(old[k]);
              table[2 * at] = old[k];
              table[2 * at + 1] = old[k + 1];
            }
          }
          slot = slot(key);
          table[2 * slot] = key;
        }
      }
      table[2 * slot + 1] |= bit;
    }

    int get(int key) {
      return table[2 * slot(key) + 1];
    }

    /** The slot holding {@code key}, or the empty one where it would go. */
    private int slot(int key) {
      int m = (table.length >>> 1) - 1;
      int slot = (key * 0x85EBCA6B) >>> 16 & m;
      while (table[2 * slot + 1] != 0 && table[2 * slot] != key) {
        slot = (slot + 1) & m;
      }
      return slot;
    }
  }

  private static int index(int h) {
    return (h * 0x9E3779B1) >>> (32 - SIZE_BITS);
  }

  private static int index(int h1, int h2) {
    return ((h1 * 0x9E3779B1 + h2) * 0x85EBCA6B) >>> (32 - SIZE_BITS);
  }

  private static int runEnd(String s, int i) {
    int e = i;
    while (e < s.length() && Chars.isWordChar(s.charAt(e))) {
      e++;
    }
    return e;
  }

  /** {@link String#hashCode()} of {@code s[from, to)}. */
  static int hash(String s, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + s.charAt(k);
    }
    return h;
  }
}
