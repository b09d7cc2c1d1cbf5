package io.github.doingoai.internal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.doingoai.internal.gazetteer.Gazetteer;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The text layer against its state before the speed work (the Oracle* classes): the same
 * normalized text, lower-case copy and offset map answer for answer, the same legacy verdicts and
 * the same article structure, on texts built to hit every path (see {@link TextGen}).
 */
class TextLayerOracleTest {

  private static final VietnameseNormalizer N = VietnameseNormalizer.instance();
  private static final OracleNormalizer O = OracleNormalizer.instance();
  private static final List<BoilerplateRule> RULES = Gazetteer.load(List.of()).boilerplate();

  @Provide
  Arbitrary<String> any() {
    return TextGen.any();
  }

  @Provide
  Arbitrary<String> mojibake() {
    return TextGen.mojibake();
  }

  @Provide
  Arbitrary<String> article() {
    return TextGen.article();
  }

  static void sameNormalization(String s, NormalizedText t, OracleNormalizedText o) {
    assertEquals(o.text(), t.text(), "text");
    assertEquals(o.lower(), t.lower(), "lower");
    assertEquals(o.legacyEncoding(), t.legacyEncoding(), "legacy encoding");
    assertEquals(o.warnings(), t.warnings(), "warnings");
    assertEquals(o.original(), t.original());
    int n = o.length();
    assertEquals(n, t.length());
    for (int i = 0; i <= n; i++) {
      assertEquals(o.toOriginalStart(i), t.toOriginalStart(i), "toOriginalStart " + i);
      assertEquals(o.toOriginalEnd(i), t.toOriginalEnd(i), "toOriginalEnd " + i);
    }
    for (int k = 0; k <= s.length(); k++) {
      assertEquals(o.toNormalized(k), t.toNormalized(k), "toNormalized " + k);
    }
    for (int a = 0; a <= n; a += Math.max(1, n / 9)) {
      for (int b = a; b <= n; b += Math.max(1, n / 7)) {
        assertEquals(o.span(a, b), t.span(a, b), "span " + a + " " + b);
      }
    }
  }

  static void sameStructure(NormalizedText t) {
    ArticleStructure s = ArticleStructure.of(t, RULES);
    OracleArticleStructure o = OracleArticleStructure.of(t, RULES);
    assertEquals(o.blocks(), s.blocks(), "blocks");
    assertEquals(o.sentences(), s.sentences(), "sentences");
    assertEquals(o.titleBlock(), s.titleBlock(), "title");
    assertEquals(o.published(), s.published(), "published");
    assertEquals(o.publishedTime(), s.publishedTime(), "published time");
    assertArrayEquals(o.authorRefs(), s.authors().toArray(), "authors");
  }

  static void check(String s) {
    assertEquals(OracleLegacy.detect(s), LegacyEncoding.detect(s), "verdict");
    NormalizedText t = N.normalize(s);
    sameNormalization(s, t, O.normalize(s));
    sameNormalization(s, N.normalizeUnicode(s), O.normalizeUnicode(s));
    assertEquals(O.key(s), N.key(s), "key");
    sameStructure(t);
  }

  @Property(tries = 3000)
  void sameAsBefore(@ForAll("any") String s) {
    check(s);
  }

  @Provide
  Arbitrary<String> letterWords() {
    return TextGen.letterWords();
  }

  @Property(tries = 3000)
  void sameWordsAsBefore(@ForAll("letterWords") String s) {
    assertEquals(O.normalize(s).text(), N.normalize(s).text());
    assertEquals(O.normalizeUnicode(s).text(), N.normalizeUnicode(s).text());
  }

  @Provide
  Arbitrary<String> bylines() {
    return net.jqwik.api.Arbitraries.oneOf(TextGen.bylines(), net.jqwik.api.Arbitraries.of(TextGen.LINES));
  }

  @Property(tries = 5000)
  void sameBylineTestsAsBefore(@ForAll("bylines") String line) {
    assertEquals(OracleArticleStructure.isAuthorLine(line), ArticleStructure.isAuthorLine(line), "author line");
    assertEquals(OracleArticleStructure.isNameList(line), ArticleStructure.isNameList(line), "name list");
    List<OracleArticleStructure.AuthorRef> before = new java.util.ArrayList<>();
    OracleArticleStructure.addCreditAuthors(before, 7, line);
    List<ArticleStructure.AuthorRef> after = new java.util.ArrayList<>();
    ArticleStructure.addCreditAuthors(after, 7, line);
    assertEquals(before.stream().map(a -> a.start() + "-" + a.end()).toList(),
        after.stream().map(a -> a.start() + "-" + a.end()).toList(), "credit authors");
  }

  @Property(tries = 500)
  void sameAsBeforeOnMojibake(@ForAll("mojibake") String s) {
    check(s);
  }

  @Property(tries = 1500)
  void sameStructureAsBefore(@ForAll("article") String s) {
    check(s);
  }

  @Example
  void corpusTextsAreTheSame() throws Exception {
    java.nio.file.Path root = java.nio.file.Path.of("..", "shared", "corpus");
    if (!java.nio.file.Files.isDirectory(root)) {
      root = java.nio.file.Path.of("/work/shared/corpus");
    }
    List<java.nio.file.Path> files = new java.util.ArrayList<>();
    for (String sub : List.of("dev", "dev-wide")) {
      java.nio.file.Path dir = root.resolve(sub);
      if (java.nio.file.Files.isDirectory(dir)) {
        try (var st = java.nio.file.Files.list(dir)) {
          st.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
      }
    }
    for (java.nio.file.Path f : files) {
      String s = java.nio.file.Files.readString(f);
      check(s);
      // and as mojibake, in every legacy encoding
      for (int e = 0; e < 4; e++) {
        check(TextGen.encode(s, e));
      }
    }
  }
}
