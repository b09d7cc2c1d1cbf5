package io.github.doingoai.internal.extract.official;

import io.github.doingoai.internal.gazetteer.LexiconEntry;
import io.github.doingoai.internal.gazetteer.PhraseIndex;
import io.github.doingoai.internal.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;


// The officials stage as it was before its speed work (main d9181de), kept unchanged as the oracle
// that OfficialsOracleTest compares the optimized stage with.
/**
 * Reads titles, bodies, places and names at a given offset of lower-case normalized text. Each
 * call reads a bounded number of words, so scanning an article stays linear. Stateless apart from
 * the immutable lexicon; thread-safe.
 */
final class OraclePhraseParser {
  /** Words that announce a place's name: {@code tỉnh Nghệ An}, {@code bang California}. */
  private static final String[] PLACE_PREFIXES = {"thành phố ", "tp. ", "tp ", "tỉnh ", "bang ", "tiểu bang ", "thủ đô ",
      "vùng ", "quận ", "huyện ", "thị xã ", "đặc khu ", "xã ", "phường ", "thị trấn ", "châu "};
  /** Prefixes that may stand alone as "the province/city itself": {@code UBND tỉnh}. */
  private static final String[] BARE_PLACE = {"tỉnh", "thành phố", "thủ đô"};

  /** Words that, written right before a title, make it part of another office. */
  private static final String[] NOT_THE_OFFICE = {"phó ", "trợ lý ", "thư ký ", "cố vấn "};

  static final int MAX_NAME_WORDS = 4;
  private static final int MAX_BODIES = 4;
  private static final int MAX_PLACE_WORDS = 4;

  private final OracleLexicon lex;

  OraclePhraseParser(OracleLexicon lex) {
    this.lex = lex;
  }

  OracleLexicon lexicon() {
    return lex;
  }

  // ---- small scanning helpers ----------------------------------------------------------------

  static boolean isWordStart(String s, int i) {
    return i < s.length() && Character.isLetterOrDigit(s.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)));
  }

  /** Offset after one space at {@code i}, or {@code i} itself when there is none. */
  static int skipSpace(String s, int i) {
    return i < s.length() && s.charAt(i) == ' ' ? i + 1 : i;
  }

  /** End of the word (letters, digits, inner hyphens between letters) starting at {@code i}. */
  static int wordEnd(String s, int i) {
    int j = i;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (Character.isLetterOrDigit(c)) {
        j++;
      } else if (c == '-' && j > i && j + 1 < s.length() && Character.isLetter(s.charAt(j + 1))
          && Character.isLetter(s.charAt(j - 1))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /** True when the word at {@code i} starts with an upper-case letter and is not an acronym. */
  static boolean isCapitalised(String text, int i, int end) {
    if (i >= end || !Character.isUpperCase(text.charAt(i))) {
      return false;
    }
    if (end - i >= 2) {
      int letters = 0;
      int upper = 0;
      for (int k = i; k < end; k++) {
        char c = text.charAt(k);
        if (Character.isLetter(c)) {
          letters++;
          if (Character.isUpperCase(c)) {
            upper++;
          }
        } else if (Character.isDigit(c)) {
          return false;
        }
      }
      // TTXVN, UBND: acronyms are never names; hyphenated names keep one capital per part
      int parts = 1;
      for (int k = i; k < end; k++) {
        if (text.charAt(k) == '-') {
          parts++;
        }
      }
      return !(upper == letters) && upper <= parts;
    }
    return Character.isLetter(text.charAt(i));
  }

  // ---- offices --------------------------------------------------------------------------------

  /**
   * The office written at {@code pos}, or {@code null}.
   *
   * @param beforeName true when a name may follow directly (so an unknown capitalised run after a
   *     body is read as the name, not as a foreign place)
   */
  OracleTitlePhrase office(String text, String lower, int pos, boolean beforeName) {
    // "Phó Ngoại trưởng", "Trợ lý Bộ trưởng": an unlisted office built on a listed one is not that office
    for (String w : NOT_THE_OFFICE) {
      if (pos >= w.length() && lower.startsWith(w, pos - w.length())
          && (pos == w.length() || !Character.isLetterOrDigit(lower.charAt(pos - w.length() - 1)))) {
        return null;
      }
    }
    int p = pos;
    boolean former = false;
    if (lower.startsWith("nguyên ", p)) {
      former = true;
      p += 7;
    } else if (lower.startsWith("quyền ", p)) {
      // an acting office keeps its "Quyền" in the text
      p += 6;
    }
    PhraseIndex.Hit<LexiconEntry> t = lex.titles.longestAt(lower, p);
    if (t == null) {
      return null;
    }
    int fullness = canonical(t.value(), text, t.start(), t.end()) ? 1 : 0;
    int titleEnd = t.end();
    int q = t.end();
    // "Trưởng Ban Dân vận": the title "Trưởng ban" and the body "Ban Dân vận" share a word; the body wins it
    int lastWord = t.end() - 1;
    while (lastWord > t.start() && lower.charAt(lastWord - 1) != ' ') {
      lastWord--;
    }
    if (lastWord > t.start()) {
      PhraseIndex.Hit<LexiconEntry> shared = lex.bodies.longestAt(lower, lastWord);
      if (shared != null && shared.end() > t.end()) {
        titleEnd = lastWord - 1;
        q = titleEnd;
      }
    }
    Tail tl = tail(text, lower, q, t.value().kind(), false, beforeName);
    return new OracleTitlePhrase(pos, tl.end(), t.value(), p, titleEnd, tl.bodies(), tl.bodyStarts(), tl.bodiesEnd(), tl.placeKey(),
        tl.placeTextStart(), tl.placeEnd(), former, fullness + tl.fullness());
  }

  /** What follows a title (or starts an organisation): bodies, a number, a place, an envoy's "tại". */
  record Tail(int end, List<LexiconEntry> bodies, List<Integer> bodyStarts, int bodiesEnd, String placeKey, int placeTextStart,
      int placeEnd, int fullness) {}

  /**
   * Reads bodies and a place from {@code q}.
   *
   * @param titleKind the category of the title before, or {@code null} for a bare organisation
   * @param atBody true when the first body starts exactly at {@code q} (no space before it)
   */
  Tail tail(String text, String lower, int q, String titleKind, boolean atBody, boolean beforeName) {
    int fullness = 0;
    List<LexiconEntry> bodies = new ArrayList<>(2);
    List<Integer> bodyStarts = new ArrayList<>(2);
    for (int k = 0; k < MAX_BODIES; k++) {
      int r = k == 0 && atBody ? q : skipSpace(lower, q);
      if ((r == q && !(k == 0 && atBody)) || r >= lower.length()) {
        break;
      }
      LexiconEntry prev = bodies.isEmpty() ? null : bodies.get(bodies.size() - 1);
      String prevTakes = prev == null ? null : OracleLexicon.takes(prev);
      if (prev != null && !"parent".equals(prevTakes) && !"ministry".equals(prevTakes)) {
        break;
      }
      PhraseIndex.Hit<LexiconEntry> b = lex.bodies.longestAt(lower, r);
      if (b != null && "ministry".equals(prevTakes) && !OracleLexicon.isMinistry(b.value())) {
        b = null;
      }
      boolean shortAllowed = prev == null ? "government".equals(titleKind) : "ministry".equals(prevTakes);
      PhraseIndex.Hit<LexiconEntry> sh = shortAllowed && Character.isUpperCase(text.charAt(r))
          ? lex.ministryShort.longestAt(lower, r) : null;
      boolean isShort = sh != null && (b == null || sh.end() > b.end());
      if (isShort) {
        b = sh;
      }
      if (b == null) {
        break;
      }
      if (!isShort && canonical(b.value(), text, b.start(), b.end())) {
        fullness++;
      }
      bodies.add(b.value());
      bodyStarts.add(b.start());
      q = b.end();
      if ("number".equals(OracleLexicon.takes(b.value()))) {
        int r2 = skipSpace(lower, q);
        int e = r2;
        while (e < lower.length() && Character.isDigit(lower.charAt(e))) {
          e++;
        }
        if (e > r2 && (e == lower.length() || !Character.isLetterOrDigit(lower.charAt(e)))) {
          q = e;
        }
      }
    }
    int bodiesEnd = q;
    String placeKey = null;
    int placeTextStart = -1;
    int placeEnd = -1;
    LexiconEntry last = bodies.isEmpty() ? null : bodies.get(bodies.size() - 1);
    boolean wantsPlace = last == null ? titleKind != null
        : !"none".equals(OracleLexicon.takes(last)) || OracleLexicon.isMinistry(last);
    if (wantsPlace) {
      // an unlisted place without "tỉnh"/"thành phố" only after a body that needs one (Tỉnh ủy Champasak)
      Place pl = place(text, lower, skipSpace(lower, q), beforeName, last != null && "place".equals(OracleLexicon.takes(last)));
      if (pl != null && skipSpace(lower, q) > q) {
        q = pl.end;
        placeKey = pl.key;
        placeTextStart = pl.nameStart;
        placeEnd = pl.end;
        if (pl.canonical) {
          fullness++;
        }
      }
    }
    // an envoy is "... tại Việt Nam"
    boolean diplomatic = "diplomatic".equals(titleKind) || (last != null && "diplomatic".equals(last.kind()));
    if (diplomatic) {
      int r = skipSpace(lower, q);
      if (r > q && lower.startsWith("tại ", r)) {
        Place at = place(text, lower, r + 4, beforeName, false);
        if (at != null && at.key != null) {
          q = at.end;
        }
      }
    }
    return new Tail(q, bodies, bodyStarts, bodiesEnd, placeKey, placeTextStart, placeEnd, fullness);
  }

  private boolean canonical(LexiconEntry e, String text, int s, int end) {
    return lex.isCanonical(e, NormalizedText.lowerSameLength(text.substring(s, end)), 0, end - s);
  }

  /** A place read after a body: {@code key} null for a bare "tỉnh" (the province itself). */
  record Place(int end, String key, int nameStart, boolean canonical) {}

  /**
   * The place at {@code r}: a country, a province of the lexicon, {@code tỉnh}/{@code thành phố}
   * and a capitalised name, or a bare {@code tỉnh}; {@code null} when none.
   */
  Place place(String text, String lower, int r, boolean beforeName, boolean unknownAllowed) {
    if (r >= lower.length() || !Character.isLetter(lower.charAt(r))) {
      return null;
    }
    int c0 = r;
    if (lower.startsWith("nước ", r)) {
      PhraseIndex.Hit<LexiconEntry> c = lex.countries.longestAt(lower, r + 5);
      if (c != null) {
        return new Place(c.end(), "country:" + c.value().name(), r + 5, false);
      }
    }
    PhraseIndex.Hit<LexiconEntry> c = lex.countries.longestAt(lower, c0);
    PhraseIndex.Hit<LexiconEntry> pl = lex.places.longestAt(lower, c0);
    if (pl != null && (c == null || pl.end() >= c.end())) {
      return new Place(pl.end(), "place:" + pl.value().name(), r, canonical(pl.value(), text, pl.start(), pl.end()));
    }
    if (c != null && Character.isUpperCase(text.charAt(r))) {
      return new Place(c.end(), "country:" + c.value().name(), r, false);
    }
    for (String pre : PLACE_PREFIXES) {
      if (lower.startsWith(pre, r)) {
        int n = r + pre.length();
        PhraseIndex.Hit<LexiconEntry> p2 = lex.places.longestAt(lower, n);
        if (p2 != null) {
          return new Place(p2.end(), "place:" + p2.value().name(), n, false);
        }
        int runEnd = capitalisedRun(text, n, MAX_PLACE_WORDS + 2);
        if (runEnd > n && !startsWithSurname(lower, n) && !startsWithOffice(lower, n)) {
          int cut = beforeName ? surnameSplit(text, lower, n, runEnd) : runEnd;
          if (cut > n) {
            return new Place(cut, "place:" + lower.substring(n, cut), n, false);
          }
        }
        break;
      }
    }
    for (String bare : BARE_PLACE) {
      if (lower.startsWith(bare, r) && (r + bare.length() == lower.length() || !Character.isLetterOrDigit(lower.charAt(r + bare.length())))) {
        int e = r + bare.length();
        return new Place(e, null, -1, false);
      }
    }
    if (unknownAllowed && Character.isUpperCase(text.charAt(r)) && !startsWithSurname(lower, r)
        && !startsWithOffice(lower, r)) {
      // a place without a prefix (Tỉnh ủy Champasak, Huyện ủy Chư Sê): before a name, only when the
      // name's known surname shows where the place ends
      int runEnd = capitalisedRun(text, r, MAX_PLACE_WORDS + 2);
      int cut = beforeName ? surnameOnlySplit(lower, r, runEnd) : runEnd;
      if (cut > r) {
        return new Place(cut, "place:" + lower.substring(r, cut), r, false);
      }
    }
    return null;
  }

  /** Where a run "Place Name" splits when the name starts with a known surname; the run's end when it does not. */
  private int surnameSplit(String text, String lower, int n, int runEnd) {
    int i = n;
    boolean first = true;
    List<Integer> starts = new ArrayList<>(MAX_PLACE_WORDS);
    while (i < runEnd) {
      starts.add(i);
      int we = wordEnd(text, i);
      if (!first && lex.isSurname(lower.substring(i, we)) && runEnd - i > we - i) {
        return i - 1;
      }
      first = false;
      i = skipSpace(text, we);
    }
    // "bang Oregon Michael Grant": a foreign name has at least two words, the place the rest
    if (starts.size() >= 3) {
      return starts.get(starts.size() - 2) - 1;
    }
    return runEnd;
  }

  /** Where a run "Place Surname ..." splits before its first known surname (not its first word), or -1. */
  private int surnameOnlySplit(String lower, int n, int runEnd) {
    int i = skipSpace(lower, wordEnd(lower, n));
    while (i < runEnd) {
      int we = wordEnd(lower, i);
      if (lex.isSurname(lower.substring(i, we)) && we < runEnd) {
        return i - 1;
      }
      i = skipSpace(lower, we);
    }
    return -1;
  }

  /** True when a title, body or honorific starts at {@code i}. */
  boolean startsWithOffice(String lower, int i) {
    return lex.titles.longestAt(lower, i) != null || lex.bodies.longestAt(lower, i) != null
        || lex.honorifics.longestAt(lower, i) != null;
  }

  boolean startsWithSurname(String lower, int i) {
    int we = wordEnd(lower, i);
    return we > i && lex.isSurname(lower.substring(i, we));
  }

  /** True when a title, body, honorific or country starts at {@code i}: it cannot be part of a name. */
  boolean startsWithOther(String lower, int i) {
    return lex.titles.longestAt(lower, i) != null || lex.bodies.longestAt(lower, i) != null
        || lex.honorifics.longestAt(lower, i) != null || lex.countries.longestAt(lower, i) != null;
  }

  /** End of a run of up to {@code max} capitalised words separated by single spaces, or {@code i} when none. */
  int capitalisedRun(String text, int i, int max) {
    int end = i;
    int p = i;
    for (int k = 0; k < max; k++) {
      if (!isWordStart(text, p)) {
        break;
      }
      int we = wordEnd(text, p);
      if (!isCapitalised(text, p, we)) {
        break;
      }
      end = we;
      if (we < text.length() && text.charAt(we) == ' ') {
        p = we + 1;
      } else {
        break;
      }
    }
    return end;
  }

  // ---- names ----------------------------------------------------------------------------------

  /** A person's name at normalized {@code [start, end)} of {@code words} words. */
  record Name(int start, int end, int words) {}

  /**
   * The name starting at {@code i}: 2 to 4 capitalised words, stopping before a word that starts a
   * title, body or honorific; {@code null} when there is none or it is a place, country or
   * historical figure.
   */
  Name name(String text, String lower, int i) {
    if (!isWordStart(text, i)) {
      return null;
    }
    int p = i;
    int end = i;
    int words = 0;
    while (words < MAX_NAME_WORDS + 1) {
      if (!isWordStart(text, p)) {
        break;
      }
      int we = wordEnd(text, p);
      if (!isCapitalised(text, p, we)) {
        break;
      }
      if (words > 0 && (lex.titles.longestAt(lower, p) != null || lex.bodies.longestAt(lower, p) != null
          || lex.honorifics.longestAt(lower, p) != null)) {
        break;
      }
      end = we;
      words++;
      if (we < text.length() && text.charAt(we) == ' ') {
        p = we + 1;
      } else {
        break;
      }
    }
    if (words < 2 || words > MAX_NAME_WORDS) {
      return null;
    }
    if (startsWithOther(lower, i)) {
      return null;
    }
    PhraseIndex.Hit<LexiconEntry> pl = lex.places.longestAt(lower, i);
    if (pl != null && pl.end() >= end) {
      return null;
    }
    PhraseIndex.Hit<LexiconEntry> h = lex.historical.longestAt(lower, i);
    if (h != null && h.end() >= end) {
      return null;
    }
    return new Name(i, end, words);
  }

  /** True when the name's first word is a known surname or its second is {@code Văn}/{@code Thị}. */
  boolean looksVietnamese(String lower, Name n) {
    if (startsWithSurname(lower, n.start())) {
      return true;
    }
    int we = wordEnd(lower, n.start());
    int s2 = skipSpace(lower, we);
    int we2 = wordEnd(lower, s2);
    String second = lower.substring(s2, we2);
    return n.words() >= 3 && (second.equals("thị") || second.equals("văn"));
  }

  /** A historical figure written at {@code i} ({@code Chủ tịch Hồ Chí Minh}, {@code Bác Hồ}): its end, or -1. */
  int historicalAt(String lower, int i) {
    PhraseIndex.Hit<LexiconEntry> h = lex.historical.longestAt(lower, i);
    return h == null ? -1 : h.end();
  }
}
