package io.github.doingoai.internal.extract;

import io.github.doingoai.internal.text.Chars;
import java.util.Arrays;

/**
 * The words of one article's lower-case normalized text ({@code NormalizedText#lower}), read once:
 * where each run of word chars ({@link Chars#isWordChar}, as a phrase index sees words) starts and
 * ends, and its {@link String#hashCode()}. The stages that look phrases up by their first word
 * ({@link WordGate}, the officials' phrase parser, the meeting cues) used to hash every word of a
 * sentence each on its own; one pass here serves them all. Immutable.
 */
public final class ArticleWords {
  private final String lower;
  // side by side: word w is lower[starts[w], ends[w]); the arrays may be longer than count
  private final int[] starts;
  private final int[] ends;
  private final int[] hashes;
  private final int count;
  /** Whether a word holds a digit other than 0-9 (see {@link #hasOtherDigits()}). */
  private final boolean otherDigits;
  /**
   * By block of {@code 1 << BLOCK} chars: the first word starting at or after the block's first
   * char. The scans ask for the first word of every sentence they read: a step or two from here
   * instead of a binary search whose every branch is a guess.
   */
  private final int[] blocks;

  private static final int BLOCK = 5;

  private ArticleWords(String lower, int[] starts, int[] ends, int[] hashes, int count, boolean otherDigits) {
    this.lower = lower;
    this.otherDigits = otherDigits;
    this.starts = starts;
    this.ends = ends;
    this.hashes = hashes;
    this.count = count;
    blocks = new int[(lower.length() >>> BLOCK) + 1];
    int w = 0;
    for (int b = 0; b < blocks.length; b++) {
      int p = b << BLOCK;
      while (w < count && starts[w] < p) {
        w++;
      }
      blocks[b] = w;
    }
  }

  /** The words of {@code lower}. */
  public static ArticleWords of(String lower) {
    int n = lower.length();
    // about one word in five chars in a news text: grown when there are more
    int cap = n / 4 + 16;
    int[] s = new int[cap];
    int[] e = new int[cap];
    int[] h = new int[cap];
    int count = 0;
    boolean otherDigits = false;
    int p = 0;
    while (p < n) {
      char c = lower.charAt(p);
      if (!Chars.isWordChar(c)) {
        p++;
        continue;
      }
      int start = p;
      int hash = c;
      otherDigits |= isOtherDigit(c);
      for (p++; p < n && Chars.isWordChar(c = lower.charAt(p)); p++) {
        hash = 31 * hash + c;
        otherDigits |= isOtherDigit(c);
      }
      if (count == cap) {
        cap *= 2;
        s = Arrays.copyOf(s, cap);
        e = Arrays.copyOf(e, cap);
        h = Arrays.copyOf(h, cap);
      }
      s[count] = start;
      e[count] = p;
      h[count] = hash;
      count++;
      // the char that ended the word (if any) is no word char: no need to test it again
      p++;
    }
    return new ArticleWords(lower, s, e, h, count, otherDigits);
  }

  /**
   * A decimal digit other than 0-9 (Arabic-Indic, Devanagari, full-width...). The first is U+0660,
   * and Latin Extended Additional, where most Vietnamese letters live, has none: the test costs
   * the usual letter two comparisons.
   */
  private static boolean isOtherDigit(char c) {
    return c >= 0x660 && (c < 0x1E00 || c > 0x1EFF) && Character.isDigit(c);
  }

  /**
   * Whether some word holds a decimal digit other than 0-9. A pattern that reads {@code \d} as
   * ASCII (Java's default) sees a word start after such a digit where this table sees the middle
   * of a word: a scan by this table's word starts is exact only when this is false.
   */
  public boolean hasOtherDigits() {
    return otherDigits;
  }

  /** The text the words were read from. */
  public String lower() {
    return lower;
  }

  /** How many words there are. */
  public int count() {
    return count;
  }

  /** Where word {@code w} ({@code 0 <= w < count()}) starts. */
  public int start(int w) {
    return starts[w];
  }

  /** Where word {@code w}'s run of word chars ends (exclusive): a char that is no word char, or the text's end. */
  public int end(int w) {
    return ends[w];
  }

  /** The {@link String#hashCode()} of word {@code w}. */
  public int hash(int w) {
    return hashes[w];
  }

  /** The index of the first word starting at or after {@code p}; {@link #count()} when none does. */
  public int firstFrom(int p) {
    if (p <= 0) {
      return 0;
    }
    if (p >= lower.length()) {
      return count;
    }
    int w = blocks[p >>> BLOCK];
    while (w < count && starts[w] < p) {
      w++;
    }
    return w;
  }

  /**
   * How many words end at or before {@code p}: the index of the first word that ends after it
   * (and so is cut by a range ending at {@code p}, or lies past it); {@link #count()} when none does.
   */
  public int endingBy(int p) {
    // every word before the last one that starts before p ends before that one starts
    int w = firstFrom(p);
    return w > 0 && ends[w - 1] > p ? w - 1 : w;
  }

  /** The index of the word starting exactly at {@code p}, or -1 when no word starts there. */
  public int at(int p) {
    int w = firstFrom(p);
    return w < count && starts[w] == p ? w : -1;
  }
}
