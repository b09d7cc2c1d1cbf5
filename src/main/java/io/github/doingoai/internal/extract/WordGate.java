package io.github.doingoai.internal.extract;

/**
 * Finds the word starts where one of a set of phrases may begin, by the phrases' first words.
 *
 * <p>A {@link io.github.doingoai.internal.gazetteer.PhraseIndex} match starts at a word start
 * (no letter or digit before it) and ends at a word end; so a phrase found at {@code p} has the
 * same first word as the text at {@code p} (the run of letters and digits from {@code p}, empty
 * when {@code p} holds another char). Hashing each word of a text as the scan passes it and
 * looking the hash up costs less than descending a trie at every word start that opens with a
 * plausible letter, most of which fail after a char or two: in Vietnamese a handful of letters
 * start most syllables. The hashes are kept as bits of a table: a collision only costs a look-up
 * that finds nothing. Immutable.
 *
 * <p>Read from an article's word table ({@link ArticleWords}), the gate also knows the next word:
 * cut a phrase into its runs of word chars; found at {@code p}, its first run is the text's word
 * at {@code p} and its second run (if any) the text's next word, since a match ends at a word end.
 * So a word whose first word opens some phrase, but which is followed by no second word of such a
 * phrase (and which no one-word phrase is), is passed over there: common words that start a few
 * long phrases ({@code phát}, {@code hội}) mostly start none.
 */
public final class WordGate {
  /** {@link Character#isLetterOrDigit(char)} for the chars of Vietnamese text, as a table. */
  private static final boolean[] WORD = new boolean[0x2000];

  static {
    for (char c = 0; c < WORD.length; c++) {
      WORD[c] = Character.isLetterOrDigit(c);
    }
  }

  /**
   * Bits by first-word hash (see {@link #bit}): a one-probe filter, false positives allowed. About
   * 32 bits a key keep them rare and the table small enough to stay in the cache beside the others.
   */
  private final long[] bits;
  /**
   * Bits as {@link #bits}, by the hashes of the first two runs of word chars of the phrases that
   * have two or more (see {@link #pairBit}), and by the first one of the others ({@link #aloneBit}).
   */
  private final long[] second;
  /** log2 of the number of bits. */
  private final int size;

  /** The hash of the next word after the text's last word. */
  private static final int NO_WORD = 0;
  /** Chars other than letters and digits that a phrase starts with: such a phrase has no first word. */
  private final String otherFirst;

  /** The gate of {@code keys}; empty keys are ignored (a phrase index ignores them too). */
  public WordGate(Iterable<String> keys) {
    int n = 0;
    for (String k : keys) {
      n++;
    }
    size = Math.max(8, Math.min(20, 32 - Integer.numberOfLeadingZeros(Math.max(1, n) * 32 - 1)));
    bits = new long[1 << (size - 6)];
    second = new long[bits.length];
    StringBuilder other = new StringBuilder();
    for (String k : keys) {
      if (k.isEmpty()) {
        continue;
      }
      if (!isWordChar(k.charAt(0))) {
        if (other.indexOf(String.valueOf(k.charAt(0))) < 0) {
          other.append(k.charAt(0));
        }
        continue;
      }
      int h = 0;
      int i = 0;
      for (; i < k.length() && isWordChar(k.charAt(i)); i++) {
        h = 31 * h + k.charAt(i);
      }
      set(bits, bit(h));
      while (i < k.length() && !isWordChar(k.charAt(i))) {
        i++;
      }
      if (i == k.length()) {
        set(second, aloneBit(h));
      } else {
        int h2 = 0;
        for (; i < k.length() && isWordChar(k.charAt(i)); i++) {
          h2 = 31 * h2 + k.charAt(i);
        }
        set(second, pairBit(h, h2));
      }
    }
    otherFirst = other.toString();
  }

  private static void set(long[] table, int b) {
    table[b >>> 6] |= 1L << b;
  }

  private static boolean isSet(long[] table, int b) {
    return (table[b >>> 6] & (1L << b)) != 0;
  }

  private int aloneBit(int h) {
    return (h * 0x85EBCA6B) >>> (32 - size);
  }

  private int pairBit(int h1, int h2) {
    return ((h1 * 0x9E3779B1 + h2) * 0x85EBCA6B) >>> (32 - size);
  }

  private int bit(int h) {
    return (h * 0x9E3779B1) >>> (32 - size);
  }

  private boolean contains(int h) {
    return isSet(bits, bit(h));
  }

  /** As {@link Character#isLetterOrDigit(char)}, which decides word boundaries in a phrase index. */
  public static boolean isWordChar(char c) {
    return c < 0x2000 ? WORD[c] : Character.isLetterOrDigit(c);
  }

  /**
   * The first word start in {@code [from, to)} of {@code lower} where a phrase may be found by a
   * look-up that reads no further than {@code to}, or -1. Every position where one is found is
   * returned, in order, by calling again from the position after the last one returned.
   */
  public int next(String lower, int from, int to) {
    int p = from;
    if (p > 0 && p < to && isWordChar(lower.charAt(p - 1))) {
      while (p < to && isWordChar(lower.charAt(p))) {
        p++; // the rest of a word is no word start
      }
      p++; // nor is the char that ends it
    }
    while (p < to) {
      char c = lower.charAt(p);
      if (!isWordChar(c)) {
        // after another char that is no letter or digit: a word start of its own
        if (!otherFirst.isEmpty() && otherFirst.indexOf(c) >= 0) {
          return p;
        }
        p++;
        continue;
      }
      int start = p;
      int h = c;
      for (p++; p < to && isWordChar(c = lower.charAt(p)); p++) {
        h = 31 * h + c;
      }
      // a word cut by the range's end can only end a phrase when the text's word ends there too
      if (contains(h) && (p < to || p == lower.length() || !isWordChar(lower.charAt(p)))) {
        return start;
      }
      p++; // the char that ended the word follows a letter or digit: no word start
    }
    return -1;
  }

  /**
   * True when some phrase starts with a char that is no word char: then the gate also stops at
   * such chars, which the word table does not list.
   */
  public boolean hasOtherFirst() {
    return !otherFirst.isEmpty();
  }

  /**
   * As {@link #next(String, int, int)} of {@code words.lower()}, reading the words' hashes from the
   * table instead of hashing the text again, and passing over the word starts whose next word
   * rules out every phrase there (see the class comment). So the starts it returns are some of
   * those {@code next(String, int, int)} returns, among them every one where a look-up that reads
   * no further than {@code to} finds a phrase.
   */
  public int next(ArticleWords words, int from, int to) {
    if (!otherFirst.isEmpty()) {
      // such a phrase may start between words: the char scan stops there too
      return next(words.lower(), from, to);
    }
    if (from >= to) {
      return -1;
    }
    // the word starts at or after from: a word that from cuts started before it and is skipped
    int w = nextWord(words, words.firstFrom(from), words.endingBy(to));
    return w < 0 ? -1 : words.start(w);
  }

  /**
   * For a gate without {@link #hasOtherFirst()}: the first word of {@code [w, last)} where a phrase
   * may start, or -1. With {@code last = words.endingBy(to)}, that is the word of {@link
   * #next(ArticleWords, int, int)} from word {@code w}'s start: a word that ends past {@code to}
   * starts past it or is cut by it, and the char scan stops there with nothing after it in range
   * (a word that ends exactly at {@code to} ends there in the text too).
   */
  public int nextWord(ArticleWords words, int w, int last) {
    int n = words.count();
    for (; w < last; w++) {
      int h = words.hash(w);
      if (contains(h) && (isSet(second, aloneBit(h))
          || isSet(second, pairBit(h, w + 1 < n ? words.hash(w + 1) : NO_WORD)))) {
        return w;
      }
    }
    return -1;
  }
}
