package io.github.doingoai.internal.extract.official;

import io.github.doingoai.internal.text.Chars;

/**
 * Which phrase lists can match at an offset, from the first word alone: a set of the first words
 * ("heads") of every key, each with a bit per list. Immutable after construction; thread-safe.
 *
 * <p>Why it is exact: a key matches at {@code p} only when the text there equals the key and a word
 * boundary follows it. So the maximal run of word chars at {@code p} equals the key's leading run of
 * word chars (the whole key when it has no other char). One hash probe of that run therefore
 * rejects every list that cannot match, and most word starts of an article start no title, body,
 * honorific or place at all. The bits are only a filter: a set bit still needs the list's own look-up.
 */
final class WordHeads {
  private String[] heads = new String[64];
  private int[] bits = new int[64];
  private int count;
  /** Bits of the lists with a key that starts with a char that is not a word char. */
  private int nonWordBits;

  /** Records that a key of the list {@code bit} exists; {@code key} is lower-case normalized. */
  void add(String key, int bit) {
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
    String head = key.substring(0, e);
    int slot = find(head, 0, e, hash(head, 0, e));
    if (heads[slot] == null) {
      heads[slot] = head;
      count++;
      if (count * 2 > heads.length) {
        grow();
        slot = find(head, 0, e, hash(head, 0, e));
      }
    }
    bits[slot] |= bit;
  }

  /**
   * The bits of the lists that may have a key starting at {@code p} of {@code lower}; 0 when none
   * can (as {@code PhraseIndex.longestAt}, nothing starts inside a word).
   */
  int at(String lower, int p) {
    int n = lower.length();
    if (p >= n || (p > 0 && Chars.isWordChar(lower.charAt(p - 1)))) {
      return 0;
    }
    if (!Chars.isWordChar(lower.charAt(p))) {
      return nonWordBits;
    }
    int h = 0;
    int e = p;
    char c;
    while (e < n && Chars.isWordChar(c = lower.charAt(e))) {
      h = 31 * h + c;
      e++;
    }
    return bitsOf(lower, p, e, h);
  }

  /** As {@link #at} for a word already known to span {@code [p, e)} with {@link #hash} {@code h}. */
  int bitsOf(String lower, int p, int e, int h) {
    int slot = find(lower, p, e, h);
    return heads[slot] == null ? 0 : bits[slot];
  }

  static int hash(String s, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + s.charAt(k);
    }
    return h;
  }

  private int find(String s, int from, int to, int h) {
    int m = heads.length - 1;
    int slot = (h ^ (h >>> 15)) & m;
    int len = to - from;
    while (true) {
      String k = heads[slot];
      if (k == null || (k.length() == len && s.startsWith(k, from))) {
        return slot;
      }
      slot = (slot + 1) & m;
    }
  }

  private void grow() {
    String[] oldHeads = heads;
    int[] oldBits = bits;
    heads = new String[oldHeads.length * 2];
    bits = new int[oldHeads.length * 2];
    for (int k = 0; k < oldHeads.length; k++) {
      if (oldHeads[k] != null) {
        int slot = find(oldHeads[k], 0, oldHeads[k].length(), hash(oldHeads[k], 0, oldHeads[k].length()));
        heads[slot] = oldHeads[k];
        bits[slot] = oldBits[k];
      }
    }
  }
}
