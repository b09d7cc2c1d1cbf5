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

  @Property(tries = 3000)
  void countedIsTheRegex(@ForAll long seed, @ForAll @IntRange(min = 0, max = 6) int n) {
    Random r = new Random(seed);
    List<String> tokens = List.of("các", "hai", "ba", "bốn", "năm", "1", "12", "123", " ", "\t", "x", "tỉnh", "bên", "c", "b");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(tokens.get(r.nextInt(tokens.size())));
    }
    String s = sb.toString();
    int from = r.nextInt(s.length() + 1);
    int to = from + r.nextInt(s.length() - from + 1);
    Matcher m = PartyFinder.COUNTED.matcher(s.substring(from, to));
    String expected = m.find() ? m.end() + " " + m.group(1) : "none";
    PartyFinder.Counted c = PartyFinder.countedAt(s, from, to);
    assertEquals(expected, c == null ? "none" : c.end() + " " + c.number(), () -> "[" + s + "] " + from + ".." + to);
  }

  @Property(tries = 4000)
  void signedOnAndPeriodAreTheRegexes(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int n) {
    Random r = new Random(seed);
    List<String> tokens = List.of(" ", "được", "ký", "kết", "vào", "ngày", "12", "/", "3", "2024", "-", ".", ";", "x", "abcdefghij",
        "giai đoạn", "2021", " - ", "2025", "ký kết vào ngày 12/3/2024", " được ký ngày 1-2-2020", " giai đoạn 2021-2025",
        "\t", "tháng");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(tokens.get(r.nextInt(tokens.size())));
    }
    String s = sb.toString();
    int from = r.nextInt(s.length() + 1);
    int to = r.nextInt(4) > 0 ? s.length() : from + r.nextInt(s.length() - from + 1);
    Matcher on = AgreementExtractor.SIGNED_ON.matcher(s).region(from, to);
    Matcher a = AgreementExtractor.signedOn(s, from, to);
    assertEquals(on.lookingAt() ? on.group(1) + on.group(2) + on.group(3) : "none",
        a == null ? "none" : a.group(1) + a.group(2) + a.group(3), () -> "[" + s + "] " + from + ".." + to);
    Matcher p = AgreementExtractor.PERIOD.matcher(s).region(from, to);
    Matcher b = AgreementExtractor.period(s, from, to);
    assertEquals(p.lookingAt() ? p.group(1) + p.group(2) : "none", b == null ? "none" : b.group(1) + b.group(2),
        () -> "[" + s + "] " + from + ".." + to);
  }

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
