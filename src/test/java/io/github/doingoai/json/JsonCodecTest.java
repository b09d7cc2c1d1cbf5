package io.github.doingoai.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.doingoai.Doingoai;
import io.github.doingoai.DoingoaiException;
import io.github.doingoai.ErrorKind;
import io.github.doingoai.Extractor;
import io.github.doingoai.model.Agreement;
import io.github.doingoai.model.AgreementKind;
import io.github.doingoai.model.AgreementStatus;
import io.github.doingoai.model.Author;
import io.github.doingoai.model.DatePeriod;
import io.github.doingoai.model.DocumentRef;
import io.github.doingoai.model.DocumentType;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.Meeting;
import io.github.doingoai.model.MeetingFormat;
import io.github.doingoai.model.MeetingKind;
import io.github.doingoai.model.Mention;
import io.github.doingoai.model.MentionKind;
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
import io.github.doingoai.model.Strategy;
import io.github.doingoai.model.TemporalExpression;
import io.github.doingoai.model.TemporalKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JsonCodecTest {

  static final String TEXT = "Sáng 26/4, tại Hà Nội, Bộ trưởng Bộ Ngoại giao Bùi Văn An chủ trì Hội nghị lần thứ 20.";

  private static Span span(String piece) {
    int i = TEXT.indexOf(piece);
    return Span.of(TEXT, i, i + piece.length());
  }

  /** Every field filled, every list non-empty, nested records included. */
  static Extraction rich() {
    Official o = new Official("o1", "Bùi Văn An",
        List.of(new Position("Bộ trưởng Bộ Ngoại giao", "Bộ trưởng", "Bộ Ngoại giao", false, span("Bộ trưởng Bộ Ngoại giao")),
            new Position("nguyên Đại sứ", "Đại sứ", null, true, null)),
        List.of(new Mention(span("Bùi Văn An"), MentionKind.FULL_NAME)));
    Meeting m = new Meeting("m1", MeetingKind.CONFERENCE, "Hội nghị lần thứ 20", PartialDate.ofMonthDay(4, 26),
        PartOfDay.MORNING, "Hà Nội", List.of("Bộ Ngoại giao"), List.of("Bùi Văn An"), List.of("các đại sứ"), 20, 200,
        Qualifier.NEARLY, "ngoại giao kinh tế", MeetingFormat.HYBRID, List.of(span("Hội nghị lần thứ 20")));
    Meeting recalled = new Meeting("m2", MeetingKind.TALKS, null, PartialDate.ofYear(2018), null, null, null, null, null,
        null, null, null, null, null, null);
    Agreement a = new Agreement("a1", AgreementKind.COORDINATION_REGULATION, AgreementStatus.SIGNED, "Quy chế phối hợp",
        PartialDate.of(2021, 4, 26), List.of("Thành ủy", "Bộ Ngoại giao"), List.of("Bùi Văn An"), List.of("trao đổi thông tin"),
        new DatePeriod(PartialDate.ofYear(2021), PartialDate.ofYear(2026)), List.of(span("chủ trì")));
    StrategicPillar p = new StrategicPillar(Pillar.ECONOMIC, List.of(span("Hà Nội")));
    PriorityList pl = new PriorityList("Bùi Văn An", 3, span("Sáng 26/4"),
        List.of(new Priority(1, span("tại Hà Nội"), List.of(Pillar.POLITICAL, Pillar.CULTURAL))));
    Strategy st = new Strategy("Chiến lược ngoại giao", 2030, 2045, span("Hội nghị"));
    DocumentRef d = new DocumentRef("31-NQ/TW", DocumentType.RESOLUTION, "31", 2020, "TW", PartialDate.of(2020, 11, 3),
        span("lần thứ 20"));
    TemporalExpression t = new TemporalExpression(span("Sáng 26/4"), TemporalKind.DATE, PartialDate.ofMonthDay(4, 26), null,
        PartOfDay.MORNING, "08:00");
    Author au = new Author("Bùi Văn An", span("Bùi Văn An"));
    return new Extraction("000.txt", PartialDate.of(2021, 12, 13), "Tiêu đề \"có ngoặc\" và \\ gạch", List.of(o), List.of(m),
        List.of(recalled), List.of(a), List.of(p), List.of(pl), List.of(st), List.of(d), List.of(t), List.of(au),
        List.of("một cảnh báo"));
  }

  @Test
  void richExtractionRoundTrips() {
    Extraction e = rich();
    String json = JsonCodec.toJson(e);
    assertFalse(json.contains("\n"), "one line");
    assertEquals(e, JsonCodec.fromJson(json));
    assertEquals(e, JsonCodec.fromJson(JsonCodec.toPrettyJson(e)));
    Extraction empty = Extraction.empty(null, null);
    assertEquals(empty, JsonCodec.fromJson(JsonCodec.toJson(empty)));
  }

  @Test
  void fieldNamesAreThoseOfTheContract() throws IOException {
    JsonNode n = JsonCodec.mapper().readTree(JsonCodec.toJson(rich()));
    for (String f : List.of("source", "published", "officials", "meetings", "agreements", "pillars", "documents")) {
      assertTrue(n.has(f), f);
    }
    assertEquals("2021-12-13", n.get("published").asText());
    JsonNode o = n.get("officials").get(0);
    assertEquals("Bùi Văn An", o.get("name").asText());
    assertEquals("Bộ trưởng Bộ Ngoại giao", o.get("positions").get(0).get("text").asText());
    JsonNode m = n.get("meetings").get(0);
    assertTrue(m.fieldNames().hasNext());
    for (String f : List.of("kind", "date", "partOfDay", "location", "chairs", "edition", "attendees")) {
      assertTrue(m.has(f), "meeting." + f);
    }
    assertEquals("CONFERENCE", m.get("kind").asText());
    assertEquals("--04-26", m.get("date").asText());
    assertEquals("MORNING", m.get("partOfDay").asText());
    assertEquals(20, m.get("edition").asInt());
    assertEquals(200, m.get("attendees").asInt());
    JsonNode a = n.get("agreements").get(0);
    for (String f : List.of("kind", "status", "date", "parties")) {
      assertTrue(a.has(f), "agreement." + f);
    }
    assertEquals("COORDINATION_REGULATION", a.get("kind").asText());
    assertEquals("SIGNED", a.get("status").asText());
    assertEquals("ECONOMIC", n.get("pillars").get(0).get("pillar").asText());
    assertEquals("31-NQ/TW", n.get("documents").get(0).get("code").asText());
    JsonNode sp = n.get("documents").get(0).get("span");
    assertEquals(Set.of("start", "end", "text"), Set.copyOf(iterable(sp)));
  }

  private static List<String> iterable(JsonNode n) {
    List<String> out = new java.util.ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void nullsAreWrittenAsNullAndMissingListsReadEmpty() throws IOException {
    JsonNode n = JsonCodec.mapper().readTree(JsonCodec.toJson(Extraction.empty("x.txt", null)));
    assertTrue(n.get("published").isNull());
    Extraction e = JsonCodec.fromJson("{\"source\":\"x.txt\",\"published\":\"--04-26\",\"extra\":1}");
    assertEquals("x.txt", e.source());
    assertEquals(PartialDate.ofMonthDay(4, 26), e.published());
    assertTrue(e.officials().isEmpty() && e.warnings().isEmpty());
  }

  @Test
  void badJsonIsBadJson() {
    for (String bad : List.of("", "{", "[1,2]", "{\"published\":\"2021-02-30\"}", "{\"officials\":[{\"name\":null}]}",
        "{\"meetings\":[{\"id\":\"m\",\"kind\":\"PARTY\"}]}")) {
      DoingoaiException e = assertThrows(DoingoaiException.class, () -> JsonCodec.fromJson(bad), bad);
      assertEquals(ErrorKind.BAD_JSON, e.kind(), bad);
    }
  }

  @Test
  void realExtractionsRoundTrip() throws IOException {
    Path dir = Path.of("..", "shared", "corpus", "dev");
    assumeTrue(Files.isDirectory(dir), "no corpus");
    Extractor ex = Doingoai.extractor().build();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    for (Path f : files) {
      Extraction e = ex.extract(Files.readString(f, StandardCharsets.UTF_8)).withSource(f.getFileName().toString());
      assertEquals(e, JsonCodec.fromJson(JsonCodec.toJson(e)), f.toString());
    }
  }
}
