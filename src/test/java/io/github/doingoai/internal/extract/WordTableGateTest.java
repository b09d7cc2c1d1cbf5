package io.github.doingoai.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.doingoai.internal.gazetteer.PhraseIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The gate that reads the word table ({@link ArticleWords}) stops where the char scan stops, less
 * where the next word rules out every phrase, and never where a phrase is found; the gated scans
 * that read the table find exactly what the char scans and the index find: on random keys (some of several words, some
 * opening with a char that is no word char) and texts, at every start offset (at, inside and
 * between words) and random ends (some cutting a word).
 */
class WordTableGateTest {

  private static String key(Random r) {
    String k = ArticleWordsTest.random(r, 1 + r.nextInt(3));
    if (r.nextInt(3) == 0) {
      k += " " + ArticleWordsTest.random(r, 1 + r.nextInt(3));
    }
    if (r.nextInt(3) == 0) {
      // a key that ends with a char that is no word char: a word may start right at its end
      k += ".-)".charAt(r.nextInt(3));
    }
    return k;
  }

  /** Every stop of the gate in {@code [from, to)}, in order: by the char scan when {@code words} is null. */
  private static List<Integer> stops(WordGate gate, String s, ArticleWords words, int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int p = next(gate, s, words, from, to); p >= 0; p = next(gate, s, words, p + 1, to)) {
      out.add(p);
    }
    return out;
  }

  private static int next(WordGate gate, String s, ArticleWords words, int from, int to) {
    return words == null ? gate.next(s, from, to) : gate.next(words, from, to);
  }

  @Property(tries = 1500)
  void sameAsTheCharScan(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int n,
      @ForAll boolean otherFirst) {
    Random r = new Random(seed);
    List<String> keys = new ArrayList<>();
    PhraseIndex.Builder<String> b = PhraseIndex.builder();
    for (int k = r.nextInt(6); k >= 0; k--) {
      String key = key(r);
      if (!otherFirst) {
        // no key opening with a char that is no word char: the gate reads the table alone
        int i = 0;
        while (i < key.length() && !Character.isLetterOrDigit(key.charAt(i))) {
          i++;
        }
        key = key.substring(i);
      } else if (r.nextBoolean()) {
        key = "(-.\u201C".charAt(r.nextInt(4)) + key;
      }
      keys.add(key);
      b.add(key, key);
    }
    PhraseIndex<String> index = b.build();
    GatedPhrases<String> gated = new GatedPhrases<>(index, keys);
    WordGate gate = new WordGate(keys);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(r.nextBoolean() && !keys.isEmpty() ? keys.get(r.nextInt(keys.size())) : ArticleWordsTest.random(r, 1 + r.nextInt(3)));
    }
    String s = sb.toString();
    ArticleWords words = ArticleWords.of(s);
    for (int from = 0; from <= s.length(); from++) {
      for (int q = 0; q < 3; q++) {
        // the text's end, and ends anywhere after from (inside words too)
        int to = q == 0 ? s.length() : from + r.nextInt(s.length() - from + 1);
        String where = keys + " [" + s + "] " + from + ".." + to;
        // the table's stops: some of the char scan's, among them every one where a phrase is found
        List<Integer> byChars = stops(gate, s, null, from, to);
        List<Integer> byTable = stops(gate, s, words, from, to);
        assertEquals(true, byChars.containsAll(byTable), where + " " + byChars + " " + byTable);
        for (int p = from; p < to; p++) {
          if (index.longestAt(s, p, to) != null) {
            assertEquals(true, byTable.contains(p), where + " " + byTable + " misses " + p);
          }
        }
        if (gate.hasOtherFirst()) {
          assertEquals(byChars, byTable, where);
        } else {
          int w = gate.nextWord(words, words.firstFrom(from), words.endingBy(to));
          assertEquals(byTable.isEmpty() ? -1 : (int) byTable.get(0), w < 0 ? -1 : words.start(w), where);
        }
        assertEquals(gated.findAll(s, from, to), gated.findAll(words, from, to), where);
        assertEquals(gated.anyIn(s, from, to), gated.anyIn(words, from, to), where);
        assertEquals(index.findAll(s, from, to), gated.findAll(words, from, to), where);
      }
    }
  }
}
