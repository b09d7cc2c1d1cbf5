package io.github.doingoai.internal.extract.meeting;

import io.github.doingoai.DataKind;
import io.github.doingoai.internal.extract.GatedPhrases;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.gazetteer.LexiconEntry;
import io.github.doingoai.internal.gazetteer.LexiconReader;
import io.github.doingoai.internal.gazetteer.PhraseIndex;
import io.github.doingoai.internal.text.VietnameseNormalizer;
import io.github.doingoai.model.MeetingKind;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The curated cue words of {@code data/meeting-cues.tsv}, indexed. Immutable and thread-safe.
 */
final class MeetingCues {

  /** What a cue does; the names are column 2 of the file. */
  enum Role {
    STRONG, WEAK, RECEPTION_VERB, RECEPTION_OBJECT, IGNORE, GENERIC, SKIP_BEFORE, RECALL_PREV, RECALL_BEFORE,
    RECALL_AFTER, FUTURE_BEFORE, FUTURE_AFTER, LOCATION_STOP, LOCATION_SKIP, TITLE_TAI, LOCATION_ADMIN, ATTENDEE_NOUN, REPORT_SIGNAL;

    static Role of(String column) {
      return valueOf(column.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
  }

  /** A meeting word: its role and, for strong and weak cues, the kind of meeting it names. */
  record Cue(Role role, MeetingKind kind, boolean signing) {}

  static final String FILE = "meeting-cues.tsv";

  /** Cues that may open a meeting mention: strong, weak, reception verbs and their look-alikes. */
  final GatedPhrases<Cue> meetingWords;
  /**
   * The roles a mention looks for in the clause or sentence around it (see {@code MeetingExtractor}):
   * found with the meeting words in one walk of each sentence, by {@link #sentenceTrie}.
   */
  static final List<Role> SENTENCE_ROLES = List.of(Role.RECALL_BEFORE, Role.RECALL_AFTER, Role.FUTURE_BEFORE,
      Role.FUTURE_AFTER, Role.REPORT_SIGNAL);
  /** The meeting words and the phrases of {@link #SENTENCE_ROLES} in one trie. */
  final CueTrie sentenceTrie;
  private final Map<Role, GatedPhrases<Cue>> byRole = new EnumMap<>(Role.class);
  private final Map<Role, Set<String>> words = new EnumMap<>(Role.class);
  /** Every phrase with the roles it has (bits by ordinal). */
  private final Map<String, Integer> rolesOf = new java.util.HashMap<>();

  MeetingCues(Gazetteer gazetteer) {
    Set<String> roles = new HashSet<>();
    for (Role r : Role.values()) {
      roles.add(r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
    List<LexiconEntry> entries = gazetteer.entries(DataKind.MEETING_CUES, roles);
    VietnameseNormalizer norm = VietnameseNormalizer.instance();
    PhraseIndex.Builder<Cue> meeting = PhraseIndex.builder();
    List<String> meetingKeys = new java.util.ArrayList<>();
    List<Cue> meetingCues = new java.util.ArrayList<>();
    Map<Role, PhraseIndex.Builder<Cue>> builders = new EnumMap<>(Role.class);
    for (LexiconEntry e : entries) {
      Role role = Role.of(e.kind());
      MeetingKind kind = e.column(4).isEmpty() ? null : MeetingKind.valueOf(e.column(4));
      if ((role == Role.STRONG || role == Role.WEAK || role == Role.RECEPTION_VERB) && kind == null) {
        throw LexiconReader.bad(e.source(), "column 4 (meeting kind) is needed for role " + e.kind());
      }
      Cue cue = new Cue(role, kind, e.column(5).equals("signing"));
      for (String f : e.forms()) {
        String key = norm.key(f);
        builders.computeIfAbsent(role, r -> PhraseIndex.builder()).add(key, cue);
        words.computeIfAbsent(role, r -> new HashSet<>()).add(key);
        if (role == Role.STRONG || role == Role.WEAK || role == Role.RECEPTION_VERB || role == Role.IGNORE) {
          meeting.add(key, cue);
          meetingKeys.add(key);
          meetingCues.add(cue);
        }
      }
    }
    words.forEach((r, keys) -> keys.forEach(k -> rolesOf.merge(k, 1 << r.ordinal(), (a, b) -> a | b)));
    meetingWords = new GatedPhrases<>(meeting.build(), meetingKeys);
    Map<Role, Set<String>> sentenceRoles = new EnumMap<>(Role.class);
    for (Role r : SENTENCE_ROLES) {
      sentenceRoles.put(r, words.getOrDefault(r, Set.of()));
    }
    sentenceTrie = new CueTrie(meetingKeys, meetingCues, sentenceRoles);
    for (Role r : Role.values()) {
      byRole.put(r, new GatedPhrases<>(builders.getOrDefault(r, PhraseIndex.builder()).build(),
          words.getOrDefault(r, Set.of())));
    }
  }

  /** The index of one role's phrases. */
  GatedPhrases<Cue> index(Role role) {
    return byRole.get(role);
  }

  /** The phrases (keys) of {@code role}. */
  Set<String> words(Role role) {
    return words.getOrDefault(role, Set.of());
  }

  /** True when {@code lowerWord} is one of the phrases of {@code role}. */
  boolean is(Role role, String lowerWord) {
    return (roles(lowerWord) & (1 << role.ordinal())) != 0;
  }

  /** The roles (bits by ordinal) of which {@code lowerWord} is a phrase: one look-up for them all. */
  int roles(String lowerWord) {
    return rolesOf.getOrDefault(lowerWord, 0);
  }
}
