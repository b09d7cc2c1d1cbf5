package io.github.doingoai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.doingoai.json.JsonCodec;
import io.github.doingoai.testing.VietGen;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/** One extractor shared by many threads gives exactly the results of sequential runs. */
class ConcurrencyTest {

  @Test
  void sharedExtractorMatchesSequentialRuns() throws Exception {
    List<String> texts = new ArrayList<>();
    Path corpus = Path.of("..", "shared", "corpus");
    for (String set : List.of("dev", "dev-wide")) {
      Path dir = corpus.resolve(set);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
            texts.add(Files.readString(p, StandardCharsets.UTF_8));
          }
        }
      }
    }
    // generated articles too, so the test bites where the corpus is absent
    Arbitrary<String> gen = VietGen.articles(150);
    texts.addAll(gen.sampleStream().limit(40).toList());
    Extractor ex = Doingoai.extractor().build();
    List<String> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(JsonCodec.toJson(ex.extract(t)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String t : texts) {
          futures.add(pool.submit(() -> JsonCodec.toJson(ex.extract(t))));
        }
      }
      assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
        for (int i = 0; i < futures.size(); i++) {
          assertEquals(expected.get(i % texts.size()), futures.get(i).get(), "text " + (i % texts.size()));
        }
      });
    } finally {
      pool.shutdownNow();
    }
  }
}
