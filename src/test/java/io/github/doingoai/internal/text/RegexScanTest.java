package io.github.doingoai.internal.text;

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

/** RegexScan finds what find() finds, look-behinds, look-aheads and anchors included. */
class RegexScanTest {

  private static final Pattern CODE = Pattern.compile("(?<![\\p{L}\\p{N}/.\\-])(\\d{1,3})(?:-([a-z]{1,3})/(tw|ub))(?![\\p{L}\\p{N}/])");
  private static final Pattern WORD = Pattern.compile("(?<=^|[.:] )(thứ|thông) (\\d)\\b|(?:ngày|nay) \\d$");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("12-NQ/TW", "5-kl/ub", "1/", "-", "a", "9", " ", ". ", ": ", "thứ 2", "thông 3", "ngày 4", "nay", "12/5", "ngày 3/11", "x1/2", "é",
        "tw", "/", "x7").list().ofMaxSize(25).map(parts -> String.join("", parts));
  }

  @Property(tries = 1000)
  void sameMatchesAsFind(@ForAll("texts") String text) {
    assertEquals(viaFind(CODE, text), viaScan(CODE, text, RegexScan::isAsciiDigit), text);
    assertEquals(viaFind(WORD, text), viaScan(WORD, text, c -> c == 't' || c == 'n'), text);
  }

  private static List<String> viaFind(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.start() + ":" + m.group());
    }
    return out;
  }

  private static List<String> viaScan(Pattern p, String text, RegexScan.CharTest canStart) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    for (int from = 0; RegexScan.find(m, text, from, canStart); from = m.end()) {
      out.add(m.start() + ":" + m.group());
    }
    return out;
  }
}
