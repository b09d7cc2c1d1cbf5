package io.github.doingoai.internal.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The array-backed trie against the plain definition of a longest whole-word match. */
class PhraseIndexTest {

  // few letters, so that keys share prefixes and the text is full of near misses; more than eight
  // distinct chars, so that wide nodes take the binary-search branch; a letter beyond the root's
  // look-up table (fullwidth A) takes the root's general branch
  private static final List<Character> CHARS = List.of('a', 'b', 'ư', 'ờ', 'n', 'g', 'i', 'đ', 'q', 'u', ' ', ' ', '.',
      '\uFF21');

  @Provide
  Arbitrary<String> strings() {
    return Arbitraries.of(CHARS).list().ofMinSize(1).ofMaxSize(7).map(PhraseIndexTest::join);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(CHARS).list().ofMaxSize(60).map(PhraseIndexTest::join);
  }

  private static String join(List<Character> cs) {
    StringBuilder sb = new StringBuilder();
    cs.forEach(sb::append);
    return sb.toString();
  }

  @Property(tries = 500)
  void findsWhatTheDefinitionFinds(@ForAll("texts") String text,
      @ForAll @net.jqwik.api.constraints.Size(max = 25) List<@net.jqwik.api.From("strings") String> keys) {
    PhraseIndex.Builder<Integer> b = PhraseIndex.builder();
    Map<String, Integer> first = new LinkedHashMap<>();
    for (int k = 0; k < keys.size(); k++) {
      b.add(keys.get(k), k);
      first.putIfAbsent(keys.get(k), k);
    }
    PhraseIndex<Integer> index = b.build();
    assertEquals(first.size(), index.size());
    for (int pos = 0; pos <= text.length(); pos++) {
      for (int limit = pos; limit <= text.length(); limit += Math.max(1, text.length() / 4)) {
        assertEquals(naive(first, text, pos, limit), index.longestAt(text, pos, limit), "at " + pos + " limit " + limit);
      }
    }
    List<PhraseIndex.Hit<Integer>> expected = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      PhraseIndex.Hit<Integer> h = naive(first, text, i, text.length());
      if (h != null) {
        expected.add(h);
        i = h.end();
      } else {
        i++;
      }
    }
    assertEquals(expected, index.findAll(text));
    // a range that starts inside a word, and the yes/no question over it
    for (int from = 0; from <= text.length(); from += 3) {
      int to = Math.min(text.length(), from + 17);
      List<PhraseIndex.Hit<Integer>> inRange = new ArrayList<>();
      for (int p = from; p < to; ) {
        PhraseIndex.Hit<Integer> h = naive(first, text, p, to);
        if (h != null) {
          inRange.add(h);
          p = h.end();
        } else {
          p++;
        }
      }
      assertEquals(inRange, index.findAll(text, from, to), "range " + from + ".." + to);
      assertEquals(!inRange.isEmpty(), index.containsAny(text, from, to), "any in " + from + ".." + to);
    }
  }

  private static PhraseIndex.Hit<Integer> naive(Map<String, Integer> keys, String text, int pos, int limit) {
    if (pos > 0 && Character.isLetterOrDigit(text.charAt(pos - 1))) {
      return null;
    }
    PhraseIndex.Hit<Integer> best = null;
    for (Map.Entry<String, Integer> e : keys.entrySet()) {
      String k = e.getKey();
      int end = pos + k.length();
      if (k.isEmpty() || end > limit || !text.startsWith(k, pos)) {
        continue;
      }
      if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
        continue;
      }
      if (best == null || end > best.end()) {
        best = new PhraseIndex.Hit<>(pos, end, e.getValue());
      }
    }
    return best;
  }

  @Test
  void wholeWordsOnlyAndTheFirstValueWins() {
    PhraseIndex<String> index = PhraseIndex.<String>builder()
        .add("bộ ngoại giao", "ministry").add("bộ", "short").add("bộ ngoại giao", "duplicate").build();
    String text = "ông là bộ trưởng bộ ngoại giao.";
    assertEquals(new PhraseIndex.Hit<>(17, 30, "ministry"), index.longestAt(text, 17));
    assertEquals(new PhraseIndex.Hit<>(7, 9, "short"), index.longestAt(text, 7));
    assertNull(index.longestAt(text, 8), "inside a word");
    assertEquals(2, index.size());
  }
}
