package io.github.doingoai.internal.extract.agreement;

import io.github.doingoai.DataKind;
import io.github.doingoai.internal.extract.GatedPhrases;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.gazetteer.LexiconEntry;
import io.github.doingoai.internal.gazetteer.LexiconReader;
import io.github.doingoai.internal.gazetteer.PhraseIndex;
import io.github.doingoai.internal.text.VietnameseNormalizer;
import io.github.doingoai.model.AgreementKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The cue words of {@code agreements.tsv}, indexed by role. Immutable; thread-safe. */
final class AgreementLexicon {
  static final String FILE = "agreements.tsv";
  static final Set<String> ROLES = Set.of("kind", "signed", "proposed", "referenced", "neutral", "generic",
      "generic-after", "party-prefix", "party-stop", "party-head", "not-party", "place-head", "collective",
      "adverbial", "subject-end", "list-intro", "detach", "recall");

  private final Map<String, GatedPhrases<String>> byRole = new HashMap<>();
  /** Status verbs and neutral phrases in one index, so the longest phrase decides. */
  private final GatedPhrases<String> status;
  /** Party heads and titles in one index: "Bộ trưởng" (a person) beats "Bộ" (a body). */
  private final GatedPhrases<String> heads;
  private final GatedPhrases<AgreementKind> kinds;

  AgreementLexicon(Gazetteer gazetteer) {
    VietnameseNormalizer norm = VietnameseNormalizer.instance();
    List<LexiconEntry> entries = gazetteer.entries(DataKind.AGREEMENTS, ROLES);
    Map<String, PhraseIndex.Builder<String>> builders = new HashMap<>();
    // the keys of each index, for its gate
    Map<String, List<String>> roleKeys = new HashMap<>();
    List<String> statusKeys = new ArrayList<>();
    List<String> headKeys = new ArrayList<>();
    List<String> kindKeys = new ArrayList<>();
    PhraseIndex.Builder<String> st = PhraseIndex.builder();
    PhraseIndex.Builder<String> hd = PhraseIndex.builder();
    PhraseIndex.Builder<AgreementKind> kd = PhraseIndex.builder();
    Map<AgreementKind, Integer> seen = new EnumMap<>(AgreementKind.class);
    for (LexiconEntry e : entries) {
      AgreementKind kind = null;
      if (e.kind().equals("kind")) {
        try {
          kind = AgreementKind.valueOf(e.column(4));
        } catch (IllegalArgumentException ex) {
          throw LexiconReader.bad(e.source(), "column 4 is not an AgreementKind: \"" + e.column(4) + "\"");
        }
        seen.merge(kind, 1, Integer::sum);
      }
      for (String f : e.forms()) {
        String k = norm.key(f);
        builders.computeIfAbsent(e.kind(), x -> PhraseIndex.builder()).add(k, e.kind());
        roleKeys.computeIfAbsent(e.kind(), x -> new ArrayList<>()).add(k);
        switch (e.kind()) {
          case "signed", "proposed", "referenced", "neutral" -> {
            st.add(k, e.kind());
            statusKeys.add(k);
          }
          case "party-head", "not-party" -> {
            hd.add(k, e.kind());
            headKeys.add(k);
          }
          case "kind" -> {
            kd.add(k, kind);
            kindKeys.add(k);
          }
          default -> { }
        }
      }
    }
    for (String role : ROLES) {
      // a role the file lacks gets an empty index once, not one per look-up
      byRole.put(role, new GatedPhrases<>(builders.getOrDefault(role, PhraseIndex.builder()).build(),
          roleKeys.getOrDefault(role, List.of())));
    }
    status = new GatedPhrases<>(st.build(), statusKeys);
    heads = new GatedPhrases<>(hd.build(), headKeys);
    kinds = new GatedPhrases<>(kd.build(), kindKeys);
  }

  GatedPhrases<AgreementKind> kinds() {
    return kinds;
  }

  GatedPhrases<String> status() {
    return status;
  }

  GatedPhrases<String> heads() {
    return heads;
  }

  /** The phrases of one role; an empty index when the file has none. */
  GatedPhrases<String> role(String role) {
    GatedPhrases<String> i = byRole.get(role);
    return i != null ? i : EMPTY;
  }

  private static final GatedPhrases<String> EMPTY = new GatedPhrases<>(PhraseIndex.<String>builder().build(), List.of());
}
