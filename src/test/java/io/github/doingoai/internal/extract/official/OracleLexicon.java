package io.github.doingoai.internal.extract.official;

import io.github.doingoai.DataKind;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.gazetteer.LexiconEntry;
import io.github.doingoai.internal.gazetteer.PhraseIndex;
import io.github.doingoai.internal.text.VietnameseNormalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;


// The officials stage as it was before its speed work (main d9181de), kept unchanged as the oracle
// that OfficialsOracleTest compares the optimized stage with.
/**
 * The curated data the officials stage reads, indexed once per extractor. Immutable and
 * thread-safe.
 */
final class OracleLexicon {
  final PhraseIndex<LexiconEntry> titles;
  final PhraseIndex<LexiconEntry> bodies;
  final PhraseIndex<LexiconEntry> places;
  final PhraseIndex<LexiconEntry> countries;
  final PhraseIndex<LexiconEntry> honorifics;
  final PhraseIndex<LexiconEntry> historical;
  /** Short ministry names written right after a ministerial title ({@code Bộ trưởng Ngoại giao}). */
  final PhraseIndex<LexiconEntry> ministryShort;
  /** The lookup key of each title, body and place entry's canonical name, to tell a canonical wording from an alias. */
  private final java.util.IdentityHashMap<LexiconEntry, String> canonicalKeys = new java.util.IdentityHashMap<>();
  /** Lower-case normalized surnames and their variants. */
  final Set<String> surnames;

  OracleLexicon(Gazetteer g) {
    titles = g.index(DataKind.TITLES);
    bodies = g.index(DataKind.BODIES);
    places = g.index(DataKind.PLACES);
    countries = g.index(DataKind.COUNTRIES);
    honorifics = g.index(DataKind.HONORIFICS);
    historical = g.index(DataKind.HISTORICAL);
    VietnameseNormalizer norm = VietnameseNormalizer.instance();
    PhraseIndex.Builder<LexiconEntry> shortB = PhraseIndex.builder();
    for (LexiconEntry e : g.entries(DataKind.BODIES)) {
      String shortForms = e.column(5);
      if (!shortForms.isEmpty()) {
        for (String s : shortForms.split("\\|")) {
          shortB.add(norm.key(s), e);
        }
      }
    }
    ministryShort = shortB.build();
    Set<String> s = new HashSet<>();
    for (LexiconEntry e : g.entries(DataKind.SURNAMES)) {
      for (String f : e.forms()) {
        s.add(norm.key(f));
      }
    }
    surnames = Set.copyOf(s);
    for (DataKind k : new DataKind[] {DataKind.TITLES, DataKind.BODIES, DataKind.PLACES}) {
      for (LexiconEntry e : g.entries(k)) {
        canonicalKeys.put(e, norm.key(e.name()));
      }
    }
  }

  /** True when normalized lower-case {@code lower[s, end)} is the entry's canonical name, not an alias. */
  boolean isCanonical(LexiconEntry e, String lower, int s, int end) {
    String k = canonicalKeys.get(e);
    return k != null && k.length() == end - s && lower.startsWith(k, s);
  }

  /** What a body needs after it: {@code place}, {@code ministry}, {@code parent}, {@code number}, {@code country} or {@code none}. */
  static String takes(LexiconEntry body) {
    String t = body.column(4);
    return t.isEmpty() ? "none" : t;
  }

  /** True when a title may stand alone as an office without a body ({@code Thủ tướng}). */
  static boolean standalone(LexiconEntry title) {
    return "yes".equalsIgnoreCase(title.column(4));
  }

  static boolean isMinistry(LexiconEntry body) {
    return "ministry".equals(body.kind());
  }

  boolean isSurname(String lowerWord) {
    return surnames.contains(lowerWord);
  }

  static List<String> words(String s) {
    return List.of(s.split(" "));
  }
}
