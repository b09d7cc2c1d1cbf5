package io.github.doingoai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.Span;
import io.github.doingoai.testing.Spans;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs built to make a careless regex or a quadratic loop hang. Each must finish well inside a
 * generous guard (the guard catches a hang, it does not measure speed) and give sane spans.
 */
class AdversarialInputTest {

  private static final Duration GUARD = Duration.ofSeconds(20);
  private static Extractor ex;

  @BeforeAll
  static void build() {
    ex = Doingoai.extractor().build();
  }

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("capitalised syllables", (Supplier<String>) () ->
            "Hội nghị có " + "Nguyễn Văn Trần Thị Lê Hoàng Phạm Minh ".repeat(25_000) + "tham dự."),
        Arguments.of("Bí thư repeated a million times", (Supplier<String>) () -> "Bí thư ".repeat(1_000_000)),
        Arguments.of("100,000 digits and slashes", (Supplier<String>) () -> "Ngày " + "12/".repeat(33_334) + " họp."),
        Arguments.of("100,000 digits and dots and dashes", (Supplier<String>) () -> "ngày " + "1.2-".repeat(25_000)),
        Arguments.of("Thứ nhất repeated", (Supplier<String>) () -> "Ông nêu các nhiệm vụ: " + "Thứ nhất, ".repeat(200_000)),
        Arguments.of("a 5 MB line", (Supplier<String>) () -> "hợp tác kinh tế đối ngoại nhân dân ".repeat(150_000)),
        Arguments.of("a 5 MB line of one word", (Supplier<String>) () -> "a".repeat(5_000_000)),
        Arguments.of("titles and bodies chained", (Supplier<String>) () ->
            "Ông Nguyễn Văn An, " + "Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, ".repeat(50_000) + "phát biểu."),
        Arguments.of("open quotes and brackets", (Supplier<String>) () -> "\"(“[".repeat(500_000)),
        Arguments.of("many short lines", (Supplier<String>) () -> "Chú thích ảnh\nTin\n(Ảnh: A/B)\n".repeat(100_000)),
        Arguments.of("entities", (Supplier<String>) () -> "&nbsp;&quot;&#39;&amp;&".repeat(200_000)),
        Arguments.of("document codes", (Supplier<String>) () -> "Nghị quyết số " + "31-NQ/TW, ".repeat(100_000)),
        Arguments.of("meeting words", (Supplier<String>) () -> "Hội nghị lần thứ 20 hội đàm tiếp làm việc với ".repeat(100_000)),
        Arguments.of("mojibake", (Supplier<String>) () -> "Chuû tòch UBND tænh Ñoàng Thaùp ".repeat(100_000)),
        Arguments.of("surrogates and marks", (Supplier<String>) () -> "\uD800a\u0301\u0301\u0323😀\u200F".repeat(300_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void finishesWithSaneSpans(String name, Supplier<String> make) {
    String text = make.get();
    Extraction r = assertTimeoutPreemptively(GUARD, () -> ex.extract(text), name);
    for (Span s : Spans.of(r)) {
      assertTrue(s.end() <= text.length());
      assertEquals(text.substring(s.start(), s.end()), s.text());
    }
  }

  @Test
  void fiftyMegabytesFailAtOnceWithTheDocumentedKind() {
    String huge = "a".repeat(50_000_000);
    DoingoaiException e = assertTimeoutPreemptively(GUARD,
        () -> assertThrows(DoingoaiException.class, () -> ex.extract(huge)));
    assertEquals(ErrorKind.TEXT_TOO_LONG, e.kind());
    assertTrue(e.getMessage().contains("50000000") && e.getMessage().contains("10000000"), e.getMessage());
  }

  @Test
  void textThatIsNotVietnamese() {
    String[] others = {
        "The two ministers met in Hanoi on 26 April and signed a memorandum of understanding.",
        "中华人民共和国外交部长会见越南代表团。双方签署了合作协议。",
        "Министр иностранных дел встретился с делегацией Вьетнама 26 апреля.",
        "وزير الخارجية يلتقي الوفد الفيتنامي في هانوي",
        "ພະນະທ່ານ ເລຂາທິການໃຫຍ່ ໄດ້ຕ້ອນຮັບຄະນະຜູ້ແທນ",
        "Le ministre a reçu la délégation vietnamienne à Hanoï le 26 avril dernier."};
    for (String t : others) {
      Extraction r = assertTimeoutPreemptively(GUARD, () -> ex.extract(t));
      assertTrue(r.officials().isEmpty(), t);
      assertTrue(r.agreements().isEmpty(), t);
    }
  }
}
