package io.github.doingoai.internal.extract.agreement;

import io.github.doingoai.internal.extract.GatedPhrases;
import io.github.doingoai.internal.gazetteer.PhraseIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the bodies bound by an agreement out of one sentence: the list after {@code giữa}, the
 * subject that signs, the partner after {@code với}, the members of a counted group ({@code 3 tỉnh
 * gồm A, B và C}) and counted groups resolved to the places the sentence names ({@code 2 tỉnh}).
 * Works on normalized offsets; stateless apart from its lexicon, so thread-safe.
 */
final class PartyFinder {
  /** A counted group at the start of a party: "hai bên", "2 tỉnh", "3 tỉnh biên giới". */
  static final Pattern COUNTED = Pattern.compile("^(?:các|(hai|ba|bốn|năm|\\d{1,2}))\\s");

  /** How far, in chars, from its wording a mention's parties are looked for. */
  static final int REACH = 400;

  private final AgreementLexicon lex;
  /** The lexicon's roles this finder asks about, looked up once. */
  private final GatedPhrases<String> listIntro;
  private final GatedPhrases<String> collective;
  private final GatedPhrases<String> placeHead;
  private final GatedPhrases<String> adverbial;
  private final GatedPhrases<String> subjectEnd;
  private final GatedPhrases<String> partyStop;
  private final GatedPhrases<String> partyHead;
  private final GatedPhrases<String> partyPrefix;
  /** Curated provinces, cities and countries: a subject may name a party by a place alone. */
  private final List<GatedPhrases<?>> placeNames;
  /** Curated bodies: a stop word inside a body's own name ("Ủy ban Nhà nước về người Việt Nam ở nước ngoài") ends no party. */
  private final GatedPhrases<?> bodies;

  PartyFinder(AgreementLexicon lex, List<GatedPhrases<?>> placeNames, GatedPhrases<?> bodies) {
    this.lex = lex;
    this.listIntro = lex.role("list-intro");
    this.collective = lex.role("collective");
    this.placeHead = lex.role("place-head");
    this.adverbial = lex.role("adverbial");
    this.subjectEnd = lex.role("subject-end");
    this.partyStop = lex.role("party-stop");
    this.partyHead = lex.role("party-head");
    this.partyPrefix = lex.role("party-prefix");
    this.placeNames = List.copyOf(placeNames);
    this.bodies = bodies;
  }

  /** True when the range is exactly a curated place or country ("TP.HCM", "Lào"). */
  private boolean isPlace(String lower, Range r) {
    for (GatedPhrases<?> index : placeNames) {
      PhraseIndex.Hit<?> h = index.longestAt(lower, r.start(), r.end());
      if (h != null && h.end() == r.end()) {
        return true;
      }
    }
    return false;
  }

  /** A range of normalized text. */
  record Range(int start, int end) {}

  /** Parties named by one mention, as normalized ranges, in text order, without duplicates. */
  record Parties(List<Range> ranges) {}

  /**
   * Parties of the mention of an agreement at {@code [cueStart, cueEnd)} of sentence
   * {@code [sStart, sEnd)}.
   */
  List<Range> find(String text, String lower, int sentenceStart, int sentenceEnd, int cueStart, int cueEnd,
      boolean twinning, int previousSentence) {
    // parties stand near their agreement; the bound keeps a run-on "sentence" from costing its square
    int sStart = Math.max(sentenceStart, cueStart - REACH);
    int sEnd = Math.min(sentenceEnd, cueEnd + REACH);
    int prev = Math.max(Math.min(previousSentence, sStart), sStart - REACH);
    int window = Math.min(sEnd, cueEnd + 160);
    int clauseEnd = indexOfAny(lower, ";.", cueEnd, window);
    int between = findWord(lower, "giữa", cueEnd, clauseEnd < 0 ? window : clauseEnd);
    // the subject belongs to the cue's own clause: "A tiếp B; chiều cùng ngày, 2 tỉnh đã ký ..."
    int clauseStart = lastIndexOfAny(lower, ";:", sStart, cueStart);
    List<Range> subject = subject(text, lower, clauseStart < 0 ? sStart : clauseStart + 1, cueStart);
    if (between >= 0) {
      int from = between + "giữa".length() + 1;
      return resolve(text, lower, prev, sStart, sEnd, list(text, lower, from, sEnd, false), subject);
    }
    List<Range> out = new ArrayList<>();
    if (twinning) {
      int semi = lastIndexOfAny(lower, ";:", sStart, cueStart);
      List<Range> places = places(text, lower, semi < 0 ? sStart : semi + 1, cueStart);
      if (!places.isEmpty()) {
        out.add(places.get(places.size() - 1));
      }
    } else {
      out.addAll(resolve(text, lower, prev, sStart, sEnd, subject, List.of()));
    }
    int with = findWord(lower, "với", cueEnd, clauseEnd < 0 ? window : clauseEnd);
    if (with >= 0) {
      int from = with + "với".length() + 1;
      int intro = -1;
      int stop = indexOfAny(lower, ",;.(", from, window);
      for (int p = from; p < (stop < 0 ? window : stop); p++) {
        if (wordStart(lower, p) && at(listIntro, lower, p, window)) {
          intro = endOf(listIntro, lower, p, window);
          break;
        }
      }
      if (intro >= 0) {
        out.addAll(list(text, lower, intro + 1, sEnd, false));
      } else {
        List<Range> partner = list(text, lower, from, sEnd, false);
        out.addAll(resolve(text, lower, prev, sStart, sEnd, partner.isEmpty() ? partner : partner.subList(0, 1), subject));
      }
    }
    return dedupe(lower, out);
  }

  /** Replaces counted groups by the parties they stand for; drops those that cannot be resolved. */
  private List<Range> resolve(String text, String lower, int prev, int sStart, int sEnd, List<Range> items,
      List<Range> subject) {
    List<Range> out = new ArrayList<>();
    for (Range r : items) {
      Counted m = countedAt(lower, r.start(), r.end());
      if (m != null && at(collective, lower, r.start() + m.end(), r.end())) {
        int n = m.number() == null ? -1 : count(m.number());
        String noun = lower.substring(r.start() + m.end(), endOf(collective, lower, r.start() + m.end(), r.end()));
        List<Range> named;
        if (at(placeHead, lower, r.start() + m.end(), r.end())) {
          named = places(text, lower, sStart, sEnd);
          named.removeIf(p -> p.start() >= r.start() && p.start() < r.end());
        } else {
          named = subject.stream().filter(x -> countedAt(lower, x.start(), x.end()) == null).toList();
        }
        named = sameHead(lower, named, noun, n);
        if (n > 0 && named.size() != n && prev < sStart) {
          // "Trước đó, hai tỉnh đã ký ...": the two provinces were named in the sentence before
          named = sameHead(lower, places(text, lower, prev, r.start()), noun, n);
        }
        if (noun.isEmpty() || named.isEmpty() || (n > 0 && named.size() != n)) {
          continue;
        }
        out.addAll(named);
      } else {
        out.add(r);
      }
    }
    return out;
  }

  /** "2 tỉnh" counts provinces: when the places with that head make the count, the others are left out. */
  private static List<Range> sameHead(String lower, List<Range> places, String noun, int n) {
    List<Range> same = places.stream().filter(p -> lower.startsWith(noun + " ", p.start())).toList();
    return n > 0 && same.size() == n ? new ArrayList<>(same) : places;
  }

  private static int count(String w) {
    return switch (w) {
      case "hai" -> 2;
      case "ba" -> 3;
      case "bốn" -> 4;
      case "năm" -> 5;
      default -> Integer.parseInt(w);
    };
  }

  /**
   * The subject of the sentence before {@code limit}: the first comma-separated part that does not
   * open with an adverbial (a date, a place with tại...) and holds a verb that ends a subject.
   */
  List<Range> subject(String text, String lower, int sStart, int limit) {
    int seg = sStart;
    while (seg < limit) {
      int comma = indexOfAny(lower, ",", seg, limit);
      int segEnd = comma < 0 ? limit : comma;
      int a = skipSpaces(lower, seg, segEnd);
      if (a < segEnd && !at(adverbial, lower, a, segEnd)) {
        for (int p = a + 1; p < segEnd; p++) {
          if (wordStart(lower, p) && (at(subjectEnd, lower, p, segEnd) || isVerb(lower, p, segEnd))) {
            List<Range> items = list(text, lower, a, p, true);
            return items;
          }
        }
      }
      if (comma < 0) {
        break;
      }
      seg = comma + 1;
    }
    return List.of();
  }

  /** A status verb ("mong muốn", "đề nghị", "ký kết") also ends a subject. */
  private boolean isVerb(String lower, int p, int end) {
    PhraseIndex.Hit<String> h = lex.status().longestAt(lower, p, end);
    return h != null && !h.value().equals("neutral");
  }

  /**
   * The items of a list of parties starting at {@code from}: it runs to a stop word or a sentence
   * mark, and past its last "và" a comma ends it. Items are trimmed of prefixes and parentheses.
   */
  List<Range> list(String text, String lower, int from, int limit, boolean strict) {
    int end = from;
    while (end < limit) {
      char c = lower.charAt(end);
      if (c == ';' || c == '.' || c == ':' || c == '(' || c == ')' || c == '"' || c == '\n') {
        if (!(c == '.' && end + 1 < limit && Character.isLetter(lower.charAt(end + 1)))) { // TP.HCM
          break;
        }
      }
      if (wordStart(lower, end)) {
        PhraseIndex.Hit<?> body = bodies.longestAt(lower, end, limit);
        if (body != null) {
          end = body.end();
          continue;
        }
      }
      if (wordStart(lower, end) && end > from && at(partyStop, lower, end, limit)) {
        break;
      }
      end++;
    }
    // drop a parenthesis and what follows it only when it closes again: "Champasak (Lào) đã ..."
    int lastAnd = lastWord(lower, "và", from, end);
    int cut = indexOfAny(lower, ",", lastAnd < 0 ? from : lastAnd, end);
    if (cut >= 0) {
      end = cut;
    }
    List<Range> raw = new ArrayList<>();
    int s = from;
    for (int p = from; p <= end; p++) {
      boolean sep = p == end || lower.charAt(p) == ',';
      int skip = 1;
      if (!sep && wordStart(lower, p) && lower.startsWith("và ", p) && p > from) {
        sep = true;
        skip = 3;
      } else if (!sep && wordStart(lower, p) && lower.startsWith("cùng ", p) && p > from) {
        sep = true;
        skip = lower.startsWith("cùng với ", p) ? 9 : 5;
      }
      if (sep) {
        Range r = trim(lower, s, p);
        if (r != null) {
          raw.add(r);
        }
        s = p + skip;
        p = s - 1;
      }
    }
    List<Range> out = new ArrayList<>();
    for (Range r : raw) {
      // in a subject the first item must be a body or a place; the others may share its head
      if (accept(text, lower, r, strict && out.isEmpty())) {
        out.add(r);
      } else if (strict) {
        return List.of();
      }
    }
    return sharedHead(text, lower, out);
  }

  /** "tỉnh Quảng Bình và Champasak": the head belongs to the whole list, so each name stands bare. */
  private List<Range> sharedHead(String text, String lower, List<Range> items) {
    if (items.size() < 2 || !at(placeHead, lower, items.get(0).start(), items.get(0).end())) {
      return items;
    }
    for (int i = 1; i < items.size(); i++) {
      Range r = items.get(i);
      if (at(placeHead, lower, r.start(), r.end()) || at(partyHead, lower, r.start(), r.end())
          || !Character.isUpperCase(text.charAt(r.start()))) {
        return items;
      }
    }
    Range first = items.get(0);
    int name = endOf(placeHead, lower, first.start(), first.end()) + 1;
    if (name >= first.end() || !Character.isUpperCase(text.charAt(name))) {
      return items;
    }
    List<Range> out = new ArrayList<>(items);
    out.set(0, new Range(name, first.end()));
    return out;
  }

  private boolean accept(String text, String lower, Range r, boolean strict) {
    PhraseIndex.Hit<String> h = lex.heads().longestAt(lower, r.start(), r.end());
    if (h != null && h.value().equals("not-party")) {
      return false;
    }
    Counted counted = countedAt(lower, r.start(), r.end());
    if (counted != null) {
      return at(collective, lower, r.start() + counted.end(), r.end());
    }
    int placeEnd = endOf(placeHead, lower, r.start(), r.end());
    if ((h != null && h.end() >= r.end()) || placeEnd >= r.end()) {
      return false; // a head without its name: "tỉnh", "Ban"
    }
    boolean head = h != null || placeEnd >= 0 || isPlace(lower, r);
    return strict ? head : head || Character.isUpperCase(text.charAt(r.start()));
  }

  /** True when a counted group ("hai tỉnh", "các bên") starts at {@code s}. */
  private boolean counted(String lower, int s, int e) {
    Counted m = countedAt(lower, s, e);
    return m != null && at(collective, lower, s + m.end(), e);
  }

  /** Trims spaces, a parenthesis, and representative prefixes ("Đoàn đại biểu cấp cao"). */
  private Range trim(String lower, int s, int e) {
    int paren = indexOfAny(lower, "(", s, e); // bounded: an unbounded indexOf would scan the whole text
    if (paren >= 0) {
      e = paren;
    }
    s = skipSpaces(lower, s, e);
    while (e > s && (lower.charAt(e - 1) == ' ' || lower.charAt(e - 1) == ',')) {
      e--;
    }
    while (s < e && !counted(lower, s, e)) {
      int p = endOf(partyPrefix, lower, s, e);
      if (p < 0 || p >= e) {
        break;
      }
      s = skipSpaces(lower, p, e);
    }
    return e > s ? new Range(s, e) : null;
  }

  /** Places written with a head and a capitalised name ("tỉnh Champasak"), distinct, in text order. */
  List<Range> places(String text, String lower, int from, int to) {
    Map<String, Range> out = new LinkedHashMap<>();
    for (int p = from; p < to; p++) {
      if (!wordStart(lower, p)) {
        continue;
      }
      int h = endOf(placeHead, lower, p, to);
      if (h < 0 || h + 1 >= to || lower.charAt(h) != ' ' || !Character.isUpperCase(text.charAt(h + 1))) {
        continue;
      }
      int e = h + 1;
      int words = 0;
      while (e < to && words < 5 && Character.isUpperCase(text.charAt(e))) {
        int w = e;
        while (w < to && Character.isLetterOrDigit(text.charAt(w))) {
          w++;
        }
        words++;
        e = w;
        if (e + 1 < to && text.charAt(e) == ' ' && Character.isUpperCase(text.charAt(e + 1))) {
          e++;
        } else {
          break;
        }
      }
      out.putIfAbsent(lower.substring(h + 1, e), new Range(p, e));
      p = e;
    }
    return new ArrayList<>(out.values());
  }

  /** Drops a party contained in another one ("tỉnh Tây Ninh" beside "UBND tỉnh Tây Ninh"). */
  static List<Range> dedupe(String lower, List<Range> items) {
    List<Range> out = new ArrayList<>();
    for (Range r : items) {
      String s = lower.substring(r.start(), r.end());
      boolean covered = false;
      for (Range o : items) {
        String t = lower.substring(o.start(), o.end());
        if (o != r && t.length() > s.length() && t.contains(s)) {
          covered = true;
        }
      }
      boolean dup = out.stream().anyMatch(o -> lower.substring(o.start(), o.end()).equals(s));
      if (!covered && !dup) {
        out.add(r);
      }
    }
    return out;
  }

  /** True when a phrase of {@code role} starts at {@code pos} (whole words). */
  static boolean at(GatedPhrases<String> role, String lower, int pos, int limit) {
    return role.longestAt(lower, pos, limit) != null;
  }

  /** End of the phrase of {@code role} at {@code pos}, or -1. */
  static int endOf(GatedPhrases<String> role, String lower, int pos, int limit) {
    PhraseIndex.Hit<String> h = role.longestAt(lower, pos, limit);
    return h == null ? -1 : h.end();
  }

  /** A match of {@link #COUNTED}: where it ends (from the range's start) and its number word or digits, if any. */
  record Counted(int end, String number) {}

  private static final String[] COUNT_WORDS = {"hai", "ba", "bốn", "năm"};

  /**
   * {@code COUNTED.matcher(lower.substring(s, e))} and its {@code find()}, without the copy and the
   * matcher: "các", a count word or one or two digits at {@code s}, then a {@code \\s}, inside
   * {@code [s, e)}; null when there is none.
   */
  static Counted countedAt(String lower, int s, int e) {
    if (lower.startsWith("các", s) && s + 3 < e && isSpace(lower.charAt(s + 3))) {
      return new Counted(4, null);
    }
    for (String w : COUNT_WORDS) {
      if (lower.startsWith(w, s) && s + w.length() < e && isSpace(lower.charAt(s + w.length()))) {
        return new Counted(w.length() + 1, w);
      }
    }
    // \\d{1,2} is greedy: two digits first, then one
    for (int d = 2; d >= 1; d--) {
      if (s + d < e && allAsciiDigits(lower, s, s + d) && isSpace(lower.charAt(s + d))) {
        return new Counted(d + 1, lower.substring(s, s + d));
      }
    }
    return null;
  }

  private static boolean allAsciiDigits(String lower, int from, int to) {
    for (int i = from; i < to; i++) {
      if (lower.charAt(i) < '0' || lower.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code \\s}: the ASCII white space of java.util.regex. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  static boolean wordStart(String lower, int p) {
    return Character.isLetterOrDigit(lower.charAt(p)) && (p == 0 || !Character.isLetterOrDigit(lower.charAt(p - 1)));
  }

  private static int skipSpaces(String s, int p, int e) {
    while (p < e && s.charAt(p) == ' ') {
      p++;
    }
    return p;
  }

  static int indexOfAny(String s, String chars, int from, int to) {
    for (int i = from; i < to; i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  static int lastIndexOfAny(String s, String chars, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** First whole-word occurrence of {@code w} in {@code [from, to)}, or -1. */
  static int findWord(String lower, String w, int from, int to) {
    for (int i = from; i + w.length() <= to; i++) {
      if (lower.startsWith(w, i) && wordStart(lower, i)
          && (i + w.length() == lower.length() || !Character.isLetterOrDigit(lower.charAt(i + w.length())))) {
        return i;
      }
    }
    return -1;
  }

  private static int lastWord(String lower, String w, int from, int to) {
    int found = -1;
    for (int i = from; i + w.length() <= to; i++) {
      if (lower.startsWith(w, i) && wordStart(lower, i)
          && (i + w.length() == lower.length() || !Character.isLetterOrDigit(lower.charAt(i + w.length())))) {
        found = i;
      }
    }
    return found;
  }
}
