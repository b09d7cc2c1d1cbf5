package io.github.doingoai.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.doingoai.model.Agreement;
import io.github.doingoai.model.AgreementKind;
import io.github.doingoai.model.AgreementStatus;
import io.github.doingoai.model.DocumentRef;
import io.github.doingoai.model.DocumentType;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.Meeting;
import io.github.doingoai.model.MeetingKind;
import io.github.doingoai.model.Official;
import io.github.doingoai.model.PartOfDay;
import io.github.doingoai.model.PartialDate;
import io.github.doingoai.model.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Test helper: reads the corpus' hand-written gold files (the JSON contract, which has no ids or
 * spans) into {@link Extraction}s, so that the matcher can be judged apart from the extractors, and
 * the corpus' {@code events.json} into same-event pairs.
 */
final class GoldExtractions {
  static final Path CORPUS = Path.of("..", "shared", "corpus");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GoldExtractions() {}

  /** Every {@code *.gold.json} of a directory, by article file name ({@code 000.txt}). */
  static Map<String, Extraction> read(Path dir) throws IOException {
    Map<String, Extraction> out = new LinkedHashMap<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
        String article = f.getFileName().toString().replace(".gold.json", ".txt");
        out.put(article, extraction(MAPPER.readTree(f.toFile()), article));
      }
    }
    return out;
  }

  static Extraction extraction(JsonNode g, String source) {
    List<Official> officials = new ArrayList<>();
    int n = 0;
    for (JsonNode o : g.path("officials")) {
      List<Position> pos = new ArrayList<>();
      for (JsonNode p : o.path("positions")) {
        pos.add(Position.ofText(p.path("text").asText()));
      }
      officials.add(new Official("o" + (++n), o.path("name").asText(), pos, List.of()));
    }
    List<Meeting> meetings = new ArrayList<>();
    n = 0;
    for (JsonNode m : g.path("meetings")) {
      meetings.add(new Meeting("m" + (++n), MeetingKind.valueOf(m.path("kind").asText()), text(m, "name"),
          date(m.get("date")), m.hasNonNull("partOfDay") ? PartOfDay.valueOf(m.get("partOfDay").asText()) : null,
          text(m, "location"), List.of(), strings(m.path("chairs")), List.of(),
          m.hasNonNull("edition") ? m.get("edition").asInt() : null,
          m.hasNonNull("attendees") ? m.get("attendees").asInt() : null, null, null, null, List.of()));
    }
    List<Agreement> agreements = new ArrayList<>();
    n = 0;
    for (JsonNode a : g.path("agreements")) {
      agreements.add(new Agreement("a" + (++n), AgreementKind.valueOf(a.path("kind").asText()),
          AgreementStatus.valueOf(a.path("status").asText()), null, date(a.get("date")),
          strings(a.path("parties")), List.of(), List.of(), null, List.of()));
    }
    List<DocumentRef> documents = new ArrayList<>();
    for (JsonNode d : g.path("documents")) {
      String code = d.path("code").asText();
      // the gold gives only the code: the type does not matter to the matcher
      documents.add(new DocumentRef(code, DocumentType.RESOLUTION, code.replaceAll("[^0-9].*", ""), null, null, null, null));
    }
    return new Extraction(source, date(g.get("published")), null, officials, meetings, null, agreements, null,
        null, null, documents, null, null, null);
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }

  private static PartialDate date(JsonNode n) {
    return n == null || n.isNull() ? null : PartialDate.parse(n.asText());
  }

  private static List<String> strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    for (JsonNode s : arr) {
      out.add(s.asText());
    }
    return out;
  }

  /** The same-event pairs of an {@code events.json}, each written {@code a|b} with {@code a < b}. */
  static Set<String> goldPairs(Path eventsJson) throws IOException {
    Set<String> out = new TreeSet<>();
    for (JsonNode ev : MAPPER.readTree(eventsJson.toFile()).path("events")) {
      List<String> arts = strings(ev.path("articles"));
      for (int i = 0; i < arts.size(); i++) {
        for (int j = i + 1; j < arts.size(); j++) {
          out.add(pair(arts.get(i), arts.get(j)));
        }
      }
    }
    return out;
  }

  /** The same-event pairs of an index. */
  static Set<String> pairs(EventIndex index) {
    Set<String> out = new TreeSet<>();
    for (Event e : index.events()) {
      List<String> arts = e.articles();
      for (int i = 0; i < arts.size(); i++) {
        for (int j = i + 1; j < arts.size(); j++) {
          out.add(pair(arts.get(i), arts.get(j)));
        }
      }
    }
    return out;
  }

  static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }
}
