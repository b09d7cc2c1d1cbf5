package io.github.doingoai.internal.extract.official;

import io.github.doingoai.internal.extract.ArticleWords;
import io.github.doingoai.internal.gazetteer.LexiconEntry;
import io.github.doingoai.internal.gazetteer.PhraseIndex;
import io.github.doingoai.internal.text.Chars;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads titles, bodies, places and names at a given offset of one normalized text. Each call reads
 * a bounded number of words, so scanning an article stays linear. One instance per text and
 * thread: it remembers which phrase lists can start at each word it has looked at.
 */
final class PhraseParser {
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

  private final OfficialLexicon lex;
  private final String text;
  private final String lower;
  /**
   * The words of the text ({@link ArticleWords}), when read up front: the scan asks about the same
   * word start several times (historical figure, honorific, title, then again inside a name, then
   * for short names). {@code null} when the parser reads a short range and looks up each time.
   */
  private final ArticleWords table;
  /** Per word of {@link #table}: see {@link #wordBits(int)}. */
  private final int[] wordBits;
  private final int words;
  /** The word {@link #wordAt} found last: most look-ups are at it or the next one. */
  private int cursor;

  /**
   * @param text normalized text
   * @param lower its lower-case copy ({@code NormalizedText#lower})
   * @param whole true to read the words of the whole text up front (for a scan of the whole text)
   */
  PhraseParser(OfficialLexicon lex, String text, String lower, boolean whole) {
    this(lex, text, lower, whole ? ArticleWords.of(lower) : null);
  }

  /** A parser of the whole text, given the words of its lower-case copy ({@code ArticleContext#words}). */
  PhraseParser(OfficialLexicon lex, String text, ArticleWords words) {
    this(lex, text, words.lower(), words);
  }

  private PhraseParser(OfficialLexicon lex, String text, String lower, ArticleWords table) {
    this.lex = lex;
    this.text = text;
    this.lower = lower;
    this.table = table;
    if (table == null) {
      wordBits = null;
      words = 0;
      return;
    }
    int count = table.count();
    int n = lower.length();
    int[] wb = new int[count];
    // a phrase of several words needs the next word too
    int h2 = count > 0 ? table.hash(0) : WordHeads.NO_WORD;
    for (int w = 0; w < count; w++) {
      int h1 = h2;
      h2 = w + 1 < count ? table.hash(w + 1) : WordHeads.NO_WORD;
      int e = table.end(w);
      wb[w] = lex.startsOfWords(h1, h2) | (Upper.is(text.charAt(table.start(w))) ? UPPER : 0)
          | (e < n && text.charAt(e) == '-' ? HYPHEN : 0);
    }
    wordBits = wb;
    words = count;
  }

  OfficialLexicon lexicon() {
    return lex;
  }

  String text() {
    return text;
  }

  String lower() {
    return lower;
  }

  /** How many words the text has (0 unless read up front). */
  int words() {
    return words;
  }

  /** Where word {@code w} starts. */
  int wordStart(int w) {
    return table.start(w);
  }

  /** The {@link String#hashCode()} of word {@code w}'s run of word chars (lower case). */
  int wordHash(int w) {
    return table.hash(w);
  }

  /** The {@link OfficialLexicon} bits of the lists that may have a phrase starting at {@code p}. */
  int starts(int p) {
    if (p >= lower.length() || (p > 0 && Chars.isWordChar(lower.charAt(p - 1)))) {
      return 0;
    }
    if (table == null || !Chars.isWordChar(lower.charAt(p))) {
      return lex.startsAtBoundary(lower, p);
    }
    return wordBits[wordAt(p)] & 0xFF;
  }

  /** The index of the word starting at {@code p}, or -1 when no word starts there (or none were read). */
  private int wordAt(int p) {
    if (table == null || words == 0 || p >= lower.length() || !Chars.isWordChar(lower.charAt(p))
        || (p > 0 && Chars.isWordChar(lower.charAt(p - 1)))) {
      return -1;
    }
    // the look-ups of a reading stay within a few words: walk from the last one found
    int w = cursor;
    for (int k = 0; k < 8 && w > 0 && table.start(w) > p; k++) {
      w--;
    }
    for (int k = 0; k < 8 && w + 1 < words && table.start(w) < p; k++) {
      w++;
    }
    if (table.start(w) != p) {
      w = table.at(p);
      if (w < 0) {
        return -1;
      }
    }
    cursor = w;
    return w;
  }

  /** Tells the parser that the next look-ups are about word {@code w} and the words after it. */
  void focus(int w) {
    if (w < words) {
      cursor = w;
    }
  }

  /** {@link #wordEnd(String, int)} of the text at word {@code w}. */
  int textWordEndOf(int w) {
    return (wordBits[w] & HYPHEN) != 0 ? wordEnd(text, table.start(w)) : table.end(w);
  }

  /** {@link #wordEnd(String, int)} of the text at {@code p}, from the words read up front when it can. */
  int textWordEnd(int p) {
    int w = wordAt(p);
    if (w < 0 || (wordBits[w] & HYPHEN) != 0) {
      return wordEnd(text, p);
    }
    return table.end(w);
  }

  /** {@link #wordEnd(String, int)} of the lower-case text at {@code p}, likewise. */
  int lowerWordEnd(int p) {
    int w = wordAt(p);
    if (w < 0) {
      return wordEnd(lower, p);
    }
    int e = table.end(w);
    return e < lower.length() && lower.charAt(e) == '-' ? wordEnd(lower, p) : e;
  }

  /**
   * True when word {@code w} (without {@link #HYPHEN}) is followed by a single space and a word
   * that starts with an upper-case letter: else {@link #name} reads one word at most there.
   */
  boolean capitalFollows(int w) {
    int e = table.end(w);
    return w + 1 < words && table.start(w + 1) == e + 1 && text.charAt(e) == ' ' && (wordBits[w + 1] & UPPER) != 0;
  }

  /** {@link #isCapitalised} of the word {@code [p, we)}, {@code we} its {@link #textWordEnd}: remembered for the words read up front. */
  boolean capitalisedWord(int p, int we) {
    int w = wordAt(p);
    if (w < 0) {
      return isCapitalised(text, p, we);
    }
    int b = wordBits[w];
    if ((b & CAP_KNOWN) == 0) {
      b |= CAP_KNOWN | (isCapitalised(text, p, we) ? CAP : 0);
      wordBits[w] = b;
    }
    return (b & CAP) != 0;
  }

  // in wordBits, once asked: whether the word is capitalised (see isCapitalised)
  private static final int CAP_KNOWN = 1 << 10;
  private static final int CAP = 1 << 11;

  /** In {@link #wordBits}: the word starts with an upper-case letter. */
  static final int UPPER = 1 << 8;
  /** In {@link #wordBits}: a hyphen follows the word's run of word chars (in the text). */
  static final int HYPHEN = 1 << 9;

  /** {@link #starts} at word {@code w} (low 8 bits), with {@link #UPPER} and {@link #HYPHEN}. */
  int wordBits(int w) {
    return wordBits[w];
  }

  // the look-ups, each behind the first-word filter: exactly the list's longestAt

  PhraseIndex.Hit<LexiconEntry> titleAt(int p) {
    return (starts(p) & OfficialLexicon.TITLE) == 0 ? null : lookUp(0, lex.titles, p);
  }

  PhraseIndex.Hit<LexiconEntry> bodyAt(int p) {
    return (starts(p) & OfficialLexicon.BODY) == 0 ? null : lookUp(1, lex.bodies, p);
  }

  PhraseIndex.Hit<LexiconEntry> placeAt(int p) {
    return (starts(p) & OfficialLexicon.PLACE) == 0 ? null : lookUp(2, lex.places, p);
  }

  PhraseIndex.Hit<LexiconEntry> countryAt(int p) {
    return (starts(p) & OfficialLexicon.COUNTRY) == 0 ? null : lookUp(3, lex.countries, p);
  }

  PhraseIndex.Hit<LexiconEntry> honorificAt(int p) {
    return (starts(p) & OfficialLexicon.HONORIFIC) == 0 ? null : lookUp(4, lex.honorifics, p);
  }

  PhraseIndex.Hit<LexiconEntry> historicalHit(int p) {
    return (starts(p) & OfficialLexicon.HISTORICAL) == 0 ? null : lookUp(5, lex.historical, p);
  }

  PhraseIndex.Hit<LexiconEntry> ministryShortAt(int p) {
    return (starts(p) & OfficialLexicon.MINISTRY_SHORT) == 0 ? null : lookUp(6, lex.ministryShort, p);
  }

  // the last look-ups of each list, by offset mod 16: a reading asks again about the words it has
  // just read (a name's words are offices' words too, and the scan comes back to each of them)
  private static final int MEMO = 16;
  private static final Object NONE = new Object();
  private final int[] memoAt = newMemo();
  private final Object[] memoHit = new Object[7 * MEMO];

  private static int[] newMemo() {
    int[] m = new int[7 * MEMO];
    Arrays.fill(m, -1);
    return m;
  }

  /** {@code index.longestAt(lower, p)}, list {@code list} (0 to 6) remembering its recent answers. */
  @SuppressWarnings("unchecked")
  private PhraseIndex.Hit<LexiconEntry> lookUp(int list, PhraseIndex<LexiconEntry> index, int p) {
    int slot = list * MEMO + (p & (MEMO - 1));
    if (memoAt[slot] == p) {
      Object h = memoHit[slot];
      return h == NONE ? null : (PhraseIndex.Hit<LexiconEntry>) h;
    }
    PhraseIndex.Hit<LexiconEntry> h = index.longestAt(lower, p);
    memoAt[slot] = p;
    memoHit[slot] = h == null ? NONE : h;
    return h;
  }

  // ---- small scanning helpers ----------------------------------------------------------------

  static boolean isWordStart(String s, int i) {
    return i < s.length() && Chars.isWordChar(s.charAt(i)) && (i == 0 || !Chars.isWordChar(s.charAt(i - 1)));
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
      if (Chars.isWordChar(c)) {
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
    if (i >= end || !Upper.is(text.charAt(i))) {
      return false;
    }
    if (end - i >= 2) {
      int letters = 0;
      int upper = 0;
      int parts = 1;
      for (int k = i; k < end; k++) {
        char c = text.charAt(k);
        if (Chars.isLetter(c)) {
          letters++;
          if (Upper.is(c)) {
            upper++;
          }
        } else if (c == '-') {
          parts++;
        } else if (Character.isDigit(c)) {
          return false;
        }
      }
      // TTXVN, UBND: acronyms are never names; hyphenated names keep one capital per part
      return !(upper == letters) && upper <= parts;
    }
    return Chars.isLetter(text.charAt(i));
  }

  // ---- offices --------------------------------------------------------------------------------

  /**
   * The office written at {@code pos}, or {@code null}.
   *
   * @param beforeName true when a name may follow directly (so an unknown capitalised run after a
   *     body is read as the name, not as a foreign place)
   */
  TitlePhrase office(int pos, boolean beforeName) {
    int p = pos;
    boolean former = false;
    if (lower.startsWith("nguyên ", p)) {
      former = true;
      p += 7;
    } else if (lower.startsWith("quyền ", p)) {
      // an acting office keeps its "Quyền" in the text
      p += 6;
    }
    // most word starts: no title, so no need to look behind
    if ((starts(p) & OfficialLexicon.TITLE) == 0) {
      return null;
    }
    // "Phó Ngoại trưởng", "Trợ lý Bộ trưởng": an unlisted office built on a listed one is not that office
    for (String w : NOT_THE_OFFICE) {
      if (pos >= w.length() && lower.startsWith(w, pos - w.length())
          && (pos == w.length() || !Character.isLetterOrDigit(lower.charAt(pos - w.length() - 1)))) {
        return null;
      }
    }
    PhraseIndex.Hit<LexiconEntry> t = lookUp(0, lex.titles, p);
    if (t == null) {
      return null;
    }
    int fullness = canonical(t.value(), t.start(), t.end()) ? 1 : 0;
    int titleEnd = t.end();
    int q = t.end();
    // "Trưởng Ban Dân vận": the title "Trưởng ban" and the body "Ban Dân vận" share a word; the body wins it
    int lastWord = t.end() - 1;
    while (lastWord > t.start() && lower.charAt(lastWord - 1) != ' ') {
      lastWord--;
    }
    if (lastWord > t.start()) {
      PhraseIndex.Hit<LexiconEntry> shared = bodyAt(lastWord);
      if (shared != null && shared.end() > t.end()) {
        titleEnd = lastWord - 1;
        q = titleEnd;
      }
    }
    Tail tl = tail(q, t.value().kind(), false, beforeName);
    return new TitlePhrase(pos, tl.end(), t.value(), p, titleEnd, tl.bodies(), tl.bodyStarts(), tl.bodiesEnd(), tl.placeKey(),
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
  Tail tail(int q, String titleKind, boolean atBody, boolean beforeName) {
    int fullness = 0;
    List<LexiconEntry> bodies = new ArrayList<>(2);
    List<Integer> bodyStarts = new ArrayList<>(2);
    for (int k = 0; k < MAX_BODIES; k++) {
      int r = k == 0 && atBody ? q : skipSpace(lower, q);
      if ((r == q && !(k == 0 && atBody)) || r >= lower.length()) {
        break;
      }
      LexiconEntry prev = bodies.isEmpty() ? null : bodies.get(bodies.size() - 1);
      String prevTakes = prev == null ? null : OfficialLexicon.takes(prev);
      if (prev != null && !"parent".equals(prevTakes) && !"ministry".equals(prevTakes)) {
        break;
      }
      PhraseIndex.Hit<LexiconEntry> b = bodyAt(r);
      if (b != null && "ministry".equals(prevTakes) && !OfficialLexicon.isMinistry(b.value())) {
        b = null;
      }
      boolean shortAllowed = prev == null ? "government".equals(titleKind) : "ministry".equals(prevTakes);
      PhraseIndex.Hit<LexiconEntry> sh = shortAllowed && Character.isUpperCase(text.charAt(r))
          ? ministryShortAt(r) : null;
      boolean isShort = sh != null && (b == null || sh.end() > b.end());
      if (isShort) {
        b = sh;
      }
      if (b == null) {
        break;
      }
      if (!isShort && canonical(b.value(), b.start(), b.end())) {
        fullness++;
      }
      bodies.add(b.value());
      bodyStarts.add(b.start());
      q = b.end();
      if ("number".equals(OfficialLexicon.takes(b.value()))) {
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
        : !"none".equals(OfficialLexicon.takes(last)) || OfficialLexicon.isMinistry(last);
    if (wantsPlace) {
      // an unlisted place without "tỉnh"/"thành phố" only after a body that needs one (Tỉnh ủy Champasak)
      Place pl = place(skipSpace(lower, q), beforeName, last != null && "place".equals(OfficialLexicon.takes(last)));
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
        Place at = place(r + 4, beforeName, false);
        if (at != null && at.key != null) {
          q = at.end;
        }
      }
    }
    return new Tail(q, bodies, bodyStarts, bodiesEnd, placeKey, placeTextStart, placeEnd, fullness);
  }

  /** True when {@code [s, end)} is written as the entry's canonical name (the lower-case copy has the same offsets). */
  private boolean canonical(LexiconEntry e, int s, int end) {
    return lex.isCanonical(e, lower, s, end);
  }

  /** A place read after a body: {@code key} null for a bare "tỉnh" (the province itself). */
  record Place(int end, String key, int nameStart, boolean canonical) {}

  /**
   * The place at {@code r}: a country, a province of the lexicon, {@code tỉnh}/{@code thành phố}
   * and a capitalised name, or a bare {@code tỉnh}; {@code null} when none.
   */
  Place place(int r, boolean beforeName, boolean unknownAllowed) {
    if (r >= lower.length() || !Character.isLetter(lower.charAt(r))) {
      return null;
    }
    int c0 = r;
    if (lower.startsWith("nước ", r)) {
      PhraseIndex.Hit<LexiconEntry> c = countryAt(r + 5);
      if (c != null) {
        return new Place(c.end(), "country:" + c.value().name(), r + 5, false);
      }
    }
    PhraseIndex.Hit<LexiconEntry> c = countryAt(c0);
    PhraseIndex.Hit<LexiconEntry> pl = placeAt(c0);
    if (pl != null && (c == null || pl.end() >= c.end())) {
      return new Place(pl.end(), "place:" + pl.value().name(), r, canonical(pl.value(), pl.start(), pl.end()));
    }
    if (c != null && Character.isUpperCase(text.charAt(r))) {
      return new Place(c.end(), "country:" + c.value().name(), r, false);
    }
    for (String pre : PLACE_PREFIXES) {
      if (lower.startsWith(pre, r)) {
        int n = r + pre.length();
        PhraseIndex.Hit<LexiconEntry> p2 = placeAt(n);
        if (p2 != null) {
          return new Place(p2.end(), "place:" + p2.value().name(), n, false);
        }
        int runEnd = capitalisedRun(n, MAX_PLACE_WORDS + 2);
        if (runEnd > n && !startsWithSurname(n) && !startsWithOffice(n)) {
          int cut = beforeName ? surnameSplit(n, runEnd) : runEnd;
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
    if (unknownAllowed && Character.isUpperCase(text.charAt(r)) && !startsWithSurname(r)
        && !startsWithOffice(r)) {
      // a place without a prefix (Tỉnh ủy Champasak, Huyện ủy Chư Sê): before a name, only when the
      // name's known surname shows where the place ends
      int runEnd = capitalisedRun(r, MAX_PLACE_WORDS + 2);
      int cut = beforeName ? surnameOnlySplit(r, runEnd) : runEnd;
      if (cut > r) {
        return new Place(cut, "place:" + lower.substring(r, cut), r, false);
      }
    }
    return null;
  }

  /** Where a run "Place Name" splits when the name starts with a known surname; the run's end when it does not. */
  private int surnameSplit(int n, int runEnd) {
    int i = n;
    boolean first = true;
    List<Integer> starts = new ArrayList<>(MAX_PLACE_WORDS);
    while (i < runEnd) {
      starts.add(i);
      int we = textWordEnd(i);
      if (!first && lex.isSurname(lower, i, we) && runEnd - i > we - i) {
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
  private int surnameOnlySplit(int n, int runEnd) {
    int i = skipSpace(lower, lowerWordEnd(n));
    while (i < runEnd) {
      int we = lowerWordEnd(i);
      if (lex.isSurname(lower, i, we) && we < runEnd) {
        return i - 1;
      }
      i = skipSpace(lower, we);
    }
    return -1;
  }

  /** True when a title, body or honorific starts at {@code i}. */
  boolean startsWithOffice(int i) {
    int b = starts(i);
    return (b & OfficialLexicon.TITLE) != 0 && lookUp(0, lex.titles, i) != null
        || (b & OfficialLexicon.BODY) != 0 && lookUp(1, lex.bodies, i) != null
        || (b & OfficialLexicon.HONORIFIC) != 0 && lookUp(4, lex.honorifics, i) != null;
  }

  boolean startsWithSurname(int i) {
    int we = lowerWordEnd(i);
    return we > i && lex.isSurname(lower, i, we);
  }

  /** True when a title, body, honorific or country starts at {@code i}: it cannot be part of a name. */
  boolean startsWithOther(int i) {
    return startsWithOffice(i) || (starts(i) & OfficialLexicon.COUNTRY) != 0 && lookUp(3, lex.countries, i) != null;
  }

  /** End of a run of up to {@code max} capitalised words separated by single spaces, or {@code i} when none. */
  int capitalisedRun(int i, int max) {
    int end = i;
    int p = i;
    for (int k = 0; k < max; k++) {
      if (!isWordStart(text, p)) {
        break;
      }
      int we = textWordEnd(p);
      if (!capitalisedWord(p, we)) {
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
  Name name(int i) {
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
      int we = textWordEnd(p);
      if (!capitalisedWord(p, we)) {
        break;
      }
      if (words > 0 && startsWithOffice(p)) {
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
    if (startsWithOther(i)) {
      return null;
    }
    PhraseIndex.Hit<LexiconEntry> pl = placeAt(i);
    if (pl != null && pl.end() >= end) {
      return null;
    }
    PhraseIndex.Hit<LexiconEntry> h = historicalHit(i);
    if (h != null && h.end() >= end) {
      return null;
    }
    return new Name(i, end, words);
  }

  /** True when the name's first word is a known surname or its second is {@code Văn}/{@code Thị}. */
  boolean looksVietnamese(Name n) {
    if (startsWithSurname(n.start())) {
      return true;
    }
    int we = lowerWordEnd(n.start());
    int s2 = skipSpace(lower, we);
    int we2 = lowerWordEnd(s2);
    return n.words() >= 3 && (isWord(s2, we2, "thị") || isWord(s2, we2, "văn"));
  }

  private boolean isWord(int s, int e, String w) {
    return e - s == w.length() && lower.startsWith(w, s);
  }

  /** A historical figure written at {@code i} ({@code Chủ tịch Hồ Chí Minh}, {@code Bác Hồ}): its end, or -1. */
  int historicalAt(int i) {
    PhraseIndex.Hit<LexiconEntry> h = historicalHit(i);
    return h == null ? -1 : h.end();
  }
}
