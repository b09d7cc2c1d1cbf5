package io.github.doingoai.internal.extract.meeting;

import io.github.doingoai.internal.extract.ArticleWords;
import io.github.doingoai.internal.extract.WordGate;
import io.github.doingoai.internal.extract.meeting.MeetingCues.Cue;
import io.github.doingoai.internal.extract.meeting.MeetingCues.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cues of one sentence, found in one walk of its word starts with {@link CueTrie}: the meeting
 * words, as {@code cues.meetingWords.findAll} finds them, and the phrases of the {@link
 * MeetingCues#SENTENCE_ROLES}, which every mention asks about the clause around it.
 */
final class SentenceCues {
  private static final int[] NONE = new int[0];

  /** The meeting words: {@code start, end, trie node}, as the greedy findAll finds them. */
  final List<int[]> meetings;
  /**
   * Per role (by ordinal) of the sentence roles, the longest phrase at each word start up to the
   * sentence's end, as pairs {@code start, end} in text order; null when the sentence has none.
   */
  private final int[][] table;
  private final MeetingCues cues;

  private SentenceCues(MeetingCues cues, List<int[]> meetings, int[][] table) {
    this.cues = cues;
    this.meetings = meetings;
    this.table = table;
  }

  /**
   * Walks {@code [from, to)} (one sentence) of the text of {@code words}; {@code scratch} has
   * {@link CueTrie#SLOTS} slots.
   */
  static SentenceCues of(MeetingCues cues, ArticleWords words, int from, int to, int[] scratch) {
    CueTrie trie = cues.sentenceTrie;
    WordGate gate = trie.gate();
    String lower = words.lower();
    List<int[]> meetings = new ArrayList<>(4);
    int[][] table = null;
    int[] n = null;
    int frontier = from;
    // the word starts the gate lets through, from the word table; by the char scan when a phrase
    // may start between words
    boolean byWord = !gate.hasOtherFirst();
    int last = words.endingBy(to);
    int w = byWord ? gate.nextWord(words, words.firstFrom(from), last) : -1;
    int p = byWord ? (w < 0 ? -1 : words.start(w)) : gate.next(lower, from, to);
    while (p >= 0) {
      int found = trie.walk(lower, p, to, scratch);
      // findAll takes the longest meeting word at each position it reaches, then jumps past it
      if (p >= frontier && (found & CueTrie.MEETING) != 0) {
        meetings.add(new int[] {p, scratch[CueTrie.MEETING_END], scratch[CueTrie.MEETING_NODE]});
        frontier = scratch[CueTrie.MEETING_END];
      }
      for (found &= ~CueTrie.MEETING; found != 0; found &= found - 1) {
        int o = Integer.numberOfTrailingZeros(found);
        if (table == null) {
          table = new int[Role.values().length][];
          n = new int[Role.values().length];
        }
        if (table[o] == null) {
          table[o] = new int[4];
        } else if (n[o] == table[o].length) {
          table[o] = Arrays.copyOf(table[o], n[o] * 2);
        }
        table[o][n[o]++] = p;
        table[o][n[o]++] = scratch[o];
      }
      if (byWord) {
        w = gate.nextWord(words, w + 1, last);
        p = w < 0 ? -1 : words.start(w);
      } else {
        p = gate.next(lower, p + 1, to);
      }
    }
    if (table != null) {
      for (int o = 0; o < table.length; o++) {
        table[o] = table[o] == null ? NONE : Arrays.copyOf(table[o], n[o]);
      }
    }
    return new SentenceCues(cues, meetings, table);
  }

  /** The cue of a meeting word of {@link #meetings}. */
  Cue cue(int[] meeting) {
    return cues.sentenceTrie.meetingCue(meeting[2]);
  }

  /**
   * {@code !cues.index(role).findAll(lower, from, to).isEmpty()} for a range of this sentence and a
   * role of {@link MeetingCues#SENTENCE_ROLES}. The greedy findAll finds something exactly when
   * some phrase starts in the range and ends by {@code to}; the longest one at a position may run
   * past {@code to} where a shorter one does not.
   */
  boolean anyIn(Role role, String lower, int from, int to) {
    int[] found = table == null ? NONE : table[role.ordinal()];
    for (int k = 0; k < found.length; k += 2) {
      int p = found[k];
      if (p >= to) {
        break;
      }
      if (p >= from && (found[k + 1] <= to || cues.index(role).longestAt(lower, p, to) != null)) {
        return true;
      }
    }
    return false;
  }
}
