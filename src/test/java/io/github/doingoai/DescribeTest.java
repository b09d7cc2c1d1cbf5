package io.github.doingoai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.doingoai.model.Agreement;
import io.github.doingoai.model.AgreementKind;
import io.github.doingoai.model.AgreementStatus;
import io.github.doingoai.model.Author;
import io.github.doingoai.model.DatePeriod;
import io.github.doingoai.model.DocumentRef;
import io.github.doingoai.model.DocumentType;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.Meeting;
import io.github.doingoai.model.MeetingKind;
import io.github.doingoai.model.Official;
import io.github.doingoai.model.PartOfDay;
import io.github.doingoai.model.PartialDate;
import io.github.doingoai.model.Pillar;
import io.github.doingoai.model.Position;
import io.github.doingoai.model.Priority;
import io.github.doingoai.model.PriorityList;
import io.github.doingoai.model.Qualifier;
import io.github.doingoai.model.Span;
import io.github.doingoai.model.StrategicPillar;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescribeTest {

  private static final String TEXT = "Sáng 5/6, đồng chí Lâm Quốc Bảo tiếp đoàn. Thứ nhất, đẩy mạnh ngoại giao kinh tế.";

  private static Span span(String part) {
    int at = TEXT.indexOf(part);
    return Span.of(TEXT, at, at + part.length());
  }

  private static Extraction sample() {
    Official bao = new Official("o1", "Lâm Quốc Bảo",
        List.of(Position.ofText("Bí thư Tỉnh ủy"), Position.ofText("nguyên Chủ tịch UBND tỉnh")),
        List.of());
    Official le = new Official("o2", "Đỗ Thị Lệ", List.of(), List.of());
    Meeting m = new Meeting("m1", MeetingKind.RECEPTION, null, PartialDate.parse("--06-05"), PartOfDay.MORNING,
        "trụ sở Tỉnh ủy", List.of(), List.of("Lâm Quốc Bảo"), List.of("Đỗ Thị Lệ"), null, 40, Qualifier.NEARLY,
        null, null, List.of(span("tiếp đoàn")));
    Meeting recalled = new Meeting("m2", MeetingKind.CONFERENCE, "Hội nghị Ngoại vụ toàn quốc lần thứ 21",
        PartialDate.parse("2024-12"), null, null, List.of(), List.of(), List.of(), 21, null, null, null, null, List.of());
    Agreement a = new Agreement("a1", AgreementKind.MEMORANDUM_OF_UNDERSTANDING, AgreementStatus.SIGNED,
        "Biên bản ghi nhớ hợp tác", PartialDate.parse("2025-06-05"), List.of("tỉnh Lạng Sơn", "tỉnh Quảng Tây"),
        List.of("Lâm Quốc Bảo"), List.of(), new DatePeriod(PartialDate.ofYear(2025), PartialDate.ofYear(2030)), List.of());
    StrategicPillar p = new StrategicPillar(Pillar.ECONOMIC, List.of(span("ngoại giao kinh tế"), span("ngoại giao kinh tế")));
    PriorityList pl = new PriorityList("Lâm Quốc Bảo", 3, null,
        List.of(new Priority(1, span("đẩy mạnh ngoại giao kinh tế"), List.of(Pillar.ECONOMIC))));
    DocumentRef d = new DocumentRef("22-NQ/TW", DocumentType.RESOLUTION, "22", 2018, "TW", null, null);
    return new Extraction("bai-01.txt", PartialDate.parse("2025-06-05"), "Bí thư Tỉnh ủy tiếp đoàn",
        List.of(bao, le), List.of(m), List.of(recalled), List.of(a), List.of(p), List.of(pl), List.of(),
        List.of(d), List.of(), List.of(new Author("Hà Linh", span("Sáng")), new Author("Hà Linh", span("đoàn"))), List.of("văn bản có dấu hiệu mã TCVN3"));
  }

  @Test
  void listsEveryKindOfRecordInReadableLines() {
    List<String> lines = Describe.of(sample()).lines().toList();
    assertEquals("Article bai-01.txt: Bí thư Tỉnh ủy tiếp đoàn (published 2025-06-05)", lines.get(0));
    assertEquals(List.of(
        "Article bai-01.txt: Bí thư Tỉnh ủy tiếp đoàn (published 2025-06-05)",
        "Officials (2):",
        "  Lâm Quốc Bảo: Bí thư Tỉnh ủy; nguyên Chủ tịch UBND tỉnh",
        "  Đỗ Thị Lệ",
        "Meetings (1):",
        "  reception, 5/6 (year unknown) morning, at trụ sở Tỉnh ủy; chaired by Lâm Quốc Bảo; with Đỗ Thị Lệ; nearly 40 attending",
        "Recalled or announced meetings (1):",
        "  conference “Hội nghị Ngoại vụ toàn quốc lần thứ 21”, 2024-12; edition 21",
        "Agreements (1):",
        "  memorandum of understanding, signed 2025-06-05: “Biên bản ghi nhớ hợp tác”; between tỉnh Lạng Sơn and tỉnh Quảng Tây; signed by Lâm Quốc Bảo; for 2025–2030",
        "Pillars: economic (2×)",
        "Priorities of Lâm Quốc Bảo (1 listed, 3 announced):",
        "  1. đẩy mạnh ngoại giao kinh tế [economic]",
        "Documents: 22-NQ/TW (resolution)",
        "Authors: Hà Linh", // a byline and a signature name one author once
        "Warning: văn bản có dấu hiệu mã TCVN3"), lines);
  }

  @Test
  void anEmptyExtractionSaysSoInsteadOfPrintingEmptySections() {
    assertEquals("Article\nNothing found.", Describe.of(Extraction.empty(null, null)));
    String withDate = Describe.of(Extraction.empty("x.txt", PartialDate.parse("2024-01-02")));
    assertEquals("Article x.txt (published 2024-01-02)\nNothing found.", withDate);
  }

  @Test
  void cutsLongTextsAtAWordAndKeepsSurrogatePairsWhole() {
    String longText = "tăng cường   hợp tác " .repeat(10);
    String cut = Describe.cut(longText);
    assertTrue(cut.endsWith("…"), cut);
    assertTrue(cut.length() <= Describe.MAX_TEXT, cut.length() + ": " + cut);
    assertFalse(cut.contains("  "), "white space is collapsed: " + cut);
    assertTrue(longText.replaceAll("\\s+", " ").startsWith(cut.substring(0, cut.length() - 1)));

    String emoji = "😀".repeat(Describe.MAX_TEXT);
    String cutEmoji = Describe.cut(emoji);
    String kept = cutEmoji.substring(0, cutEmoji.length() - 1);
    assertEquals(0, kept.length() % 2, "no half surrogate pair: " + kept.length());
    assertTrue(kept.codePoints().allMatch(c -> c == 0x1F600));
    assertEquals("ngắn", Describe.cut("  ngắn "));
  }

  @Test
  void describesWhatTheExtractorReturns() {
    Extraction r = Doingoai.extractor().build().extract("Ông Nguyễn Văn Tâm làm việc với đoàn.").withSource("t.txt");
    String d = Describe.of(r);
    assertTrue(d.startsWith("Article t.txt"), d);
    // whatever the stages find, each official they report is described by name
    for (Official o : r.officials()) {
      assertTrue(d.contains(o.name()), d);
    }
  }
}
