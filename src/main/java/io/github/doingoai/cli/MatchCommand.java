package io.github.doingoai.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.doingoai.Doingoai;
import io.github.doingoai.DoingoaiException;
import io.github.doingoai.ErrorKind;
import io.github.doingoai.Extractor;
import io.github.doingoai.json.JsonCodec;
import io.github.doingoai.match.AgreementRecord;
import io.github.doingoai.match.Event;
import io.github.doingoai.match.EventIndex;
import io.github.doingoai.match.Person;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code doingoai match [--reference-date YYYY-MM-DD] PATH...}: extracts every article, adds it to
 * an {@link EventIndex} under its file name and prints {@code {"events":[...]}} in the form of the
 * corpus' {@code events.json} (id and articles), each event with its merged meeting, the evidence of
 * its links and its agreements; then the officials and agreements identified across the articles.
 */
final class MatchCommand {
  private static final ObjectMapper MAPPER = JsonCodec.mapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final PrintStream out;

  MatchCommand(PrintStream out) {
    this.out = out;
  }

  void run(Main.Options o, Extractor extractor, Main main) {
    EventIndex index = Doingoai.matcher().build().newIndex();
    Set<String> ids = new HashSet<>();
    main.forEachArticle(o, extractor, r -> {
      String id = r.source() == null ? "-" : r.source();
      // two files of one name in two directories stay two articles
      String unique = id;
      for (int n = 2; !ids.add(unique); n++) {
        unique = id + "#" + n;
      }
      index.add(unique, r);
    });
    out.println(render(index));
  }

  static String render(EventIndex index) {
    Map<String, Object> doc = new LinkedHashMap<>();
    List<Map<String, Object>> events = new ArrayList<>();
    for (Event e : index.events()) {
      Map<String, Object> ev = new LinkedHashMap<>();
      ev.put("id", e.id());
      ev.put("articles", e.articles());
      if (e.meeting() != null) {
        ev.put("kind", e.meeting().value("kind").orElse(null));
        ev.put("date", e.meeting().value("date").orElse(null));
        ev.put("meeting", e.meeting());
      }
      ev.put("agreements", e.agreements());
      ev.put("links", e.links());
      events.add(ev);
    }
    doc.put("events", events);
    List<Person> persons = index.officials().persons();
    doc.put("officials", persons);
    List<AgreementRecord> agreements = index.agreements().agreements();
    doc.put("agreements", agreements);
    try {
      return MAPPER.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new DoingoaiException(ErrorKind.BAD_JSON, "cannot write the events: " + e.getOriginalMessage(), e);
    }
  }
}
