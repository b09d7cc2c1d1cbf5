package io.github.doingoai.internal.extract.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.doingoai.DataKind;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.gazetteer.LexiconEntry;
import io.github.doingoai.internal.gazetteer.PhraseIndex;
import io.github.doingoai.internal.text.NormalizedText;
import io.github.doingoai.internal.text.VietnameseNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The first-word filter never rules out a phrase its list would find: at every offset of the
 * articles and of text strung from the lists' own names, a phrase found means its bit is set.
 */
class WordHeadsTest {

  private static final Gazetteer G = Gazetteer.load(List.of());
  private static final OfficialLexicon LEX = new OfficialLexicon(G);

  private static void noMissedPhrase(String raw) {
    NormalizedText nt = VietnameseNormalizer.instance().normalize(raw);
    String lower = nt.lower();
    PhraseParser whole = new PhraseParser(LEX, nt.text(), lower, true);
    PhraseParser each = new PhraseParser(LEX, nt.text(), lower, false);
    List<PhraseIndex<LexiconEntry>> lists = List.of(LEX.titles, LEX.bodies, LEX.places, LEX.countries, LEX.honorifics,
        LEX.historical, LEX.ministryShort);
    int[] bits = {OfficialLexicon.TITLE, OfficialLexicon.BODY, OfficialLexicon.PLACE, OfficialLexicon.COUNTRY,
        OfficialLexicon.HONORIFIC, OfficialLexicon.HISTORICAL, OfficialLexicon.MINISTRY_SHORT};
    for (int p = 0; p <= lower.length(); p++) {
      int b = LEX.starts(lower, p);
      assertEquals(b, whole.starts(p), "at " + p);
      assertEquals(b, each.starts(p), "at " + p);
      for (int k = 0; k < lists.size(); k++) {
        if (p < lower.length() && lists.get(k).longestAt(lower, p) != null) {
          assertNotEquals(0, b & bits[k], "list " + k + " at " + p + " of " + lower);
        }
      }
      boolean former = lower.startsWith("nguyên ", p) || lower.startsWith("quyền ", p);
      if (former && (p == 0 || !Character.isLetterOrDigit(lower.charAt(p - 1)))) {
        assertNotEquals(0, b & OfficialLexicon.FORMER, "nguyên/quyền at " + p);
      }
    }
  }

  @Test
  void theArticles() throws IOException {
    int n = 0;
    for (Path dir : List.of(Path.of("examples", "articles"), Path.of("..", "shared", "corpus", "dev"),
        Path.of("..", "shared", "corpus", "dev-wide"))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> s = Files.list(dir)) {
        for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          noMissedPhrase(Files.readString(f, StandardCharsets.UTF_8));
          n++;
        }
      }
    }
    assertTrue(n > 0);
  }

  @Test
  void textMadeOfTheListsNames() {
    List<String> forms = new ArrayList<>();
    for (DataKind k : new DataKind[] {DataKind.TITLES, DataKind.BODIES, DataKind.PLACES, DataKind.COUNTRIES,
        DataKind.HONORIFICS, DataKind.HISTORICAL}) {
      for (LexiconEntry e : G.entries(k)) {
        forms.addAll(e.forms());
      }
    }
    List<String> glue = List.of(" ", ", ", " - ", ". ", "\n", " (", ") ", " và ", " nguyên ", " quyền ");
    Random rnd = new Random(11);
    for (int t = 0; t < 300; t++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 30; k++) {
        String f = forms.get(rnd.nextInt(forms.size()));
        sb.append(rnd.nextInt(4) == 0 ? f.toUpperCase(java.util.Locale.ROOT) : f).append(glue.get(rnd.nextInt(glue.size())));
      }
      noMissedPhrase(sb.toString());
    }
    // every name alone, as the whole text
    for (String f : forms) {
      noMissedPhrase(f);
    }
  }
}
