package io.github.doingoai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.doingoai.json.JsonCodec;
import io.github.doingoai.model.Extraction;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The examples of the facade's and the builder's Javadoc run as written. */
class JavadocExamplesTest {

  @Test
  void theBuilderExampleBuildsAndExtracts() {
    Extractor extractor = Doingoai.extractor()
        .referenceDate(LocalDate.of(2025, 3, 14))
        .maxTextLength(1_000_000)
        .addData(DataKind.TITLES, "my-titles", "Giám đốc Trung tâm\tlocal\n")
        .build();
    assertEquals(LocalDate.of(2025, 3, 14), extractor.referenceDate());
    assertEquals(1_000_000, extractor.maxTextLength());
    Extraction r = extractor.extract("Sáng 14/3, Chủ tịch UBND tỉnh Trần Minh Khoa tiếp Đại sứ...");
    assertTrue(Describe.of(r).startsWith("Article"));
    assertEquals(r, JsonCodec.fromJson(JsonCodec.toJson(r)), "the JSON Lines record reads back the same");
  }

  @Test
  void buildersAreIndependentValues() {
    ExtractorBuilder base = Doingoai.extractor();
    ExtractorBuilder dated = base.referenceDate(LocalDate.of(2021, 12, 13));
    assertEquals(null, base.build().referenceDate(), "extending a builder does not change it");
    assertEquals(LocalDate.of(2021, 12, 13), dated.build().referenceDate());
  }
}
