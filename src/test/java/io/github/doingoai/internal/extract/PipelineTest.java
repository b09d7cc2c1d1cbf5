package io.github.doingoai.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.doingoai.Doingoai;
import io.github.doingoai.model.Author;
import io.github.doingoai.model.Extraction;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {

  @Test
  void aReporterNamedAboveAndBelowTheArticleIsOneAuthor() {
    Extraction r = Doingoai.extractor().build().extract(String.join("\n\n",
        "Tỉnh Đồng Tháp tiếp đoàn doanh nghiệp Hà Lan",
        "Trần Vy 05/06/2025 09:15",
        "Sáng 5/6, Phó Chủ tịch UBND tỉnh Đồng Tháp Nguyễn Văn Bình đã tiếp đoàn doanh nghiệp Hà Lan.",
        "Trần Vy"));
    assertEquals(List.of("Trần Vy"), r.authors().stream().map(Author::name).toList());
    assertEquals("2025-06-05", r.published().toString());
  }
}
