package io.github.doingoai.internal.extract.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.doingoai.Doingoai;
import io.github.doingoai.Extractor;
import io.github.doingoai.model.DocumentRef;
import io.github.doingoai.model.DocumentType;
import io.github.doingoai.model.PartialDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Citations of documents written for these tests in the style of Vietnamese news. */
class DocumentExtractorTest {

  private static Extractor extractor;

  @BeforeAll
  static void build() {
    extractor = Doingoai.extractor().build();
  }

  private static List<DocumentRef> docs(String text) {
    return extractor.extract(text).documents();
  }

  private static List<String> codes(String text) {
    return docs(text).stream().map(DocumentRef::code).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Tỉnh ủy quán triệt Nghị quyết 18-NQ/TW về đổi mới hệ thống chính trị.|18-NQ/TW|RESOLUTION|18|TW",
      "Các cấp ủy triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị về khoa học công nghệ.|57-NQ/TW|RESOLUTION|57|TW",
      "Thực hiện Chỉ thị số 25-CT/TW về đối ngoại đa phương, thành phố đã chủ động tham gia.|25-CT/TW|DIRECTIVE|25|TW",
      "Hội nghị phổ biến Kết luận 57-KL/TW về công tác thông tin đối ngoại.|57-KL/TW|CONCLUSION|57|TW",
      "Sở Ngoại vụ thực hiện Quyết định 2085/QĐ-TTg của Thủ tướng Chính phủ.|2085/QĐ-TTg|DECISION|2085|TTg",
      "Nghị định 80/2022/NĐ-CP quy định về quản lý đoàn ra, đoàn vào.|80/2022/NĐ-CP|DECREE|80|CP",
      "Thông tư 03/2023/TT-BNG hướng dẫn thủ tục lãnh sự được áp dụng từ tháng 7.|03/2023/TT-BNG|CIRCULAR|03|BNG",
      "Quốc hội thông qua Nghị quyết số 105/2023/QH15 về giám sát chuyên đề.|105/2023/QH15|RESOLUTION|105|QH15",
      "Luật Điều ước quốc tế số 108/2016/QH13 được sửa đổi bổ sung.|108/2016/QH13|OTHER|108|QH13",
      "Ban Đối ngoại Trung ương ban hành Hướng dẫn số 12-HD/BĐNTW về lễ tân.|12-HD/BĐNTW|GUIDANCE|12|BĐNTW",
      "Cán bộ cần nắm vững Quy định số 05-QĐi/TW về quản lý hoạt động đối ngoại.|05-QĐi/TW|REGULATION|05|TW",
      "Tỉnh triển khai Nghị quyết số 21/NQ-CP về chương trình hành động của Chính phủ.|21/NQ-CP|RESOLUTION|21|CP",
      "Thành ủy ban hành Kế hoạch số 140-KH/TU để cụ thể hóa chủ trương.|140-KH/TU|PLAN|140|TU",
      "Văn phòng gửi Thông báo số 88-TB/TW tới các đảng đoàn.|88-TB/TW|NOTICE|88|TW",
  })
  void aFullCodeIsReportedWithItsParts(String sentence, String code, DocumentType type, String number, String issuer) {
    List<DocumentRef> d = docs(sentence);
    assertEquals(1, d.size(), () -> "in: " + sentence + " got " + d);
    assertEquals(code, d.get(0).code());
    assertEquals(number, d.get(0).number());
    assertEquals(issuer, d.get(0).issuer());
    if (type != DocumentType.OTHER) {
      assertEquals(type, d.get(0).type());
    }
  }

  @Test
  void aLawIsTypedByItsTypeWordWhenTheCodeHasNone() {
    DocumentRef d = docs("Quốc hội đã ban hành Luật số 67/2020/QH14 về xử lý vi phạm hành chính.").get(0);
    assertEquals("67/2020/QH14", d.code());
    assertEquals(DocumentType.LAW, d.type());
    assertEquals(2020, d.year());
  }

  @Test
  void letterCaseOfTheTypeCodeIsCanonicalised() {
    assertEquals(List.of("02-QĐi/TW"), codes("Lễ tân thực hiện theo Quy định số 02-Qđi/TW của Ban Bí thư."));
    assertEquals(List.of("02-QĐi/TW"), codes("Lễ tân thực hiện theo Quy định số 02-QĐI/TW của Ban Bí thư."));
  }

  @Test
  void aBareNumberOfACentralPartyBodyTakesTheTwCode() {
    DocumentRef d = docs("Cán bộ thể hiện tinh thần Kết luận 21 của Bộ Chính trị trong công việc.").get(0);
    assertEquals("21-KL/TW", d.code());
    assertEquals(DocumentType.CONCLUSION, d.type());
    assertEquals("Kết luận 21", d.span().text());
    assertEquals(List.of("9-CT/TW"), codes("Quán triệt Chỉ thị số 9 ngày 4/5/2022 của Ban Bí thư tới chi bộ."));
  }

  @Test
  void aBareNumberOfAnyOtherIssuerIsNotReported() {
    assertEquals(List.of(), codes("Thực hiện Hướng dẫn số 06 của Ban Đối ngoại Trung ương, các tỉnh đã báo cáo."));
    assertEquals(List.of(), codes("Theo Quyết định 15 của UBND tỉnh, hội nghị được tổ chức tại hội trường."));
  }

  @Test
  void theSameDocumentCitedTwiceIsListedOnce() {
    String text = "Tỉnh ủy triển khai Quy định số 02-QĐi/TW ngày 18-7-2018 của Ban Bí thư. "
        + "Các cơ quan quán triệt nghiêm túc Quy định số 02 của Ban Bí thư và Nghị quyết 31-NQ/TW.";
    List<DocumentRef> d = docs(text);
    assertEquals(List.of("02-QĐi/TW", "31-NQ/TW"), d.stream().map(DocumentRef::code).toList());
    assertEquals(PartialDate.of(2018, 7, 18), d.get(0).date());
    assertEquals(2018, d.get(0).year());
  }

  @Test
  void theDateAfterTheCodeIsTheDateOfIssue() {
    DocumentRef d = docs("Thành phố thực hiện Chỉ thị số 32-CT/TW ngày 18/2/2019 của Bộ Chính trị.").get(0);
    assertEquals(PartialDate.of(2019, 2, 18), d.date());
    assertEquals("Chỉ thị số 32-CT/TW", d.span().text());
  }

  @Test
  void aDocumentNamedOnlyByItsCongressHasNoCode() {
    assertEquals(List.of(), codes("Đảng bộ quyết tâm thực hiện thắng lợi Nghị quyết Đại hội XIII của Đảng."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Văn bản số 31-NQ/ chưa rõ cơ quan ban hành.",
      "Nghị quyết 31-XYZ/TW không có trong danh mục loại văn bản.",
      "Nghị định 15/20/NĐ-CP bị ghi sai năm ban hành.",
      "Nghị định 15/1890/NĐ-CP ghi năm không hợp lệ.",
      "Thông tư 0-TT/BNG không có số hiệu.",
      "Mã NQ/TW được nhắc tới mà không có số.",
      "Nghị quyết 31-NQ/TW/2020 bị ghi thừa phần năm.",
      "Quyết định 1234/XX-TTg ghi sai mã loại văn bản.",
      "Quyết định 1234/QĐ-tinhuy viết thường cơ quan ban hành không có trong danh mục.",
      "Theo kế hoạch, số 12-10/2023 là ngày tổ chức sự kiện.",
      "Tỷ số trận đấu là 2-1/3 hiệp.",
  })
  void aMalformedCodeIsNotReported(String sentence) {
    assertEquals(List.of(), codes(sentence), sentence);
  }

  @Test
  void aKnownIssuerWrittenInAnotherCaseTakesItsStandardCase() {
    assertEquals(List.of("1234/QĐ-TTg"), codes("Thực hiện Quyết định 1234/qđ-TTG của Thủ tướng Chính phủ."));
  }

  @Test
  void spacesAroundSeparatorsAreDroppedFromTheCode() {
    assertEquals(List.of("26-NQ/TW", "19-NQ/TW"),
        codes("Tỉnh ủy quán triệt Nghị quyết số 26 - NQ/TW và Nghị quyết 19-NQ/ TW của Trung ương."));
  }

  @Test
  void aSecondCodeWithoutTypeWordTakesItsTypeFromTheCode() {
    List<DocumentRef> d = docs("Hội nghị quán triệt Nghị quyết 18-NQ/TƯ và 19-NQ/TW của Ban Chấp hành Trung ương.");
    assertEquals(List.of("18-NQ/TW", "19-NQ/TW"), d.stream().map(DocumentRef::code).toList());
    assertEquals(DocumentType.RESOLUTION, d.get(1).type());
  }

  @Test
  void aCodeInsideBoilerplateIsNotReported() {
    String text = "Tỉnh ủy họp bàn công tác đối ngoại năm 2024.\n\nXem thêm\n\nNghị quyết 99-NQ/TW được phổ biến.";
    assertTrue(codes(text).isEmpty(), () -> codes(text).toString());
  }

  @Test
  void theSpanPointsIntoTheOriginalText() {
    String text = "Ban Thường vụ Tỉnh ủy   quán triệt Nghị  quyết số 43-NQ/TW về đại đoàn kết.";
    DocumentRef d = docs(text).get(0);
    assertEquals(text.substring(d.span().start(), d.span().end()), d.span().text());
    assertTrue(d.span().text().endsWith("43-NQ/TW"));
    assertNull(d.date());
  }
}
