package io.github.doingoai.internal.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.doingoai.Doingoai;
import io.github.doingoai.Extractor;
import io.github.doingoai.internal.text.VietnameseNormalizer;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.Meeting;
import io.github.doingoai.model.PartialDate;
import io.github.doingoai.model.Span;
import io.github.doingoai.model.TemporalExpression;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text, a reported date is a real calendar date and its span is the text it came from. */
class TemporalProperties {

  private static final TemporalExtractor EXTRACTOR = new TemporalExtractor(null);
  private static final Extractor PIPELINE = Doingoai.extractor().build();

  /** Text built from pieces that look like dates, numbers, codes, cue words and meeting words. */
  @Provide
  Arbitrary<String> newsLike() {
    Arbitrary<String> number = Arbitraries.integers().between(0, 40).map(String::valueOf);
    Arbitrary<String> sep = Arbitraries.of("/", "-", ".", " - ", ":", "/20", "-KL/TW", "");
    Arbitrary<String> year = Arbitraries.integers().between(1890, 2110).map(String::valueOf);
    Arbitrary<String> word = Arbitraries.of("Ngày ", "ngày ", "Sáng ", "chiều ", "tối ", "đêm ", "trưa ", "hôm nay ",
        "hôm qua ", "sáng nay ", "thứ Hai ", "vào thứ Ba ", "Chủ nhật ", "tuần tới ", "tháng ", "năm ", "giai đoạn ",
        "nhiệm kỳ ", "đến năm ", "tầm nhìn đến ", "hai ngày ", " và ", ", ", ". ", "\n", "hội nghị ", "Hội nghị ",
        "tại Hà Nội", "tiếp Đại sứ ", "buổi làm việc ", "lễ ký kết ", "Trước đó, ", "số ", "(", ")", "“", "”",
        "\u00a0", "\u200b", "Tho\u0300a ", "lần thứ ", "gần ", " đại biểu ", "Hội nghị Thượng đỉnh ", "ASEAN ",
        "Lễ ký kết Quy chế ", "đã diễn ra ", "đồng chủ trì ", "ký kết ", "thăm và làm việc tại ", "Đại sứ ", "lần thứ 19 năm ");
    Arbitrary<String> piece = Arbitraries.oneOf(number, sep, year, word, word, word);
    return piece.list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<LocalDate> reference() {
    return Combinators.combine(Arbitraries.integers().between(1995, 2040), Arbitraries.integers().between(1, 366))
        .as((y, d) -> LocalDate.ofYearDay(y, Math.min(d, LocalDate.of(y, 1, 1).lengthOfYear())))
        .injectNull(0.3);
  }

  @Property(tries = 400)
  void everyReportedDateIsValidAndItsSpanIsItsText(@ForAll("newsLike") String text, @ForAll("reference") LocalDate ref) {
    List<TemporalExpression> found = EXTRACTOR.find(VietnameseNormalizer.instance().normalize(text), ref, p -> true);
    for (TemporalExpression e : found) {
      checkSpan(text, e.span());
      checkValid(e.date());
      checkValid(e.end());
    }
  }

  @Property(tries = 300)
  void meetingsOfAnyTextHaveValidDatesAndTrueEvidence(@ForAll("newsLike") String text,
      @ForAll("reference") LocalDate ref) {
    Extraction x = PIPELINE.extract(text, ref);
    for (TemporalExpression e : x.dates()) {
      checkSpan(text, e.span());
      checkValid(e.date());
    }
    for (Meeting m : concat(x.meetings(), x.recalledMeetings())) {
      checkValid(m.date());
      for (Span s : m.evidence()) {
        checkSpan(text, s);
      }
    }
  }

  private static List<Meeting> concat(List<Meeting> a, List<Meeting> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private static void checkSpan(String text, Span s) {
    assertTrue(s.start() >= 0 && s.end() <= text.length(), () -> s + " outside the text");
    assertEquals(text.substring(s.start(), s.end()), s.text());
  }

  private static void checkValid(PartialDate d) {
    if (d == null) {
      return;
    }
    assertEquals(d, PartialDate.parse(d.toString()));
    if (d.isComplete()) {
      assertTrue(d.toLocalDate().isPresent(), () -> d + " is no calendar date");
    }
    d.year().ifPresent(y -> assertTrue(y >= 1900 && y <= 2100, () -> "implausible year in " + d));
  }
}
