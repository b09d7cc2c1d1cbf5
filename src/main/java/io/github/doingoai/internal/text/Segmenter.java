package io.github.doingoai.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a block of normalized text into sentences, surviving what Vietnamese news writes with
 * full stops: abbreviations ({@code TP.}, {@code TS.}, {@code PGS.TS.}, {@code Ths.}, {@code P.Long An}),
 * numbers ({@code 5.200}, {@code 3.11}), and quotes that close after the stop.
 */
public final class Segmenter {

  /** Abbreviations (lower case, without the stop) after which a full stop does not end a sentence. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "tp", "ts", "pgs", "gs", "ths", "bs", "ks", "cn", "ls", "nxb", "tt", "tx", "q", "p", "h", "x",
      "mr", "mrs", "ms", "dr", "st", "no", "vs", "v.v", "tr", "th", "ng", "pts", "đ", "ttg", "nđ", "qđ");
  /**
   * {@link #ABBREVIATIONS} as {@link #key}s, sorted: a word before a stop is looked up without
   * making a lower-case string of it. None has more than three chars, so each fits a long.
   */
  private static final long[] ABBREVIATION_KEYS = ABBREVIATIONS.stream()
      .mapToLong(a -> key(a.toCharArray(), 0, a.length())).sorted().toArray();

  static {
    if (ABBREVIATIONS.stream().anyMatch(a -> a.length() > 3)) {
      throw new IllegalStateException("abbreviations longer than three chars do not fit the keys");
    }
  }

  /** The lower case of {@code cs[from, to)} (at most three chars) packed with its length into a long. */
  private static long key(char[] cs, int from, int to) {
    long k = to - from;
    for (int i = from; i < to; i++) {
      k = (k << 16) | Chars.toLower(cs[i]);
    }
    return k;
  }

  private Segmenter() {}

  /**
   * Longest sentence, in chars. News sentences stay far below it (a long list of delegates runs to a
   * couple of thousand chars); text without stops (a scraped table, garbage, an attack) is cut into
   * pieces of at most this size, so that extractors working sentence by sentence stay linear.
   */
  public static final int MAX_SENTENCE = 4_000;

  /** The sentences of {@code text} between {@code start} and {@code end}, trimmed, never empty. */
  public static List<Sentence> sentences(String text, int start, int end, int block) {
    List<Sentence> out = new ArrayList<>();
    sentences(new Text(text, text.toCharArray()), start, end, block, out);
    return out;
  }

  /**
   * A text to cut, the one string and its chars, with where the next stop of each kind lies: the
   * stops are found by {@link String#indexOf(int, int)}, which skips the chars between two of them
   * much faster than a loop testing each, and each search starts where the last one of its kind
   * stopped, so a text cut block after block, left to right, is searched once in all.
   */
  static final class Text {
    private static final char[] STOPS = {'.', '!', '?', '…'};

    final String string;
    final char[] chars;
    // per stop char: its next position at or after the last search, -1 for none left, and where
    // that search started
    private final int[] next = new int[STOPS.length];
    private final int[] searchedFrom = new int[STOPS.length];

    /** {@code chars} starts with the chars of {@code string} (it may be longer: a normalizer's buffer). */
    Text(String string, char[] chars) {
      this.string = string;
      this.chars = chars;
      java.util.Arrays.fill(searchedFrom, Integer.MAX_VALUE);
    }

    /** The first stop at or after {@code from}, or -1. */
    int nextStop(int from) {
      int best = -1;
      for (int k = 0; k < STOPS.length; k++) {
        int p = next[k];
        if (from < searchedFrom[k] || (p >= 0 && p < from)) {
          p = string.indexOf(STOPS[k], from);
          next[k] = p;
          searchedFrom[k] = from;
        }
        if (p >= 0 && (best < 0 || p < best)) {
          best = p;
        }
      }
      return best;
    }
  }

  /**
   * Adds the sentences of {@code text[start, end)} to {@code out}, as {@link #sentences(String, int,
   * int, int)} gives them; a word before a stop is read back past {@code start}, as from the whole text.
   */
  static void sentences(Text text, int start, int end, int block, List<Sentence> out) {
    int from = out.size();
    split(text, start, end, block, out);
    for (int k = from; k < out.size(); k++) {
      Sentence x = out.get(k);
      if (x.end() - x.start() > MAX_SENTENCE) {
        List<Sentence> raw = new ArrayList<>(out.subList(from, out.size()));
        out.subList(from, out.size()).clear();
        for (Sentence y : raw) {
          cap(text.chars, y, out);
        }
        return;
      }
    }
  }

  /** Cuts an over-long sentence at the last comma, semicolon or space before each limit. */
  private static void cap(char[] text, Sentence x, List<Sentence> out) {
    int s = x.start();
    while (x.end() - s > MAX_SENTENCE) {
      int limit = s + MAX_SENTENCE;
      int cut = -1;
      for (int k = limit; k > s + MAX_SENTENCE / 2 && cut < 0; k--) {
        char c = text[k - 1];
        if (c == ',' || c == ';') {
          cut = k;
        }
      }
      for (int k = limit; k > s + MAX_SENTENCE / 2 && cut < 0; k--) {
        if (text[k - 1] == ' ') {
          cut = k;
        }
      }
      if (cut < 0) {
        cut = limit;
      }
      if (Character.isLowSurrogate(text[cut]) && cut > s + 1) {
        cut--; // never split a surrogate pair
      }
      add(out, text, s, cut, x.block());
      s = cut;
    }
    add(out, text, s, x.end(), x.block());
  }

  private static void split(Text t, int start, int end, int block, List<Sentence> out) {
    char[] text = t.chars;
    int s = start;
    int i = start;
    while (i < end) {
      i = t.nextStop(i);
      if (i < 0 || i >= end) {
        break;
      }
      int j = i + 1;
      // a run of terminal punctuation and closing quotes belongs to this sentence: "./.", "...", '."'
      while (j < end && closesSentence(text[j])) {
        j++;
      }
      if (j >= end) {
        break;
      }
      if (text[j] == ' ' && isBoundary(text, i, j, end)) {
        add(out, text, s, j, block);
        s = j + 1;
        i = j + 1;
        continue;
      }
      i = j;
    }
    add(out, text, s, end, block);
  }

  private static boolean closesSentence(char c) {
    switch (c) {
      case '.': case '!': case '?': case '…': case '/': case '"': case '\'': case ')': case ']':
        return true;
      default:
        return false;
    }
  }

  private static boolean isBoundary(char[] text, int stop, int after, int end) {
    int k = after;
    while (k < end && text[k] == ' ') {
      k++;
    }
    if (k >= end) {
      return true;
    }
    char next = text[k];
    if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\'' || next == '(' || next == '-')) {
      return false;
    }
    if (text[stop] != '.') {
      return true;
    }
    // the word before the stop: an abbreviation or a single capital letter does not end a sentence
    int w = stop;
    while (w > 0 && (Character.isLetter(text[w - 1]) || text[w - 1] == '.')) {
      w--;
    }
    if (w == stop) {
      return true;
    }
    for (int p = w; p < stop; p++) {
      if (text[p] == '.') {
        return false; // PGS.TS. / v.v.
      }
    }
    if (stop - w <= 3 && java.util.Arrays.binarySearch(ABBREVIATION_KEYS, key(text, w, stop)) >= 0) {
      return false; // TP. / TS.
    }
    return !(stop - w == 1 && Character.isUpperCase(text[stop - 1]));
  }

  private static void add(List<Sentence> out, char[] text, int s, int e, int block) {
    while (s < e && Character.isWhitespace(text[s])) {
      s++;
    }
    while (e > s && Character.isWhitespace(text[e - 1])) {
      e--;
    }
    if (e > s) {
      out.add(new Sentence(s, e, block));
    }
  }
}
