package io.github.doingoai.internal.extract.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The agreement stage's anchored regex searches against the plain {@code find()} they replace. */
class AgreementScanOracleTest {

  private static final List<String> TOKENS = List.of("ngày", "sáng", "chiều", "tối", "trưa", "nay", " ", " ", " ", "12",
      "3", "2024", "/", ".", "-", "x", "a", "1", "²", "Ⅻ", "\uD835\uDC00", "\uD835", "ngày 12/3", "sáng nay 5-11",
      "chiều ngày 1.2.2023", "tối 3/4/", "5");

  @Property(tries = 4000)
  void dayIsTheFirstMatch(@ForAll long seed, @ForAll @IntRange(min = 0, max = 25) int n) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(TOKENS.get(r.nextInt(TOKENS.size())));
    }
    String s = sb.toString();
    int from = r.nextInt(s.length() + 1);
    int to = from + r.nextInt(s.length() - from + 1);
    Matcher m = AgreementExtractor.DAY.matcher(s).region(from, to);
    String expected = m.find() ? m.start() + " " + m.end() + " " + m.group(1) + m.group(2) + m.group(3) : "none";
    Matcher a = AgreementExtractor.findDay(s, from, to);
    String actual = a == null ? "none" : a.start() + " " + a.end() + " " + a.group(1) + a.group(2) + a.group(3);
    assertEquals(expected, actual, () -> "[" + s + "] " + from + ".." + to);
  }
}
