package io.github.doingoai.match;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.doingoai.Doingoai;
import io.github.doingoai.Extractor;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Extracts every article of the dev corpora, groups them with the matcher and scores the same-event
 * pairs against {@code events.json} (pair F1, as {@code ../shared/tools/score --events} does); fails
 * below the floor of {@code dev-thresholds.properties}. Skipped where the corpus is absent.
 */
class DevCorpusEventsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"dev,dev.events", "dev-wide,wide.events"})
  void eventsStayAboveTheirFloor(String set, String floorKey) throws Exception {
    Path dir = GoldExtractions.CORPUS.resolve(set);
    assumeTrue(Files.isRegularFile(dir.resolve("events.json")), "no corpus at " + dir.toAbsolutePath());
    Properties floors = new Properties();
    try (InputStream in = DevCorpusEventsTest.class.getResourceAsStream("/io/github/doingoai/dev-thresholds.properties")) {
      floors.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    double floor = Double.parseDouble(floors.getProperty(floorKey));
    Extractor ex = Doingoai.extractor().build();
    EventIndex index = Doingoai.matcher().build().newIndex();
    List<Path> texts;
    try (Stream<Path> s = Files.list(dir)) {
      texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    for (Path t : texts) {
      String name = t.getFileName().toString();
      index.add(name, ex.extract(Files.readString(t, StandardCharsets.UTF_8)).withSource(name));
    }
    Set<String> gold = GoldExtractions.goldPairs(dir.resolve("events.json"));
    Set<String> found = GoldExtractions.pairs(index);
    Set<String> right = new TreeSet<>(found);
    right.retainAll(gold);
    double p = found.isEmpty() ? 1 : right.size() / (double) found.size();
    double r = gold.isEmpty() ? 1 : right.size() / (double) gold.size();
    double f1 = gold.isEmpty() && found.isEmpty() ? 1 : p + r == 0 ? 0 : 2 * p * r / (p + r);
    assertTrue(f1 >= floor, set + " events F1 " + f1 + " < floor " + floor + "; found " + found + ", gold " + gold);
  }
}
