package io.github.doingoai.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.doingoai.Doingoai;
import io.github.doingoai.Extractor;
import io.github.doingoai.model.Agreement;
import io.github.doingoai.model.AgreementKind;
import io.github.doingoai.model.AgreementStatus;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.Meeting;
import io.github.doingoai.model.MeetingKind;
import io.github.doingoai.model.Official;
import io.github.doingoai.model.Position;
import io.github.doingoai.model.PriorityList;
import io.github.doingoai.model.Strategy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The streaming writer against the data-binding mapper it stands in for: the same bytes, compact
 * and indented. The mapper writes every record component it finds, so a component added to a model
 * record and forgotten by the writer fails here.
 */
class ExtractionWriterTest {

  private static void assertSameAsMapper(Extraction e, String what) {
    assertEquals(JsonCodec.write(e, false), JsonCodec.toJson(e), what);
    assertEquals(JsonCodec.write(e, true), JsonCodec.toPrettyJson(e), what + " (indented)");
  }

  @Test
  void everyFieldFilled() {
    assertSameAsMapper(JsonCodecTest.rich(), "rich");
  }

  @Test
  void nullsAndEmptyLists() {
    assertSameAsMapper(Extraction.empty(null, null), "empty");
    // every nullable field of the nested records null
    Official o = new Official("o1", "A", List.of(new Position("Bộ trưởng", "Bộ trưởng", null, false, null)), List.of());
    Meeting m = new Meeting("m1", MeetingKind.TALKS, null, null, null, null, null, null, null, null, null, null, null,
        null, null);
    Agreement a = new Agreement("a1", AgreementKind.TWINNING, AgreementStatus.PROPOSED, null, null, null, null, null, null, null);
    Extraction e = new Extraction("x.txt", null, null, List.of(o), List.of(m), List.of(), List.of(a), List.of(),
        List.of(new PriorityList(null, null, null, List.of())), List.of(new Strategy("S", null, null, io.github.doingoai.model.Span.of("S", 0, 1))), List.of(),
        List.of(), List.of(), List.of());
    assertSameAsMapper(e, "sparse");
  }

  /** Whatever the strings hold (quotes, controls, surrogates, paired or not), both escape alike. */
  @Property(tries = 200)
  void anyStrings(@ForAll String source, @ForAll String title, @ForAll String warning) {
    Extraction e = new Extraction(source, null, title, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(warning));
    assertSameAsMapper(e, "strings");
  }

  @Test
  void realExtractions() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(Path.of("..", "shared", "corpus", "dev"), Path.of("..", "shared", "corpus", "dev-wide"),
        Path.of("examples", "articles"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
      }
    }
    assertFalse(files.isEmpty(), "examples/articles is part of the project");
    Extractor ex = Doingoai.extractor().build();
    for (Path f : files) {
      Extraction e = ex.extract(Files.readString(f, StandardCharsets.UTF_8)).withSource(f.getFileName().toString());
      assertSameAsMapper(e, f.toString());
    }
  }
}
