package io.github.doingoai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.PartialDate;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public API's promises about bad arguments and odd input. */
class ExtractorContractTest {

  private static Extractor ex;

  @BeforeAll
  static void build() {
    ex = Doingoai.extractor().build();
  }

  @Test
  void nullArgumentsNameTheParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> ex.extract(null));
    assertTrue(e.getMessage().contains("text"), e.getMessage());
    e = assertThrows(NullPointerException.class, () -> ex.extract(null, LocalDate.of(2024, 1, 1)));
    assertTrue(e.getMessage().contains("text"), e.getMessage());
    e = assertThrows(NullPointerException.class, () -> Doingoai.extractor().referenceDate(null));
    assertTrue(e.getMessage().contains("date"), e.getMessage());
    e = assertThrows(NullPointerException.class, () -> Doingoai.extractor().addData(null, Path.of("x.tsv")));
    assertTrue(e.getMessage().contains("kind"), e.getMessage());
    e = assertThrows(NullPointerException.class, () -> Doingoai.extractor().addData(DataKind.TITLES, (Path) null));
    assertTrue(e.getMessage().contains("file"), e.getMessage());
    e = assertThrows(NullPointerException.class, () -> Doingoai.extractor().addData(DataKind.TITLES, "n", null));
    assertTrue(e.getMessage().contains("content"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void nonPositiveLimitIsABadArgument(int limit) {
    DoingoaiException e = assertThrows(DoingoaiException.class, () -> Doingoai.extractor().maxTextLength(limit));
    assertEquals(ErrorKind.BAD_ARGUMENT, e.kind());
    assertTrue(e.getMessage().contains(String.valueOf(limit)), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n\t ", "\u00A0\u3000", "\r\n"})
  void blankTextGivesAnEmptyExtraction(String blank) {
    Extraction r = ex.extract(blank);
    assertEquals(Extraction.empty(null, null), r);
    assertEquals(PartialDate.of(LocalDate.of(2024, 5, 1)), ex.extract(blank, LocalDate.of(2024, 5, 1)).published());
  }

  @Test
  void invisibleOnlyTextGivesAnEmptyExtraction() {
    Extraction r = ex.extract("\u200B\u00AD\uFEFF&nbsp;");
    assertTrue(r.officials().isEmpty() && r.meetings().isEmpty() && r.dates().isEmpty());
    assertNull(r.title());
  }

  @Test
  void textOverTheLimitFailsWithSizeAndLimit() {
    Extractor small = Doingoai.extractor().maxTextLength(100).build();
    assertEquals(100, small.maxTextLength());
    small.extract("a".repeat(100)); // at the limit: fine
    DoingoaiException e = assertThrows(DoingoaiException.class, () -> small.extract("a".repeat(101)));
    assertEquals(ErrorKind.TEXT_TOO_LONG, e.kind());
    assertTrue(e.getMessage().contains("101") && e.getMessage().contains("100"), e.getMessage());
  }

  @Test
  void defaultLimitIsDocumentedValue() {
    assertEquals(ExtractorBuilder.DEFAULT_MAX_TEXT_LENGTH, ex.maxTextLength());
    assertEquals(10_000_000, ExtractorBuilder.DEFAULT_MAX_TEXT_LENGTH);
  }

  @Test
  void anInternalBugSurfacesAsInternalWithItsCause() {
    RuntimeException bug = new StringIndexOutOfBoundsException("begin 5, end 3, length 4");
    Extractor broken = new Extractor((t, d) -> {
      throw bug;
    }, null, 1000);
    DoingoaiException e = assertThrows(DoingoaiException.class, () -> broken.extract("Ngày 26/4, hội nghị."));
    assertEquals(ErrorKind.INTERNAL, e.kind());
    assertSame(bug, e.getCause());
    assertTrue(e.getMessage().contains("StringIndexOutOfBoundsException"), e.getMessage());
  }

  @Test
  void aStackOverflowInsideIsInternalToo() {
    Extractor broken = new Extractor((t, d) -> {
      throw new StackOverflowError();
    }, null, 1000);
    DoingoaiException e = assertThrows(DoingoaiException.class, () -> broken.extract("x y"));
    assertEquals(ErrorKind.INTERNAL, e.kind());
    assertInstanceOf(StackOverflowError.class, e.getCause());
  }

  @Test
  void aDoingoaiExceptionInsideKeepsItsKind() {
    Extractor broken = new Extractor((t, d) -> {
      throw new DoingoaiException(ErrorKind.BAD_INPUT, "cannot read");
    }, null, 1000);
    assertEquals(ErrorKind.BAD_INPUT, assertThrows(DoingoaiException.class, () -> broken.extract("x y")).kind());
  }

  @Test
  void builderIsImmutable() {
    ExtractorBuilder base = Doingoai.extractor();
    ExtractorBuilder dated = base.referenceDate(LocalDate.of(2021, 12, 13));
    assertNull(base.build().referenceDate());
    assertEquals(LocalDate.of(2021, 12, 13), dated.build().referenceDate());
    assertEquals(PartialDate.of(LocalDate.of(2021, 12, 13)), dated.build().extract("Một câu bình thường.").published());
  }

  @Test
  void mojibakeIsConvertedAndReported() {
    String vni = "Chieàu 5/3, Chuû tòch UBND tænh Bình Ñònh tieáp Ñaïi söù Haøn Quoác taïi truï sôû.";
    Extraction r = ex.extract(vni);
    assertEquals(1, r.warnings().size(), r.warnings().toString());
    assertTrue(r.warnings().get(0).contains("VNI"), r.warnings().toString());
    assertTrue(ex.extract("Chiều 5/3, Chủ tịch UBND tỉnh tiếp Đại sứ.").warnings().isEmpty());
  }
}
