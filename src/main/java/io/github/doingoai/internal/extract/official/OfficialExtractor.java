package io.github.doingoai.internal.extract.official;

import io.github.doingoai.DataKind;
import io.github.doingoai.internal.extract.ArticleContext;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.gazetteer.LexiconEntry;
import io.github.doingoai.internal.gazetteer.PhraseIndex;
import io.github.doingoai.internal.text.Block;
import io.github.doingoai.internal.text.Chars;
import io.github.doingoai.internal.text.NormalizedText;
import io.github.doingoai.model.Mention;
import io.github.doingoai.model.MentionKind;
import io.github.doingoai.model.Official;
import io.github.doingoai.model.Position;
import io.github.doingoai.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds officials, their positions and every mention of them. Built once; thread-safe.
 *
 * <p>An official is a name written next to a chain of offices: before it ({@code Ủy viên Bộ Chính
 * trị, Bí thư Thành ủy Hà Nội Nguyễn Văn A}) or after it ({@code đồng chí Nguyễn Văn A, Bí thư
 * Thành ủy}). A name without an office is never an official. Later full names, short names after
 * an honorific ({@code ông A}) and bare offices that fit exactly one official become mentions.
 */
public final class OfficialExtractor {

  /** Words before a bare office that make it plural or generic: {@code các Bộ trưởng}. */
  private static final Set<String> PLURAL_BEFORE = Set.of("các", "những", "hai", "ba", "bốn", "nhiều", "mỗi", "từng",
      "cựu", "tân", "vị", "một");
  /** Honorific kinds that may introduce a short name ({@code ông Sơn}). */
  private static final Set<String> SHORT_CUES = Set.of("ông", "bà", "đồng chí", "ngài");
  private static final int MAX_CHAIN = 8;

  private final OfficialLexicon lex;
  /** True when no title, body, place or country name holds a {@code #} (see {@link KeyedFits}). */
  private final boolean hashFree;
  /** The honorifics of {@link #SHORT_CUES}, by entry. */
  private final Set<LexiconEntry> shortCues = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /** Indexes the curated titles, bodies, places, surnames, honorifics and historical figures. */
  public OfficialExtractor(Gazetteer gazetteer) {
    this.lex = new OfficialLexicon(gazetteer);
    boolean hash = false;
    for (DataKind k : new DataKind[] {DataKind.TITLES, DataKind.BODIES, DataKind.PLACES, DataKind.COUNTRIES}) {
      for (LexiconEntry e : gazetteer.entries(k)) {
        hash |= e.name().indexOf('#') >= 0;
      }
    }
    this.hashFree = !hash;
    for (LexiconEntry e : gazetteer.entries(DataKind.HONORIFICS)) {
      if (SHORT_CUES.contains(e.name().toLowerCase(java.util.Locale.ROOT))) {
        shortCues.add(e);
      }
    }
  }

  /** One office given to a name at one place. */
  private record Held(String text, String title, String body, boolean former, Span span, String key, String titleName,
      String bodyKey, String placeKey, int fullness, int order) {}

  /** A person being collected while scanning. */
  private static final class Person {
    final String key;
    final String name;
    final int firstStart;
    /** One wording per office identity, the fullest (or first) one: keeps repeated mentions cheap. */
    final Map<String, Held> held = new LinkedHashMap<>();

    /** Whether {@link #add} would keep an office of key {@code key} and fullness {@code fullness}. */
    boolean wouldKeep(String key, int fullness) {
      Held old = held.get(key);
      return old == null || fullness > old.fullness();
    }

    void add(Held h) {
      Held old = held.get(h.key());
      if (old == null || h.fullness() > old.fullness()) {
        held.put(h.key(), old == null ? h : withOrder(h, old.order()));
      }
    }

    private static Held withOrder(Held h, int order) {
      return new Held(h.text(), h.title(), h.body(), h.former(), h.span(), h.key(), h.titleName(), h.bodyKey(), h.placeKey(),
          h.fullness(), order);
    }

    Person(String key, String name, int firstStart) {
      this.key = key;
      this.name = name;
      this.firstStart = firstStart;
    }
  }

  /** An office written with no name next to it: a candidate bare-title mention. */
  private record Bare(TitlePhrase phrase) {}

  /** Every official of the article, in order of first mention. */
  public List<Official> extract(ArticleContext ctx) {
    NormalizedText nt = ctx.text();
    String text = nt.text();
    String lower = nt.lower();
    PhraseParser parser = new PhraseParser(lex, text, ctx.words());
    List<Block> blocks = ctx.structure().blocks();
    Map<String, Person> people = new LinkedHashMap<>();
    List<Bare> bares = new ArrayList<>();
    int[] order = {0};

    int n = text.length();
    int words = parser.words();
    int w = 0;
    // only the word starts in content are read: walk the blocks and their words side by side (the
    // same answer as ArticleStructure.isContent, without a search per word)
    for (int b = 0; b < blocks.size() && w < words; b++) {
      Block block = blocks.get(b);
      if (!block.isContent()) {
        continue;
      }
      int to = Math.min(block.end(), block.contentEnd());
      w = skipTo(parser, w, Math.max(block.start(), block.contentStart()));
      boolean checked = false;
      while (true) {
        // no historical figure, honorific or office starts at a word without their bits; and a name
        // needs two capitalised words in a row: what the full reading below concludes of the other
        // words, so skip them
        while (w < words && parser.wordStart(w) < to) {
          int bits = parser.wordBits(w);
          if ((bits & OPENERS) != 0) {
            break;
          }
          if ((bits & PhraseParser.UPPER) == 0) {
            w = (bits & PhraseParser.HYPHEN) == 0 ? w + 1 : skipTo(parser, w + 1, parser.textWordEndOf(w));
          } else if ((bits & PhraseParser.HYPHEN) == 0 && !parser.capitalFollows(w)) {
            w++;
          } else {
            break;
          }
        }
        if (w >= words || parser.wordStart(w) >= to) {
          break;
        }
        int i = parser.wordStart(w);
        parser.focus(w);
        if (!checked) {
          // (the words skipped above read the same in any line)
          checked = true;
          if (titleCased(parser, w, block)) {
            // "Bí Thư Tỉnh Ủy Gặp Mặt Đoàn": every word capitalised, so capitals mark no name
            break;
          }
        }
        // (the look-ups below ask the same bits first: read here once)
        int bits = parser.wordBits(w);
        int hist = (bits & OfficialLexicon.HISTORICAL) == 0 ? -1 : parser.historicalAt(i);
        if (hist > 0 && !(hist + 1 < n && text.charAt(hist) == ' '
            && parser.capitalisedWord(hist + 1, parser.textWordEnd(hist + 1)))) {
          // a historical figure, unless the match is only the start of a longer name
          w = skipTo(parser, w, hist);
          continue;
        }
        int at = i;
        boolean cue = false;
        PhraseIndex.Hit<LexiconEntry> hon = (bits & OfficialLexicon.HONORIFIC) == 0 ? null : parser.honorificAt(i);
        if (hon != null && !startsOffice(parser, i)) {
          at = hon.end();
          if (at + 1 < n && text.charAt(at) == ':') {
            at++;
          }
          at = PhraseParser.skipSpace(text, at);
          cue = true;
        }
        int next = scanAt(ctx, parser, at, cue, people, bares, order);
        w = skipTo(parser, w, Math.max(next, parser.textWordEndOf(w)));
      }
    }

    return resolve(ctx, parser, people, bares);
  }

  /** The first word from {@code w} on that starts at or after {@code offset}. */
  private static int skipTo(PhraseParser parser, int w, int offset) {
    int words = parser.words();
    while (w < words && parser.wordStart(w) < offset) {
      w++;
    }
    return w;
  }

  /** The lists whose phrases the scan reads at a word start: historical figures, honorifics, offices. */
  private static final int OPENERS = OfficialLexicon.HISTORICAL | OfficialLexicon.HONORIFIC | OfficialLexicon.TITLE
      | OfficialLexicon.FORMER;

  /**
   * True for a line in title case: at least six words, nearly all capitalised (headlines of some
   * sites). Counts the words read up front from {@code w}, a word inside the block {@code b}.
   */
  static boolean titleCased(PhraseParser parser, int w, Block b) {
    String text = parser.text();
    int first = w;
    while (first > 0 && parser.wordStart(first - 1) >= b.start()) {
      first--;
    }
    int words = 0;
    int caps = 0;
    int end = b.end();
    for (int k = first; k < parser.words() && parser.wordStart(k) < end; k++) {
      int at = parser.wordStart(k);
      if (Chars.isLetter(text.charAt(at))) {
        words++;
        if ((parser.wordBits(k) & PhraseParser.UPPER) != 0) {
          caps++;
        } else if (9 * words - 10 * caps > (end - at) / 2) {
          // even if every word left (at most one per two chars) were capitalised, too few would be
          return false;
        }
      }
    }
    return words >= 6 && caps * 10 >= words * 9;
  }

  /** True when the honorific-looking words at {@code i} are the start of a title ({@code Đại sứ} is not {@code Đại tá}). */
  private static boolean startsOffice(PhraseParser parser, int i) {
    PhraseIndex.Hit<LexiconEntry> t = parser.titleAt(i);
    PhraseIndex.Hit<LexiconEntry> h = parser.honorificAt(i);
    return t != null && h != null && t.end() >= h.end();
  }

  /** Reads an office chain or a name at {@code at}; returns where scanning continues. */
  private int scanAt(ArticleContext ctx, PhraseParser parser, int at, boolean cue, Map<String, Person> people,
      List<Bare> bares, int[] order) {
    NormalizedText nt = ctx.text();
    String text = nt.text();
    if (at >= text.length()) {
      return at;
    }
    List<TitlePhrase> chain = chain(parser, at, true);
    if (!chain.isEmpty()) {
      int end = chain.get(chain.size() - 1).end();
      PhraseParser.Name name = nameAfterChain(parser, end);
      if (name != null && ctx.structure().isContent(name.start())) {
        addPerson(nt, people, name, chain, order);
        return name.end();
      }
      for (TitlePhrase p : chain) {
        bares.add(new Bare(p));
      }
      return end;
    }
    PhraseParser.Name name = parser.name(at);
    if (name == null) {
      return at;
    }
    boolean listCue = precededByListMark(text, at);
    if (!cue && !listCue && !parser.looksVietnamese(name)) {
      return name.end();
    }
    int s = postSeparator(text, name.end());
    if (s < 0) {
      return name.end();
    }
    List<TitlePhrase> post = chain(parser, s, false);
    if (post.isEmpty()) {
      return name.end();
    }
    int end = post.get(post.size() - 1).end();
    // "A, Bí thư Tỉnh ủy B": the offices belong to the name that follows them
    if (nameAfterChain(parser, end) != null) {
      return name.end();
    }
    addPerson(nt, people, name, post, order);
    return end;
  }

  /** Offices separated by commas (or {@code kiêm}) starting at {@code at}. */
  private static List<TitlePhrase> chain(PhraseParser parser, int at, boolean beforeName) {
    String text = parser.text();
    String lower = parser.lower();
    TitlePhrase firstOffice = parser.office(at, beforeName);
    if (firstOffice == null) {
      return List.of();
    }
    List<TitlePhrase> out = new ArrayList<>();
    int p = at;
    for (int k = 0; k < MAX_CHAIN; k++) {
      TitlePhrase ph = k == 0 ? firstOffice : parser.office(p, beforeName);
      if (ph == null) {
        break;
      }
      out.add(ph);
      int q = ph.end();
      if (text.startsWith(", ", q)) {
        p = q + 2;
      } else if (lower.startsWith(" kiêm ", q)) {
        p = q + 6;
      } else {
        break;
      }
    }
    // a bare "Giám đốc" or "Viện trưởng" names no public office
    out.removeIf(ph -> bare(ph) && weak(ph.title()));
    // "tiếp Đại sứ, Chủ tịch UBND tỉnh A": a bare envoy's title cannot open the chain of someone who
    // holds a Vietnamese body's office; it is the object of the verb before it, not A's office
    if (beforeName && out.size() > 1 && bare(out.get(0)) && "diplomatic".equals(out.get(0).title().kind())
        && out.stream().skip(1).anyMatch(ph -> !ph.bodies().isEmpty() && domestic(ph.lastBody()))) {
      out.remove(0);
    }
    // after a name, a lone bare title ("ông A, Chủ tịch Hội đồng quản trị...") is too weak to make an
    // official; with a real office in the same chain ("Bí thư, Tỉnh trưởng") it stands
    if (!beforeName && out.stream().allMatch(ph -> bare(ph) && !OfficialLexicon.standalone(ph.title()))) {
      out.clear();
    }
    return out;
  }

  private static boolean bare(TitlePhrase ph) {
    return ph.bodies().isEmpty() && ph.placeKey() == null;
  }

  /** A body of the Vietnamese party, state or local government (not a foreign or diplomatic one). */
  static boolean domestic(LexiconEntry body) {
    return body != null && !"foreign".equals(body.kind()) && !"diplomatic".equals(body.kind());
  }

  static boolean weak(LexiconEntry title) {
    return "local".equals(title.kind()) || "other".equals(title.kind());
  }

  /**
   * The name right after an office chain: after {@code " "}, {@code " - "}, or {@code ", "} with an
   * honorific ({@code Bí thư Tỉnh ủy, đồng chí A}), past a short bracket ({@code tỉnh Svay Rieng
   * (Campuchia) A}) and an optional rank or honorific.
   */
  private static PhraseParser.Name nameAfterChain(PhraseParser parser, int end) {
    String text = parser.text();
    int p;
    boolean needHonorific = false;
    int e = end;
    if (text.startsWith(" (", e)) {
      // a short bracket without a nested one; bounded so the scan stays linear
      for (int k = e + 2; k < Math.min(text.length(), e + 40); k++) {
        char c = text.charAt(k);
        if (c == ')') {
          e = k + 1;
          break;
        }
        if (c == '(' || c == '\n') {
          break;
        }
      }
    }
    if (text.startsWith(" - ", e)) {
      p = e + 3;
    } else if (text.startsWith(", ", e)) {
      p = e + 2;
      needHonorific = true;
    } else if (text.startsWith(" ", e)) {
      p = e + 1;
    } else {
      return null;
    }
    PhraseIndex.Hit<LexiconEntry> hon = parser.honorificAt(p);
    if (hon != null) {
      p = PhraseParser.skipSpace(text, hon.end());
    } else if (needHonorific) {
      return null;
    }
    return parser.name(p);
  }


  /** Offset after {@code ", "}, {@code " - "} or {@code " ("} following a name, or -1. */
  static int postSeparator(String text, int end) {
    if (text.startsWith(", ", end)) {
      return end + 2;
    }
    if (text.startsWith(" - ", end)) {
      return end + 3;
    }
    if (text.startsWith(" (", end)) {
      return end + 2;
    }
    return -1;
  }

  static boolean precededByListMark(String text, int at) {
    int k = at - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    return k >= 0 && (text.charAt(k) == ';' || text.charAt(k) == ':');
  }

  private void addPerson(NormalizedText nt, Map<String, Person> people, PhraseParser.Name name, List<TitlePhrase> chain,
      int[] order) {
    String key = nt.lower().substring(name.start(), name.end());
    Person person = people.computeIfAbsent(key, k -> new Person(k, nt.span(name.start(), name.end()).text(), name.start()));
    TitlePhrase last = chain.get(chain.size() - 1);
    for (int c = 0; c < chain.size(); c++) {
      TitlePhrase ph = chain.get(c);
      // the completion from the chain's last office, as a range: its text is made only when kept
      int completionStart = -1;
      int completionEnd = -1;
      String placeKey = ph.placeKey();
      String bodyKey = ph.bodyKey();
      LexiconEntry lastBody = ph.lastBody();
      if (c < chain.size() - 1 && lastBody != null && ph.placeKey() == null) {
        String takes = OfficialLexicon.takes(lastBody);
        if (last.placeKey() != null && last.placeTextStart() >= 0 && "place".equals(takes)) {
          completionStart = last.placeTextStart();
          completionEnd = last.placeEnd();
          placeKey = last.placeKey();
        } else if ("ministry".equals(takes) && !ph.hasMinistry() && last.ministryStart() >= 0) {
          completionStart = last.ministryStart();
          completionEnd = last.bodiesEnd();
          StringBuilder bk = new StringBuilder(bodyKey);
          for (LexiconEntry b : last.bodies()) {
            if (OfficialLexicon.isMinistry(b)) {
              bk.append('|').append(b.name());
              break;
            }
          }
          bodyKey = bk.toString();
        }
      }
      String titleName = ph.title().name();
      String fullKey = titleName + "#" + bodyKey + "#" + placeKey + "#" + ph.former();
      int order0 = order[0]++;
      if (!person.wouldKeep(fullKey, ph.fullness())) {
        // a wording no fuller than one already held: Person.add would drop it
        continue;
      }
      String completion = completionStart < 0 ? null : nt.span(completionStart, completionEnd).text();
      Span span = nt.span(ph.start(), ph.end());
      String text = completion == null ? span.text() : span.text() + " " + completion;
      String title = nt.span(ph.titleStart(), ph.titleEnd()).text();
      String body = null;
      if (ph.end() > ph.titleEnd()) {
        String b = nt.span(PhraseParser.skipSpace(nt.text(), ph.titleEnd()), ph.end()).text();
        body = completion == null ? b : b + " " + completion;
      } else if (completion != null) {
        body = completion;
      }
      person.add(new Held(text, title, body, ph.former(), span, fullKey, titleName, bodyKey, placeKey,
          ph.fullness(), order0));
    }
  }

  // ---- resolution -------------------------------------------------------------------------------

  private List<Official> resolve(ArticleContext ctx, PhraseParser parser, Map<String, Person> people, List<Bare> bares) {
    if (people.isEmpty()) {
      return List.of();
    }
    NormalizedText nt = ctx.text();
    String text = nt.text();
    String lower = nt.lower();
    int n = lower.length();
    List<Person> persons = new ArrayList<>(people.values());
    Map<Person, List<Mention>> mentions = new HashMap<>();
    Map<Person, List<Mention>> shortNames = new HashMap<>();
    for (Person p : persons) {
      mentions.put(p, new ArrayList<>());
      shortNames.put(p, new ArrayList<>());
    }
    // short names: an honorific and the last word of exactly one official's name
    Map<String, List<Person>> byGiven = new HashMap<>();
    for (Person p : persons) {
      String given = p.key.substring(p.key.lastIndexOf(' ') + 1);
      byGiven.computeIfAbsent(given, k -> new ArrayList<>()).add(p);
    }
    // full names wherever written in content, and honorifics before a short name: one pass over the
    // word starts, each list read as PhraseIndex.findAll reads it (left to right, longest first, a
    // hit hiding the ones that start inside it)
    Names names = new Names(persons);
    int nameFrom = 0;
    int honFrom = 0;
    // names start with a letter; unless some honorific starts with another char, only the word
    // starts need a look
    boolean wordsOnly = (lex.nonWordStarts() & OfficialLexicon.HONORIFIC) == 0;
    int wi = 0;
    int pos = wordsOnly ? (parser.words() > 0 ? parser.wordStart(0) : n) : 0;
    while (pos < n) {
      if (pos >= nameFrom) {
        int k = names.longestAt(lower, pos, wordsOnly ? parser.wordHash(wi) : Names.runHash(lower, pos));
        if (k >= 0) {
          int end = pos + names.keys[k].length();
          if (ctx.structure().isContent(pos)) {
            mentions.get(names.persons[k]).add(new Mention(nt.span(pos, end), MentionKind.FULL_NAME));
          }
          nameFrom = end;
        }
      }
      if (pos >= honFrom && ((wordsOnly ? parser.wordBits(wi) : parser.starts(pos)) & OfficialLexicon.HONORIFIC) != 0) {
        if (wordsOnly) {
          parser.focus(wi);
        }
        PhraseIndex.Hit<LexiconEntry> h = parser.honorificAt(pos);
        if (h != null) {
          honFrom = h.end();
          shortName(ctx, h, byGiven, shortNames);
        }
      }
      if (wordsOnly) {
        wi++;
        pos = wi < parser.words() ? parser.wordStart(wi) : n;
      } else {
        // as findAll: the next offset that is not inside a word
        pos++;
        while (pos < n && Chars.isWordChar(lower.charAt(pos - 1))) {
          pos++;
        }
      }
    }
    for (Person q : persons) {
      mentions.get(q).addAll(shortNames.get(q));
    }
    // positions, each office once in its fullest form
    Map<Person, List<Held>> positions = new HashMap<>();
    for (Person p : persons) {
      positions.put(p, fullest(new ArrayList<>(p.held.values())));
    }
    // bare offices that fit exactly one official
    Fits fitter = null;
    for (Bare b : bares) {
      TitlePhrase ph = b.phrase();
      if (bare(ph) && !OfficialLexicon.standalone(ph.title())) {
        if (ph.placeKey() == null) {
          continue;
        }
      }
      if (pluralBefore(lower, ph.start())) {
        continue;
      }
      if (fitter == null) {
        fitter = hashFree ? new Fits(persons, positions) : new KeyedFits(persons, positions);
      }
      String body = ph.bodyKey().isEmpty() && OfficialLexicon.standalone(ph.title()) ? "*" : ph.bodyKey();
      Person only = fitter.only(ph.title().name(), body, ph.placeKey() == null ? "*" : ph.placeKey(), ph.former());
      if (only != null) {
        mentions.get(only).add(new Mention(nt.span(ph.start(), ph.end()), MentionKind.TITLE_ONLY));
      }
    }
    // "Bộ trưởng Sơn": an office and a given name that only one official with that office has
    for (Bare b : bares) {
      TitlePhrase ph = b.phrase();
      int w = ph.end() + 1;
      if (w >= text.length() || text.charAt(ph.end()) != ' ' || !PhraseParser.isWordStart(text, w)) {
        continue;
      }
      int we = PhraseParser.wordEnd(text, w);
      if (!PhraseParser.isCapitalised(text, w, we) || (we + 1 < text.length() && text.charAt(we) == ' '
          && PhraseParser.isCapitalised(text, we + 1, PhraseParser.wordEnd(text, we + 1)))) {
        continue;
      }
      List<Person> cands = byGiven.get(lower.substring(w, we));
      if (cands == null || cands.size() != 1) {
        continue;
      }
      Person p = cands.get(0);
      boolean fits = positions.get(p).stream().anyMatch(h -> titleCovers(h.titleName(), ph.title().name()));
      if (fits) {
        mentions.get(p).add(new Mention(nt.span(ph.start(), we), MentionKind.SHORT_NAME));
      }
    }
    List<Person> ordered = new ArrayList<>(persons);
    Map<Person, List<Mention>> sorted = new HashMap<>();
    for (Person p : persons) {
      List<Mention> ms = new ArrayList<>(mentions.get(p));
      ms.sort(Comparator.comparing(Mention::span));
      List<Mention> dedup = new ArrayList<>();
      for (Mention m : ms) {
        if (dedup.isEmpty() || !dedup.get(dedup.size() - 1).span().overlaps(m.span())) {
          dedup.add(m);
        }
      }
      sorted.put(p, dedup);
    }
    ordered.sort(Comparator.comparingInt(p -> sorted.get(p).isEmpty() ? p.firstStart : Math.min(p.firstStart,
        nt.toNormalized(sorted.get(p).get(0).span().start()))));
    List<Official> out = new ArrayList<>();
    int id = 1;
    for (Person p : ordered) {
      List<Position> ps = new ArrayList<>();
      for (Held h : positions.get(p)) {
        ps.add(new Position(h.text(), h.title(), h.body(), h.former(), h.span()));
      }
      out.add(new Official("o" + id++, p.name, ps, sorted.get(p)));
    }
    return out;
  }

  /** The mention of {@code ông A} when honorific {@code h} is a short-name cue before the given name of exactly one official. */
  private void shortName(ArticleContext ctx, PhraseIndex.Hit<LexiconEntry> h, Map<String, List<Person>> byGiven,
      Map<Person, List<Mention>> shortNames) {
    NormalizedText nt = ctx.text();
    String text = nt.text();
    if (!shortCues.contains(h.value()) || !ctx.structure().isContent(h.start())) {
      return;
    }
    int w = PhraseParser.skipSpace(text, h.end());
    if (w == h.end() || !PhraseParser.isWordStart(text, w)) {
      return;
    }
    int we = PhraseParser.wordEnd(text, w);
    if (!PhraseParser.isCapitalised(text, w, we)) {
      return;
    }
    // "ông Nguyễn Văn A" is a full name, not a short one
    if (we + 1 < text.length() && text.charAt(we) == ' ' && PhraseParser.isWordStart(text, we + 1)
        && PhraseParser.isCapitalised(text, we + 1, PhraseParser.wordEnd(text, we + 1))) {
      return;
    }
    List<Person> cands = byGiven.get(nt.lower().substring(w, we));
    if (cands != null && cands.size() == 1) {
      shortNames.get(cands.get(0)).add(new Mention(nt.span(h.start(), we), MentionKind.SHORT_NAME));
    }
  }

  /**
   * The full names of one article's officials, found at an offset as a {@code PhraseIndex} of them
   * would find them. An article names a handful of officials, so a trie is not worth building: a
   * filter on the first two chars rejects nearly every word, and the rest compare each name.
   */
  private static final class Names {
    final String[] keys;
    final Person[] persons;
    /** The {@link String#hashCode()} of each name's first word. */
    private final int[] heads;
    /** One bit per first-word hash (256 buckets): rejects nearly every word with one test. */
    private final long[] bloom = new long[4];

    Names(List<Person> people) {
      keys = new String[people.size()];
      persons = new Person[people.size()];
      heads = new int[people.size()];
      for (int k = 0; k < keys.length; k++) {
        persons[k] = people.get(k);
        keys[k] = persons[k].key;
        int e = 0;
        while (e < keys[k].length() && Chars.isWordChar(keys[k].charAt(e))) {
          e++;
        }
        heads[k] = keys[k].substring(0, e).hashCode();
        int b = bucket(heads[k]);
        bloom[b >>> 6] |= 1L << b;
      }
    }

    private static int bucket(int hash) {
      return (hash * 0x9E3779B1) >>> 24;
    }

    /** The {@link String#hashCode()} of the run of word chars at {@code p}. */
    static int runHash(String lower, int p) {
      int h = 0;
      for (int e = p; e < lower.length() && Chars.isWordChar(lower.charAt(e)); e++) {
        h = 31 * h + lower.charAt(e);
      }
      return h;
    }

    /**
     * The index of the longest name at {@code p} followed by a word boundary, or -1; {@code head}
     * is {@link #runHash} at {@code p}. A name matches only where its first word is the word there.
     */
    int longestAt(String lower, int p, int head) {
      int b = bucket(head);
      if ((bloom[b >>> 6] & (1L << b)) == 0 || (p > 0 && Chars.isWordChar(lower.charAt(p - 1)))) {
        return -1;
      }
      int best = -1;
      for (int k = 0; k < keys.length; k++) {
        String key = keys[k];
        int end = p + key.length();
        if (heads[k] == head && lower.startsWith(key, p) && (end == lower.length() || !Chars.isWordChar(lower.charAt(end)))
            && (best < 0 || key.length() > keys[best].length())) {
          best = k;
        }
      }
      return best;
    }
  }

  /**
   * Which officials a bare office fits: one that holds an office whose title starts with the bare
   * title (at a word), with the same bodies or none written ({@code *}), the same place or none,
   * and the same {@code nguyên}.
   */
  private static class Fits {
    final List<Person> persons;
    final Map<Person, List<Held>> positions;

    Fits(List<Person> persons, Map<Person, List<Held>> positions) {
      this.persons = persons;
      this.positions = positions;
    }

    /** The one official the office fits, or {@code null} when none or several do. */
    Person only(String title, String body, String place, boolean former) {
      Person only = null;
      for (Person p : persons) {
        for (Held h : positions.get(p)) {
          if (h.former() == former && titleCovers(h.titleName(), title)
              && (body.equals("*") || body.equals(h.bodyKey()))
              && (place.equals("*") || place.equals(String.valueOf(h.placeKey())))) {
            if (only != null) {
              return null;
            }
            only = p;
            break;
          }
        }
      }
      return only;
    }
  }

  /**
   * {@link Fits} by keys {@code title#body#place#former} of every title prefix, as the stage has
   * always matched them: the same answers unless a lexicon name holds a {@code #}, and then this
   * one is used so that such a name still matches as it did.
   */
  private static final class KeyedFits extends Fits {
    private final Map<String, Person> fitOne = new HashMap<>();
    private final Set<String> fitMany = new java.util.HashSet<>();

    KeyedFits(List<Person> persons, Map<Person, List<Held>> positions) {
      super(persons, positions);
      for (Person p : persons) {
        for (Held h : positions.get(p)) {
          String t = h.titleName();
          for (int cut = t.indexOf(' '); ; cut = t.indexOf(' ', cut + 1)) {
            String prefix = cut < 0 ? t : t.substring(0, cut);
            for (String body : new String[] {h.bodyKey(), "*"}) {
              for (String place : new String[] {String.valueOf(h.placeKey()), "*"}) {
                String k = prefix + "#" + body + "#" + place + "#" + h.former();
                Person prev = fitOne.putIfAbsent(k, p);
                if (prev != null && prev != p) {
                  fitMany.add(k);
                }
              }
            }
            if (cut < 0) {
              break;
            }
          }
        }
      }
    }

    @Override
    Person only(String title, String body, String place, boolean former) {
      String k = title + "#" + body + "#" + place + "#" + former;
      Person only = fitOne.get(k);
      return only != null && !fitMany.contains(k) ? only : null;
    }
  }

  static boolean pluralBefore(String lower, int start) {
    int e = start - 1;
    if (e < 0 || lower.charAt(e) != ' ') {
      return false;
    }
    int s = e;
    while (s > 0 && Character.isLetter(lower.charAt(s - 1))) {
      s--;
    }
    return PLURAL_BEFORE.contains(lower.substring(s, e));
  }

  /** True when title {@code wide} includes title {@code narrow}: {@code Phó Bí thư Thường trực} covers {@code Phó Bí thư}. */
  static boolean titleCovers(String wide, String narrow) {
    return wide.equals(narrow) || wide.startsWith(narrow + " ");
  }

  /** Keeps each office once: drops offices another one covers, and of equal ones the least full wording. */
  private static List<Held> fullest(List<Held> held) {
    List<Held> out = new ArrayList<>();
    for (Held a : held) {
      boolean drop = false;
      for (Held b : held) {
        if (a == b) {
          continue;
        }
        if (a.key().equals(b.key())) {
          if (b.fullness() > a.fullness() || (b.fullness() == a.fullness() && b.order() < a.order())) {
            drop = true;
            break;
          }
        } else if (covers(b, a)) {
          drop = true;
          break;
        }
      }
      if (!drop) {
        out.add(a);
      }
    }
    out.sort(Comparator.comparingInt(Held::order));
    return out;
  }

  /** True when office {@code b} says all that {@code a} says and more. */
  private static boolean covers(Held b, Held a) {
    if (a.former() != b.former() || !titleCovers(b.titleName(), a.titleName())) {
      return false;
    }
    boolean bodyOk = a.bodyKey().isEmpty() || a.bodyKey().equals(b.bodyKey());
    boolean placeOk = a.placeKey() == null || a.placeKey().equals(b.placeKey());
    return bodyOk && placeOk;
  }
}
