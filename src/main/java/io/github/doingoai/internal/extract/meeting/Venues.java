package io.github.doingoai.internal.extract.meeting;

import io.github.doingoai.internal.extract.meeting.MeetingCues.Cue;
import io.github.doingoai.internal.extract.meeting.MeetingCues.Role;
import io.github.doingoai.internal.gazetteer.PhraseIndex;
import io.github.doingoai.internal.text.NormalizedText;
import java.util.List;

/**
 * Finds the venue a sentence names with {@code tại}: the phrase up to the next comma or verb
 * ({@code tại thành phố Thủ Dầu Một (tỉnh Bình Dương)}, {@code tại P.Long An}), skipping
 * {@code tại} before a meeting word or a bridge point ({@code tại Hội nghị}, {@code tại điểm cầu})
 * and inside an office ({@code Đại sứ Ấn Độ tại Việt Nam}). The work is bounded per {@code tại}.
 * Immutable and thread-safe.
 */
final class Venues {
  private final MeetingCues cues;

  Venues(MeetingCues cues) {
    this.cues = cues;
  }

  /** The venue named with {@code tại} in normalized {@code [from, to)} (one sentence), or {@code null}. */
  String find(NormalizedText text, int from, int to) {
    return find(text, from, to, new Occurrences(text.lower(), TAI));
  }

  static final String TAI = "tại ";

  /** As {@link #find(NormalizedText, int, int)}, given where "tại " stands in the lower-case text. */
  String find(NormalizedText text, int from, int to, Occurrences tai) {
    String s = text.lower();
    String t = text.text();
    for (int at = tai.next(from); at >= 0 && at + 4 <= to; at = tai.next(at + 1)) {
      if (at > 0 && Character.isLetterOrDigit(s.charAt(at - 1))) {
        continue;
      }
      int p = at + 4;
      if (cues.index(Role.LOCATION_SKIP).longestAt(s, p, to) != null
          || cues.meetingWords.longestAt(s, p, to) != null) {
        continue;
      }
      if (partOfTitle(s, at, from)) {
        continue;
      }
      int end = venueEnd(s, p, to);
      if (end <= p) {
        continue;
      }
      // "Cửa khẩu quốc tế Mộc Bài, tỉnh Tây Ninh": a unit of the venue's province after a comma
      if (end + 2 < to && s.startsWith(", ", end)) {
        PhraseIndex.Hit<Cue> unit = cues.index(Role.LOCATION_ADMIN).longestAt(s, end + 2, to);
        if (unit != null) {
          int e2 = venueEnd(s, end + 2, to);
          if (e2 > unit.end() + 1 && e2 - end <= 40 && Character.isUpperCase(t.charAt(unit.end() + 1))
              && (e2 >= to || ",.;".indexOf(t.charAt(e2)) >= 0)) {
            end = e2;
          }
        }
      }
      String venue = t.substring(p, end);
      if (venue.length() > 90 || venue.chars().noneMatch(Character::isUpperCase)) {
        continue;
      }
      return text.span(p, end).text();
    }
    return null;
  }

  /**
   * "Đại sứ Cuba tại Việt Nam": {@code tại} inside an office, with no verb between the title
   * word and it, names where the office is, not where the meeting is.
   */
  boolean partOfTitle(String s, int at, int from) {
    int clause = from;
    for (int k = at - 1; k >= Math.max(from, at - 80); k--) {
      char c = s.charAt(k);
      if (c == ',' || c == ';' || c == ':') {
        clause = k + 1;
        break;
      }
    }
    List<PhraseIndex.Hit<Cue>> titles = cues.index(Role.TITLE_TAI).findAll(s, Math.max(clause, at - 80), at);
    for (PhraseIndex.Hit<Cue> title : titles) {
      boolean verbBetween = false;
      for (int i = title.end(); i < at; i++) {
        if (s.charAt(i) == ' ' && cues.index(Role.LOCATION_STOP).longestAt(s, i + 1, at) != null) {
          verbBetween = true;
          break;
        }
      }
      if (!verbBetween) {
        return true;
      }
    }
    return false;
  }

  /** Where a venue phrase ends: a comma, a stop, or a word that starts the clause's verb. */
  int venueEnd(String s, int p, int limit) {
    limit = Math.min(limit, p + 120);
    int i = p;
    int depth = 0;
    while (i < limit) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && (c == ',' || c == ';' || c == ':' || c == '"'
          || c == '.' && (i + 1 >= limit || s.charAt(i + 1) == ' '))) {
        break;
      } else if (depth == 0 && c == ' ' && i + 1 < limit
          && cues.index(Role.LOCATION_STOP).longestAt(s, i + 1, limit) != null) {
        break;
      }
      i++;
    }
    while (i > p && s.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }
}
