package io.github.doingoai.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.doingoai.Doingoai;
import io.github.doingoai.DoingoaiException;
import io.github.doingoai.ErrorKind;
import io.github.doingoai.Extractor;
import io.github.doingoai.json.JsonCodec;
import io.github.doingoai.match.EventIndex;
import java.io.PrintStream;
import java.util.HashSet;
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
    Map<String, Object> doc = index.report();
    try {
      return MAPPER.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new DoingoaiException(ErrorKind.BAD_JSON, "cannot write the events: " + e.getOriginalMessage(), e);
    }
  }
}
