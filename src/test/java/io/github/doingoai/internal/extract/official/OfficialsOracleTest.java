package io.github.doingoai.internal.extract.official;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.doingoai.DataKind;
import io.github.doingoai.internal.extract.ArticleContext;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.gazetteer.LexiconEntry;
import io.github.doingoai.internal.text.ArticleStructure;
import io.github.doingoai.internal.text.NormalizedText;
import io.github.doingoai.internal.text.VietnameseNormalizer;
import io.github.doingoai.model.Official;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The officials stage, made faster, finds exactly what it found before: {@link OfficialExtractor}
 * against {@link OracleOfficialExtractor} (the stage as it was) on the example and corpus articles,
 * on variants of them (capitals, lower case, cut and spliced), and on generated text dense with
 * titles, bodies, places, honorifics and names.
 */
class OfficialsOracleTest {

  private static final Gazetteer G = Gazetteer.load(List.of());
  private static final OfficialExtractor FAST = new OfficialExtractor(G);
  private static final OracleOfficialExtractor ORACLE = new OracleOfficialExtractor(G);

  private static List<Official> same(String raw) {
    NormalizedText nt = VietnameseNormalizer.instance().normalize(raw);
    ArticleContext ctx = new ArticleContext(nt, ArticleStructure.of(nt, G.boilerplate()), LocalDate.of(2025, 1, 1), G);
    List<Official> want = ORACLE.extract(ctx);
    List<Official> got = FAST.extract(ctx);
    assertEquals(want, got, () -> "for text:\n" + raw);
    return want;
  }

  private static List<String> articles() throws IOException {
    List<String> out = new ArrayList<>();
    for (Path dir : List.of(Path.of("examples", "articles"), Path.of("..", "shared", "corpus", "dev"),
        Path.of("..", "shared", "corpus", "dev-wide"))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> s = Files.list(dir)) {
        for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          out.add(Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  @Test
  void theArticlesAndVariantsOfThem() throws IOException {
    List<String> arts = articles();
    Random rnd = new Random(7);
    for (String a : arts) {
      same(a);
      same(a.toLowerCase(Locale.ROOT));
      same(a.toUpperCase(Locale.ROOT));
      same(titleCase(a));
      for (int k = 0; k < 10; k++) {
        same(mutate(a, rnd));
      }
    }
    // sentences of different articles spliced together
    for (int k = 0; k < 200 && !arts.isEmpty(); k++) {
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < 6; j++) {
        String a = arts.get(rnd.nextInt(arts.size()));
        int s = rnd.nextInt(a.length());
        sb.append(a, s, Math.min(a.length(), s + 1 + rnd.nextInt(400))).append(rnd.nextBoolean() ? "\n" : " ");
      }
      same(sb.toString());
    }
  }

  @Test
  void oddShapes() {
    String official = "Bộ trưởng Bộ Ngoại giao Nguyễn Văn Sơn tiếp ông Sơn. Bộ trưởng Sơn phát biểu.";
    // long runs of word chars, with and without a hyphen after them
    same("x".repeat(300) + "-Bộ trưởng " + official);
    same("Bộ trưởng " + "Ư".repeat(70000) + "-Sơn " + official + " " + "x".repeat(66000));
    same("Bộ trưởng " + "Ư".repeat(256) + " " + official + " " + "đ".repeat(255) + "-Sơn");
    // more words than the first guess of one word in four chars
    same("a b c d e f g h i j k l m n o p q r s t u v w x y z ".repeat(20) + official);
    same("1,2,3,4,5,6,7,8,9,".repeat(100) + official + " Ă Â Ê Ô".repeat(50));
    same("");
    same("Sơn");
    same(official.substring(0, 40));
  }

  private static String titleCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean prevWord = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(!prevWord && Character.isLetter(c) ? Character.toUpperCase(c) : c);
      prevWord = Character.isLetterOrDigit(c);
    }
    return sb.toString();
  }

  /** Cuts, case changes and stray punctuation at random places. */
  private static String mutate(String a, Random rnd) {
    StringBuilder sb = new StringBuilder(a);
    for (int k = 0; k < 20 && sb.length() > 2; k++) {
      int at = rnd.nextInt(sb.length());
      switch (rnd.nextInt(6)) {
        case 0 -> sb.delete(at, Math.min(sb.length(), at + 1 + rnd.nextInt(30)));
        case 1 -> sb.setCharAt(at, Character.toUpperCase(sb.charAt(at)));
        case 2 -> sb.setCharAt(at, Character.toLowerCase(sb.charAt(at)));
        case 3 -> sb.insert(at, List.of(", ", " - ", " (", ")", ":", ";", "\n", "-", " kiêm ", "nguyên ").get(rnd.nextInt(10)));
        case 4 -> {
          int from = rnd.nextInt(sb.length());
          sb.insert(at, sb.substring(from, Math.min(sb.length(), from + 1 + rnd.nextInt(40))));
        }
        default -> {
          int e = Math.min(sb.length(), at + 40);
          sb.replace(at, e, titleCase(sb.substring(at, e)));
        }
      }
    }
    return sb.toString();
  }

  // ---- generated text ---------------------------------------------------------------------------

  private static List<String> forms(DataKind k) {
    List<String> out = new ArrayList<>();
    for (LexiconEntry e : G.entries(k)) {
      out.addAll(e.forms());
    }
    return out;
  }

  @Provide
  Arbitrary<String> dense() {
    List<String> lexical = new ArrayList<>();
    for (DataKind k : new DataKind[] {DataKind.TITLES, DataKind.BODIES, DataKind.PLACES, DataKind.COUNTRIES,
        DataKind.HONORIFICS, DataKind.HISTORICAL}) {
      lexical.addAll(forms(k));
    }
    List<String> titles = forms(DataKind.TITLES);
    List<String> bodies = forms(DataKind.BODIES);
    List<String> places = new ArrayList<>(forms(DataKind.PLACES));
    places.addAll(List.of("tỉnh Champasak", "thành phố Hải Phòng", "bang California", "tỉnh", "Chư Sê", "Việt Nam"));
    List<String> honorifics = forms(DataKind.HONORIFICS);
    // a small pool, so that names come back (full, short, after an office)
    List<String> names = List.of("Nguyễn Văn Sơn", "Trần Thị Lan", "Lê Minh Hùng", "Phạm Quốc Sơn", "Michael Grant",
        "Hoàng Thanh", "Võ Văn Thưởng", "Đỗ Hùng");
    Arbitrary<String> name = Arbitraries.of(names);
    Arbitrary<String> office = net.jqwik.api.Combinators.combine(Arbitraries.of("", "", "", "nguyên ", "Quyền ", "Phó "),
        Arbitraries.of(titles), Arbitraries.of(bodies).list().ofMaxSize(2), Arbitraries.of(places).list().ofMaxSize(1))
        .as((pre, t, bs, ps) -> {
          StringBuilder sb = new StringBuilder(pre).append(t);
          bs.forEach(x -> sb.append(' ').append(x));
          ps.forEach(x -> sb.append(' ').append(x));
          return sb.toString();
        });
    Arbitrary<String> chain = office.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(", ", l));
    Arbitrary<String> glue = Arbitraries.of(", ", " ", " ", " ", " - ", " (", ") ", ": ", "; ", ".\n", " kiêm ", " nguyên ",
        " quyền ", " tỉnh ", " thành phố ", " tại ", " nước ", " các ", " và ", " ông ", " bà ", " đồng chí ", " phó ",
        " tiếp ", "\n", ". ");
    Arbitrary<String> soup = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Arbitraries.of(lexical)),
        net.jqwik.api.Tuple.of(3, name),
        net.jqwik.api.Tuple.of(6, glue),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(lexical).map(x -> x.toLowerCase(Locale.ROOT))),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(lexical).map(OfficialsOracleTest::titleCase)))
        .list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
    Arbitrary<String> clause = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, soup),
        net.jqwik.api.Tuple.of(3, net.jqwik.api.Combinators.combine(chain, Arbitraries.of(" ", " - ", ", đồng chí ", " ông "), name)
            .as((c, sep, n) -> c + sep + n)),
        net.jqwik.api.Tuple.of(3, net.jqwik.api.Combinators.combine(Arbitraries.of(honorifics), name,
            Arbitraries.of(", ", " - ", " ("), chain).as((h, n, sep, c) -> h + " " + n + sep + c)),
        net.jqwik.api.Tuple.of(2, net.jqwik.api.Combinators.combine(Arbitraries.of("ông ", "bà ", "Ông ", "đồng chí ", "ngài ", ""),
            Arbitraries.of(titles).list().ofMaxSize(1), name)
            .as((h, t, n) -> h + String.join("", t.stream().map(x -> x + " ").toList()) + n.substring(n.lastIndexOf(' ') + 1))),
        net.jqwik.api.Tuple.of(2, office));
    return net.jqwik.api.Combinators.combine(clause, glue).as((c, g) -> c + g)
        .list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void generatedTextDenseWithOffices(@ForAll("dense") String text) {
    List<Official> found = same(text);
    net.jqwik.api.statistics.Statistics.collect(found.isEmpty() ? "no official"
        : found.stream().anyMatch(o -> o.mentions().size() > 1) ? "officials mentioned again" : "officials");
  }
}
