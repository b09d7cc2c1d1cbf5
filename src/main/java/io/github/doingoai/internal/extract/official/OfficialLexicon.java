package io.github.doingoai.internal.extract.official;

import io.github.doingoai.DataKind;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.gazetteer.LexiconEntry;
import io.github.doingoai.internal.gazetteer.PhraseIndex;
import io.github.doingoai.internal.text.VietnameseNormalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The curated data the officials stage reads, indexed once per extractor. Immutable and
 * thread-safe.
 */
final class OfficialLexicon {
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

  // one bit per phrase list, for the first-word filter
  static final int TITLE = 1;
  static final int BODY = 2;
  static final int PLACE = 4;
  static final int COUNTRY = 8;
  static final int HONORIFIC = 16;
  static final int HISTORICAL = 32;
  static final int MINISTRY_SHORT = 64;
  /** {@code nguyên} or {@code quyền}, which may open an office. */
  static final int FORMER = 128;
  /** The first two words of every key of the lists above: most word starts are rejected by a probe or two. */
  private final WordHeads heads = new WordHeads();
  /** {@link #surnames} again, probed with a range of the text rather than a substring. */
  private final WordSet surnameWords = new WordSet();

  OfficialLexicon(Gazetteer g) {
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
          heads.addKey(norm.key(s), MINISTRY_SHORT);
        }
      }
    }
    ministryShort = shortB.build();
    // the keys exactly as the gazetteer indexes them (every form, normalized), so the filter never
    // rejects a phrase the index would find
    DataKind[] kinds = {DataKind.TITLES, DataKind.BODIES, DataKind.PLACES, DataKind.COUNTRIES, DataKind.HONORIFICS,
        DataKind.HISTORICAL};
    int[] kindBits = {TITLE, BODY, PLACE, COUNTRY, HONORIFIC, HISTORICAL};
    for (int k = 0; k < kinds.length; k++) {
      for (LexiconEntry e : g.entries(kinds[k])) {
        for (String f : e.forms()) {
          heads.addKey(norm.key(f), kindBits[k]);
        }
      }
    }
    Set<String> s = new HashSet<>();
    for (LexiconEntry e : g.entries(DataKind.SURNAMES)) {
      for (String f : e.forms()) {
        s.add(norm.key(f));
      }
    }
    surnames = Set.copyOf(s);
    for (String f : surnames) {
      surnameWords.add(f);
    }
    heads.addKey("nguyên", FORMER);
    heads.addKey("quyền", FORMER);
    for (DataKind k : new DataKind[] {DataKind.TITLES, DataKind.BODIES, DataKind.PLACES}) {
      for (LexiconEntry e : g.entries(k)) {
        canonicalKeys.put(e, norm.key(e.name()));
      }
    }
  }

  /** The bits of the lists that may have a phrase starting at {@code p} of lower-case {@code lower}. */
  int starts(String lower, int p) {
    return heads.at(lower, p);
  }

  /** As {@link #starts} for a {@code p} in range whose previous char (if any) is no word char. */
  int startsAtBoundary(String lower, int p) {
    return heads.wordAt(lower, p);
  }

  /**
   * As {@link #starts} at a word whose {@link String#hashCode()} is {@code h1}, followed by a word
   * whose hash is {@code h2} ({@link WordHeads#NO_WORD} when none).
   */
  int startsOfWords(int h1, int h2) {
    return heads.bits(h1, h2);
  }

  /** The bits of the lists with a phrase that starts with a char that is no word char. */
  int nonWordStarts() {
    return heads.nonWordBits();
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

  /** True when {@code lower[from, to)} is a surname (or a variant). */
  boolean isSurname(String lower, int from, int to) {
    return surnameWords.contains(lower, from, to);
  }

  static List<String> words(String s) {
    return List.of(s.split(" "));
  }
}
