package io.github.doingoai.internal.extract.pillar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.doingoai.internal.gazetteer.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** {@link PriorityFinder#itemStarts} finds what the item pattern's find() over a block found. */
class PriorityItemsOracleTest {

  private static final PriorityFinder FINDER = new PriorityFinder(Gazetteer.load(List.of()));
  private static final List<String> TOKENS = List.of("thứ", "thứ ", "thứ\t", "nhất", "hai", "ba", "tư", "mười", "mười hai",
      "một", "hai là", " là", "là", ",", ":", ".", ";", " ", " ", " ", "\t", "\n", "\u000B", "- ", "-", "+", "•", "* ", "x",
      "tám", "bẩy", ". thứ hai, ", "; ba là: ", "1.", "- thứ hai, ", "• một là: ", "+ thứ nhất. ", "-thứ ba,", "*hai là,",
      "- \tthứ tư:", ".\nthứ năm.");

  @Property(tries = 5000)
  void sameItemsAsTheRegex(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int n) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    List<Integer> bounds = new ArrayList<>(List.of(0));
    for (int i = 0; i < n; i++) {
      sb.append(TOKENS.get(r.nextInt(TOKENS.size())));
      bounds.add(sb.length());
    }
    String s = sb.toString();
    // blocks mostly start and end between tokens, where items and bullets stand
    int cs = r.nextInt(4) > 0 ? bounds.get(r.nextInt(bounds.size())) : r.nextInt(s.length() + 1);
    int ce = r.nextInt(3) > 0 ? s.length() : cs + r.nextInt(s.length() - cs + 1);
    Matcher m = FINDER.itemPattern().matcher(s).region(cs, ce);
    m.useTransparentBounds(false).useAnchoringBounds(true);
    List<String> expected = new ArrayList<>();
    while (m.find()) {
      expected.add(m.start() + ":" + (m.group(1) != null ? m.group(1) : m.group(2)));
    }
    List<String> actual = new ArrayList<>();
    for (int[] it : FINDER.itemStarts(s, cs, ce, PriorityFinder.afterStops(s))) {
      Matcher one = FINDER.itemPattern().matcher(s).region(it[0], ce);
      one.lookingAt();
      actual.add(it[0] + ":" + (one.group(1) != null ? one.group(1) : one.group(2)));
    }
    assertEquals(expected, actual, () -> "[" + s + "] " + cs + ".." + ce);
  }
}
