package io.github.doingoai.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The literal-prefix gate must never turn away a line that the rule's pattern matches. */
class BoilerplateRuleTest {

  @Test
  void prefixes() {
    assertEquals("Chia sẻ", BoilerplateRule.literalPrefix("Chia sẻ:?"));
    assertEquals("Gửi bài", BoilerplateRule.literalPrefix("Gửi bài( viết)?"));
    assertEquals("Bình luậ", BoilerplateRule.literalPrefix("Bình luận*"));
    assertEquals("Lượt xem", BoilerplateRule.literalPrefix("Lượt xem:? ?[\\d.]*"));
    assertEquals("", BoilerplateRule.literalPrefix("\\d{1,7}"));
    assertEquals("", BoilerplateRule.literalPrefix("Tin mới|Tin cũ"), "a top-level alternative");
    assertEquals("Tin ", BoilerplateRule.literalPrefix("Tin (mới|cũ)"));
    assertEquals("", BoilerplateRule.literalPrefix("(?i)abc"));
  }

  private static final List<String> REGEXES = List.of("Chia sẻ:?", "Gửi bài( viết)?", "Tin (mới|cũ)", "Tin mới|Tin cũ",
      "Bình luận*", "ab+c", "Xem thêm.*", "\\d{1,7}", "Ảnh: .{1,20}", "Đọc x{0,2}y", "a[|]b", "ĐỌC", "\\d", "\\d+ x",
      "\\d?x", "\\d*1", "\\d{0,3}x", "\\d{2}", "\\d{1,}", "\\d|x", "\\d(x|y)", "\\dx|y", "\\D");

  @Test
  void digitGates() {
    assertEquals(true, BoilerplateRule.startsWithDigit(Pattern.compile("\\d{1,7}")));
    assertEquals(true, BoilerplateRule.startsWithDigit(Pattern.compile("\\d+ Bình luận")));
    assertEquals(false, BoilerplateRule.startsWithDigit(Pattern.compile("\\d{0,7}")));
    assertEquals(false, BoilerplateRule.startsWithDigit(Pattern.compile("\\d?x")));
    assertEquals(false, BoilerplateRule.startsWithDigit(Pattern.compile("\\d|x")));
    assertEquals(false, BoilerplateRule.startsWithDigit(Pattern.compile("\\d{1,7}", Pattern.UNICODE_CHARACTER_CLASS)));
  }

  @Provide
  Arbitrary<String> lines() {
    Arbitrary<String> piece = Arbitraries.of("Chia sẻ", "chia sẻ:", "CHIA SẺ", "gửi bài", " viết", "Tin ", "mới", "cũ",
        "Bình luậ", "n", "nnn", "ab", "bbb", "c", "Xem thêm", "123", "Ảnh: ", "x", "y", "Đọc ", "đọc", "|", "a|b", "1",
        "٣", "１", " x", "1 x");
    return piece.list().ofMaxSize(4).map(l -> String.join("", l));
  }

  @Property(tries = 2000)
  void theGateAgreesWithThePattern(@ForAll("lines") String line) {
    for (String regex : REGEXES) {
      Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      BoilerplateRule rule = new BoilerplateRule(p, "line");
      assertEquals(p.matcher(line).matches(), rule.matches(line, p.matcher("")), regex + " on " + line);
      if (BoilerplateRule.startsWithDigit(p) && !(line.length() > 0 && line.charAt(0) >= '0' && line.charAt(0) <= '9')) {
        assertEquals(false, p.matcher(line).matches(), "digit gate of " + regex + " on " + line);
      }
    }
  }
}
