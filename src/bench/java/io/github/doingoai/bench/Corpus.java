package io.github.doingoai.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The texts every benchmark runs on: the articles written for the benchmarks (bundled with them),
 * then the dev and dev-wide articles of the shared corpus when it is present. The order is fixed,
 * so that every fork and every benchmark sees the same texts.
 */
public final class Corpus {

  /** System property naming the shared corpus directory (holding {@code dev/} and {@code dev-wide/}). */
  public static final String PROPERTY = "doingoai.bench.corpus";

  private static final String OWN = "/io/github/doingoai/bench/articles/";

  private Corpus() {}

  /** The shared corpus directory: the system property, else {@code ../shared/corpus}. */
  public static Path sharedDir() {
    return Path.of(System.getProperty(PROPERTY, Path.of("..", "shared", "corpus").toString()));
  }

  /** Every benchmark article, own ones first. */
  public static List<String> articles() {
    List<String> out = new ArrayList<>(own());
    for (String sub : List.of("dev", "dev-wide")) {
      Path dir = sharedDir().resolve(sub);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
          out.add(Files.readString(f, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(out);
  }

  /** The articles written for the benchmarks, listed in {@code articles/index.txt}. */
  public static List<String> own() {
    List<String> out = new ArrayList<>();
    for (String name : resource(OWN + "index.txt").split("\n")) {
      if (!name.isBlank()) {
        out.add(resource(OWN + name.trim()));
      }
    }
    return out;
  }

  /** Total chars of {@code texts}. */
  public static long chars(List<String> texts) {
    long n = 0;
    for (String t : texts) {
      n += t.length();
    }
    return n;
  }

  /**
   * Article-like text of exactly {@code chars} chars: the body paragraphs of the articles (lines of
   * 150 chars or more that end a sentence) one after another, a blank line between two, as many times
   * as it takes, cut at {@code chars}. Deterministic. Only body text, so that every size is content
   * from end to end: whole articles would bring their closing boilerplate ("Tin liên quan", comment
   * boxes), after which the rest of a long text counts as page furniture and costs next to nothing.
   */
  public static String longText(int chars) {
    List<String> paragraphs = new ArrayList<>();
    for (String article : articles()) {
      for (String line : article.split("\n")) {
        String l = line.strip();
        if (l.length() >= 150 && (l.endsWith(".") || l.endsWith("\""))) {
          paragraphs.add(l);
        }
      }
    }
    StringBuilder sb = new StringBuilder(chars + 16);
    int i = 0;
    while (sb.length() < chars) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(paragraphs.get(i++ % paragraphs.size()));
    }
    sb.setLength(chars);
    return sb.toString();
  }

  private static String resource(String path) {
    try (InputStream in = Corpus.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing bench resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
