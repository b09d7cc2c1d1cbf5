package io.github.doingoai.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

// The segmenter as it was before the text layer's speed work (main 23550be), kept unchanged as the oracle
// that TextLayerOracleTest compares the optimized code with.

/**
 * Splits a block of normalized text into sentences, surviving what Vietnamese news writes with
 * full stops: abbreviations ({@code TP.}, {@code TS.}, {@code PGS.TS.}, {@code Ths.}, {@code P.Long An}),
 * numbers ({@code 5.200}, {@code 3.11}), and quotes that close after the stop.
 */
final class OracleSegmenter {

  /** Abbreviations (lower case, without the stop) after which a full stop does not end a sentence. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "tp", "ts", "pgs", "gs", "ths", "bs", "ks", "cn", "ls", "nxb", "tt", "tx", "q", "p", "h", "x",
      "mr", "mrs", "ms", "dr", "st", "no", "vs", "v.v", "tr", "th", "ng", "pts", "đ", "ttg", "nđ", "qđ");

  private OracleSegmenter() {}

  /**
   * Longest sentence, in chars. News sentences stay far below it (a long list of delegates runs to a
   * couple of thousand chars); text without stops (a scraped table, garbage, an attack) is cut into
   * pieces of at most this size, so that extractors working sentence by sentence stay linear.
   */
  public static final int MAX_SENTENCE = 4_000;

  /** The sentences of {@code text} between {@code start} and {@code end}, trimmed, never empty. */
  public static List<Sentence> sentences(String text, int start, int end, int block) {
    List<Sentence> raw = split(text, start, end, block);
    for (Sentence x : raw) {
      if (x.end() - x.start() > MAX_SENTENCE) {
        List<Sentence> capped = new ArrayList<>(raw.size() + 8);
        for (Sentence y : raw) {
          cap(text, y, capped);
        }
        return capped;
      }
    }
    return raw;
  }

  /** Cuts an over-long sentence at the last comma, semicolon or space before each limit. */
  private static void cap(String text, Sentence x, List<Sentence> out) {
    int s = x.start();
    while (x.end() - s > MAX_SENTENCE) {
      int limit = s + MAX_SENTENCE;
      int cut = -1;
      for (int k = limit; k > s + MAX_SENTENCE / 2 && cut < 0; k--) {
        char c = text.charAt(k - 1);
        if (c == ',' || c == ';') {
          cut = k;
        }
      }
      for (int k = limit; k > s + MAX_SENTENCE / 2 && cut < 0; k--) {
        if (text.charAt(k - 1) == ' ') {
          cut = k;
        }
      }
      if (cut < 0) {
        cut = limit;
      }
      if (Character.isLowSurrogate(text.charAt(cut)) && cut > s + 1) {
        cut--; // never split a surrogate pair
      }
      add(out, text, s, cut, x.block());
      s = cut;
    }
    add(out, text, s, x.end(), x.block());
  }

  private static List<Sentence> split(String text, int start, int end, int block) {
    List<Sentence> out = new ArrayList<>();
    int s = start;
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        int j = i + 1;
        // a run of terminal punctuation and closing quotes belongs to this sentence: "./.", "...", '."'
        while (j < end && (".!?…/\"')]".indexOf(text.charAt(j)) >= 0)) {
          j++;
        }
        if (j >= end) {
          break;
        }
        if (text.charAt(j) == ' ' && isBoundary(text, i, j, end)) {
          add(out, text, s, j, block);
          s = j + 1;
          i = j + 1;
          continue;
        }
        i = j;
        continue;
      }
      i++;
    }
    add(out, text, s, end, block);
    return out;
  }

  private static boolean isBoundary(String text, int stop, int after, int end) {
    int k = after;
    while (k < end && text.charAt(k) == ' ') {
      k++;
    }
    if (k >= end) {
      return true;
    }
    char next = text.charAt(k);
    if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\'' || next == '(' || next == '-')) {
      return false;
    }
    if (text.charAt(stop) != '.') {
      return true;
    }
    // the word before the stop: an abbreviation or a single capital letter does not end a sentence
    int w = stop;
    while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    String word = NormalizedText.lowerSameLength(text.substring(w, stop));
    if (word.isEmpty()) {
      return true;
    }
    if (ABBREVIATIONS.contains(word) || word.contains(".")) {
      return false; // TP. / PGS.TS. / v.v.
    }
    return !(word.length() == 1 && Character.isUpperCase(text.charAt(stop - 1)));
  }

  private static void add(List<Sentence> out, String text, int s, int e, int block) {
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Sentence(s, e, block));
    }
  }
}
