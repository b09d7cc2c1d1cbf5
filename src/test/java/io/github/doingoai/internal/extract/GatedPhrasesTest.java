package io.github.doingoai.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.doingoai.internal.gazetteer.PhraseIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** {@link GatedPhrases} finds exactly what its {@link PhraseIndex} finds, on random keys and texts. */
class GatedPhrasesTest {

  /** Letters (some Vietnamese), digits, a space and other chars, with a surrogate pair's halves. */
  private static final String ALPHABET = "abđ1 .-(ạ\uD835\uDC00";

  private static String random(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  @Property(tries = 3000)
  void sameAsTheIndex(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int n) {
    Random r = new Random(seed);
    List<String> keys = new ArrayList<>();
    PhraseIndex.Builder<String> b = PhraseIndex.builder();
    for (int k = r.nextInt(8); k >= 0; k--) {
      String key = random(r, r.nextInt(5));
      keys.add(key);
      b.add(key, key);
    }
    PhraseIndex<String> index = b.build();
    GatedPhrases<String> gated = new GatedPhrases<>(index, keys);
    // texts made of the keys and random chars, so that keys are found often
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(r.nextBoolean() && !keys.isEmpty() ? keys.get(r.nextInt(keys.size())) : random(r, 1 + r.nextInt(2)));
    }
    String s = sb.toString();
    for (int q = 0; q < 10; q++) {
      int from = r.nextInt(s.length() + 1);
      int to = from + r.nextInt(s.length() - from + 1);
      String where = keys + " [" + s + "] " + from + ".." + to;
      assertEquals(index.findAll(s, from, to), gated.findAll(s, from, to), where);
      assertEquals(!index.findAll(s, from, to).isEmpty(), gated.anyIn(s, from, to), where);
      assertEquals(index.longestAt(s, from, to), gated.longestAt(s, from, to), where);
      // the gate returns word starts only, and every one where the index finds a phrase
      WordGate gate = new WordGate(keys);
      List<Integer> expected = new ArrayList<>();
      for (int p = from; p < to; p++) {
        if (index.longestAt(s, p, to) != null) {
          expected.add(p);
        }
      }
      List<Integer> starts = new ArrayList<>();
      for (int p = gate.next(s, from, to); p >= 0; p = gate.next(s, p + 1, to)) {
        starts.add(p);
        assertEquals(true, p == 0 || !Character.isLetterOrDigit(s.charAt(p - 1)), where + " at " + p);
      }
      assertEquals(true, starts.containsAll(expected), where + " " + starts + " " + expected);
    }
  }
}
