package io.github.doingoai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.doingoai.json.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Extracts every article of {@code ../shared/corpus/dev} and {@code dev-wide}, scores it against the
 * hand-written gold with the rules of GUIDELINES.md, and fails when a metric falls below its floor
 * in {@code dev-thresholds.properties}. Skipped where the corpus is absent (a user's own clone).
 */
class DevCorpusRegressionTest {

  private static final Path CORPUS = Path.of("..", "shared", "corpus");
  private static Extractor extractor;
  private static Properties floors;

  @BeforeAll
  static void setUp() throws IOException {
    extractor = Doingoai.extractor().build();
    floors = new Properties();
    try (InputStream in = DevCorpusRegressionTest.class.getResourceAsStream("dev-thresholds.properties")) {
      floors.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dev", "dev-wide"})
  void scoresStayAboveTheirFloors(String set) throws IOException {
    Path dir = CORPUS.resolve(set);
    assumeTrue(Files.isDirectory(dir), "no corpus at " + dir.toAbsolutePath() + ": skipped (it ships with the team's workspace only)");
    ObjectMapper mapper = JsonCodec.mapper();
    GoldScorer scorer = new GoldScorer();
    List<Path> golds;
    try (Stream<Path> s = Files.list(dir)) {
      golds = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
    }
    assertTrue(golds.size() > 0, "no gold files in " + dir);
    for (Path g : golds) {
      JsonNode gold = mapper.readTree(Files.readString(g, StandardCharsets.UTF_8));
      String source = gold.get("source").asText();
      String text = Files.readString(dir.resolve(source), StandardCharsets.UTF_8);
      JsonNode pred = mapper.readTree(JsonCodec.toJson(extractor.extract(text).withSource(source)));
      assertEquals(source, pred.get("source").asText());
      scorer.add(gold, pred);
    }
    String prefix = set.equals("dev") ? "dev." : "wide.";
    Map<String, Double> summary = scorer.summary();
    List<String> below = new ArrayList<>();
    for (String key : floors.stringPropertyNames()) {
      if (!key.startsWith(prefix)) {
        continue;
      }
      String metric = key.substring(prefix.length());
      double floor = Double.parseDouble(floors.getProperty(key).trim());
      double got = summary.getOrDefault(metric, 1.0);
      if (got + 1e-9 < floor) {
        below.add(String.format("%s %s = %.3f < floor %.3f", set, metric, got, floor));
      }
    }
    System.out.println("[" + set + "] " + summary);
    assertTrue(below.isEmpty(), String.join("\n", below) + "\nwhere the extraction differs from the gold:\n"
        + String.join("\n", scorer.differences));
  }
}
