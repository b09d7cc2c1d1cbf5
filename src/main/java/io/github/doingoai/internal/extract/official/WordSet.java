package io.github.doingoai.internal.extract.official;

/**
 * A set of strings asked about ranges of a text, so that no substring is made. Filled by its
 * owner's constructor; immutable and thread-safe after that.
 */
final class WordSet {
  private String[] keys = new String[64];
  private int[] hashes = new int[64];
  private int count;
  private boolean hasEmpty;

  void add(String s) {
    if (s.isEmpty()) {
      hasEmpty = true;
      return;
    }
    int h = s.hashCode();
    int slot = slot(s, 0, s.length(), h);
    if (keys[slot] != null) {
      return;
    }
    keys[slot] = s;
    hashes[slot] = h;
    if (++count * 2 > keys.length) {
      String[] oldKeys = keys;
      int[] oldHashes = hashes;
      keys = new String[oldKeys.length * 2];
      hashes = new int[keys.length];
      for (int k = 0; k < oldKeys.length; k++) {
        if (oldKeys[k] != null) {
          int at = slot(oldKeys[k], 0, oldKeys[k].length(), oldHashes[k]);
          keys[at] = oldKeys[k];
          hashes[at] = oldHashes[k];
        }
      }
    }
  }

  /** True when exactly {@code s[from, to)} was added. */
  boolean contains(String s, int from, int to) {
    if (from == to) {
      return hasEmpty;
    }
    return keys[slot(s, from, to, WordHeads.hash(s, from, to))] != null;
  }

  /** The slot holding {@code s[from, to)}, or the empty one where it would go. */
  private int slot(String s, int from, int to, int h) {
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
}
