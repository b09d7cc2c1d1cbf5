package io.github.doingoai.internal.extract.official;

import io.github.doingoai.internal.text.Chars;

/**
 * Strings with a set of bits each, probed with a range of a text so that no substring is made.
 * Immutable once the owner's constructor has filled it; thread-safe.
 *
 * <p>Used as the first-word filter of the phrase lists: {@link #addHead} records the first word
 * ("head") of every key of a list under that list's bit. A key matches at {@code p} only when the
 * text there equals the key and a word boundary follows it, so the maximal run of word chars at
 * {@code p} equals the key's leading run of word chars (the whole key when it has no other char).
 * One probe of that run therefore tells every list that cannot match, and most word starts of an
 * article start no title, body, honorific or place. A set bit is only a maybe: the list's own
 * look-up decides.
 */
final class WordHeads {
  private String[] keys = new String[64];
  private int[] hashes = new int[64];
  private int[] bits = new int[64];
  private int count;
  /** Bits of the lists with a key that starts with a char that is not a word char. */
  private int nonWordBits;
  /**
   * The union of the bits of the strings by a hash of their first two chars: most words of a text
   * share their first two chars with no head at all, and are rejected without a probe.
   */
  private final int[] pairBits = new int[1 << 12];
  /** Bits of the empty string, if it was added. */
  private int emptyBits;

  /** Records that the list {@code bit} has the lower-case normalized {@code key}. */
  void addHead(String key, int bit) {
    if (key.isEmpty()) {
      return;
    }
    int e = 0;
    while (e < key.length() && Chars.isWordChar(key.charAt(e))) {
      e++;
    }
    if (e == 0) {
      nonWordBits |= bit;
      return;
    }
    addWhole(key.substring(0, e), bit);
  }

  /** Adds {@code bit} to the bits of exactly {@code s}. */
  void addWhole(String s, int bit) {
    if (s.isEmpty()) {
      emptyBits |= bit;
      return;
    }
    int h = hash(s, 0, s.length());
    int slot = find(s, 0, s.length(), h);
    if (keys[slot] == null) {
      keys[slot] = s;
      hashes[slot] = h;
      count++;
      if (count * 2 > keys.length) {
        grow();
        slot = find(s, 0, s.length(), h);
      }
    }
    bits[slot] |= bit;
    pairBits[pair(s, 0, s.length())] |= bit;
  }

  /** A hash in [0, 4096) of the first two chars of {@code s[from, to)} (one when that is all). */
  private static int pair(String s, int from, int to) {
    int c1 = to - from > 1 ? s.charAt(from + 1) : 0;
    return (s.charAt(from) * 61 + c1) & 4095;
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
    int n = lower.length();
    char c = lower.charAt(p);
    if (!Chars.isWordChar(c)) {
      return nonWordBits;
    }
    int h = c;
    int e = p + 1;
    while (e < n && Chars.isWordChar(c = lower.charAt(e))) {
      h = 31 * h + c;
      e++;
    }
    return get(lower, p, e, h);
  }

  /** The bits of exactly {@code s[from, to)}, 0 when it was never added. */
  int get(String s, int from, int to) {
    return get(s, from, to, hash(s, from, to));
  }

  /** As {@link #get(String, int, int)} given {@code h}, the {@link String#hashCode()} of {@code s[from, to)}. */
  int get(String s, int from, int to, int h) {
    if (to == from) {
      return emptyBits;
    }
    if (pairBits[pair(s, from, to)] == 0) {
      return 0;
    }
    int slot = find(s, from, to, h);
    return keys[slot] == null ? 0 : bits[slot];
  }

  /** {@link String#hashCode()} of {@code s[from, to)}. */
  private static int hash(String s, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + s.charAt(k);
    }
    return h;
  }

  private int find(String s, int from, int to, int h) {
    int m = keys.length - 1;
    int slot = (h ^ (h >>> 15)) & m;
    int len = to - from;
    while (true) {
      String k = keys[slot];
      if (k == null || (hashes[slot] == h && k.length() == len && s.startsWith(k, from))) {
        return slot;
      }
      slot = (slot + 1) & m;
    }
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    int[] oldBits = bits;
    keys = new String[oldKeys.length * 2];
    hashes = new int[oldKeys.length * 2];
    bits = new int[oldKeys.length * 2];
    for (int k = 0; k < oldKeys.length; k++) {
      if (oldKeys[k] != null) {
        int slot = find(oldKeys[k], 0, oldKeys[k].length(), oldHashes[k]);
        keys[slot] = oldKeys[k];
        hashes[slot] = oldHashes[k];
        bits[slot] = oldBits[k];
      }
    }
  }
}
