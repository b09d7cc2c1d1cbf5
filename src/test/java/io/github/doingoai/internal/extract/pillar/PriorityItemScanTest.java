package io.github.doingoai.internal.extract.pillar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The gated item scan against what it replaced: {@code find()} of the item pattern with its
 * look-behind over a block's region, anchoring bounds on.
 */
class PriorityItemScanTest {
  private static final String BODY = "(?:thứ\\s(nhất|hai|ba)|(một|hai|ba)\\slà)\\s?[,:.]";
  private static final Pattern OLD = Pattern.compile("(?<=^|[:;.]\\s|^[-+•*]\\s?)" + BODY);
  private static final Pattern NEW = Pattern.compile(BODY);

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("thứ ", "nhất", "hai", "ba", "một", " là", ",", ":", ".", ";", " ", "\n", "-", "•", "+", "*",
        "x", "thứ hai.", "Một là,").list().ofMaxSize(14).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void sameItemsAsTheLookBehindScan(@ForAll("texts") String text, @ForAll("cut") int cut) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    int s = Math.min(cut, lower.length());
    int e = lower.length();
    List<String> expected = new ArrayList<>();
    Matcher m = OLD.matcher(lower).region(s, e);
    m.useTransparentBounds(false).useAnchoringBounds(true);
    while (m.find()) {
      expected.add(m.start() + "-" + m.end() + ":" + m.group(1) + "/" + m.group(2));
    }
    List<String> actual = new ArrayList<>();
    for (var r : PriorityFinder.items(NEW.matcher(lower), lower, s, e)) {
      actual.add(r.start() + "-" + r.end() + ":" + r.group(1) + "/" + r.group(2));
    }
    assertEquals(expected, actual, "block from " + s + " of \"" + lower + "\"");
  }

  @Provide
  Arbitrary<Integer> cut() {
    return Arbitraries.integers().between(0, 4);
  }
}
