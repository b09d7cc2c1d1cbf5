package io.github.doingoai.internal.extract.official;

import io.github.doingoai.internal.extract.ArticleContext;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.gazetteer.LexiconEntry;
import io.github.doingoai.internal.gazetteer.PhraseIndex;
import io.github.doingoai.internal.text.ArticleStructure;
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


// The officials stage as it was before its speed work (main d9181de), kept unchanged as the oracle
// that OfficialsOracleTest compares the optimized stage with.
/**
 * Finds officials, their positions and every mention of them. Built once; thread-safe.
 *
 * <p>An official is a name written next to a chain of offices: before it ({@code Ủy viên Bộ Chính
 * trị, Bí thư Thành ủy Hà Nội Nguyễn Văn A}) or after it ({@code đồng chí Nguyễn Văn A, Bí thư
 * Thành ủy}). A name without an office is never an official. Later full names, short names after
 * an honorific ({@code ông A}) and bare offices that fit exactly one official become mentions.
 */
public final class OracleOfficialExtractor {

  /** Words before a bare office that make it plural or generic: {@code các Bộ trưởng}. */
  private static final Set<String> PLURAL_BEFORE = Set.of("các", "những", "hai", "ba", "bốn", "nhiều", "mỗi", "từng",
      "cựu", "tân", "vị", "một");
  /** Honorific kinds that may introduce a short name ({@code ông Sơn}). */
  private static final Set<String> SHORT_CUES = Set.of("ông", "bà", "đồng chí", "ngài");
  private static final int MAX_CHAIN = 8;

  private final OraclePhraseParser parser;

  /** Indexes the curated titles, bodies, places, surnames, honorifics and historical figures. */
  public OracleOfficialExtractor(Gazetteer gazetteer) {
    this.parser = new OraclePhraseParser(new OracleLexicon(gazetteer));
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
  private record Bare(OracleTitlePhrase phrase) {}

  /** Every official of the article, in order of first mention. */
  public List<Official> extract(ArticleContext ctx) {
    NormalizedText nt = ctx.text();
    String text = nt.text();
    String lower = nt.lower();
    ArticleStructure st = ctx.structure();
    Map<String, Person> people = new LinkedHashMap<>();
    List<Bare> bares = new ArrayList<>();
    int[] order = {0};

    int i = 0;
    int n = text.length();
    int checkedBlock = -2;
    boolean blockTitleCased = false;
    while (i < n) {
      if (!OraclePhraseParser.isWordStart(text, i) || !st.isContent(i)) {
        i++;
        continue;
      }
      int blockIndex = st.blockAt(i);
      if (blockIndex != checkedBlock) {
        checkedBlock = blockIndex;
        blockTitleCased = blockIndex >= 0 && titleCased(text, st.blocks().get(blockIndex));
      }
      if (blockTitleCased) {
        // "Bí Thư Tỉnh Ủy Gặp Mặt Đoàn": every word capitalised, so capitals mark no name
        i = st.blocks().get(blockIndex).end();
        continue;
      }
      int hist = parser.historicalAt(lower, i);
      if (hist > 0 && !(hist + 1 < n && text.charAt(hist) == ' '
          && OraclePhraseParser.isCapitalised(text, hist + 1, OraclePhraseParser.wordEnd(text, hist + 1)))) {
        // a historical figure, unless the match is only the start of a longer name
        i = hist;
        continue;
      }
      int at = i;
      boolean cue = false;
      PhraseIndex.Hit<LexiconEntry> hon = parser.lexicon().honorifics.longestAt(lower, i);
      if (hon != null && !startsOffice(text, lower, i)) {
        at = hon.end();
        if (at + 1 < n && text.charAt(at) == ':') {
          at++;
        }
        at = OraclePhraseParser.skipSpace(text, at);
        cue = true;
      }
      int next = scanAt(ctx, nt, at, cue, people, bares, order);
      i = Math.max(next, OraclePhraseParser.wordEnd(text, i));
    }

    return resolve(ctx, nt, people, bares);
  }

  /** True for a line in title case: at least six words, nearly all capitalised (headlines of some sites). */
  static boolean titleCased(String text, io.github.doingoai.internal.text.Block b) {
    int words = 0;
    int caps = 0;
    for (int k = b.start(); k < b.end(); k++) {
      if (OraclePhraseParser.isWordStart(text, k) && Character.isLetter(text.charAt(k))) {
        words++;
        if (Character.isUpperCase(text.charAt(k))) {
          caps++;
        }
      }
    }
    return words >= 6 && caps * 10 >= words * 9;
  }

  /** True when the honorific-looking words at {@code i} are the start of a title ({@code Đại sứ} is not {@code Đại tá}). */
  private boolean startsOffice(String text, String lower, int i) {
    PhraseIndex.Hit<LexiconEntry> t = parser.lexicon().titles.longestAt(lower, i);
    PhraseIndex.Hit<LexiconEntry> h = parser.lexicon().honorifics.longestAt(lower, i);
    return t != null && h != null && t.end() >= h.end();
  }

  /** Reads an office chain or a name at {@code at}; returns where scanning continues. */
  private int scanAt(ArticleContext ctx, NormalizedText nt, int at, boolean cue, Map<String, Person> people,
      List<Bare> bares, int[] order) {
    String text = nt.text();
    String lower = nt.lower();
    if (at >= text.length()) {
      return at;
    }
    List<OracleTitlePhrase> chain = chain(text, lower, at, true);
    if (!chain.isEmpty()) {
      int end = chain.get(chain.size() - 1).end();
      OraclePhraseParser.Name name = nameAfterChain(text, lower, end);
      if (name != null && ctx.structure().isContent(name.start())) {
        addPerson(nt, people, name, chain, order);
        return name.end();
      }
      for (OracleTitlePhrase p : chain) {
        bares.add(new Bare(p));
      }
      return end;
    }
    OraclePhraseParser.Name name = parser.name(text, lower, at);
    if (name == null) {
      return at;
    }
    boolean listCue = precededByListMark(text, at);
    if (!cue && !listCue && !parser.looksVietnamese(lower, name)) {
      return name.end();
    }
    int s = postSeparator(text, name.end());
    if (s < 0) {
      return name.end();
    }
    List<OracleTitlePhrase> post = chain(text, lower, s, false);
    if (post.isEmpty()) {
      return name.end();
    }
    int end = post.get(post.size() - 1).end();
    // "A, Bí thư Tỉnh ủy B": the offices belong to the name that follows them
    if (nameAfterChain(text, lower, end) != null) {
      return name.end();
    }
    addPerson(nt, people, name, post, order);
    return end;
  }

  /** Offices separated by commas (or {@code kiêm}) starting at {@code at}. */
  private List<OracleTitlePhrase> chain(String text, String lower, int at, boolean beforeName) {
    List<OracleTitlePhrase> out = new ArrayList<>();
    int p = at;
    for (int k = 0; k < MAX_CHAIN; k++) {
      OracleTitlePhrase ph = parser.office(text, lower, p, beforeName);
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
    if (!beforeName && out.stream().allMatch(ph -> bare(ph) && !OracleLexicon.standalone(ph.title()))) {
      out.clear();
    }
    return out;
  }

  private static boolean bare(OracleTitlePhrase ph) {
    return ph.bodies().isEmpty() && ph.placeKey() == null;
  }

  /** A body of the Vietnamese party, state or local government (not a foreign or diplomatic one). */
  private static boolean domestic(LexiconEntry body) {
    return OfficialExtractor.domestic(body);
  }

  private static boolean weak(LexiconEntry title) {
    return OfficialExtractor.weak(title);
  }

  /**
   * The name right after an office chain: after {@code " "}, {@code " - "}, or {@code ", "} with an
   * honorific ({@code Bí thư Tỉnh ủy, đồng chí A}), past a short bracket ({@code tỉnh Svay Rieng
   * (Campuchia) A}) and an optional rank or honorific.
   */
  private OraclePhraseParser.Name nameAfterChain(String text, String lower, int end) {
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
    PhraseIndex.Hit<LexiconEntry> hon = parser.lexicon().honorifics.longestAt(lower, p);
    if (hon != null) {
      p = OraclePhraseParser.skipSpace(text, hon.end());
    } else if (needHonorific) {
      return null;
    }
    return parser.name(text, lower, p);
  }


  /** Offset after {@code ", "}, {@code " - "} or {@code " ("} following a name, or -1. */
  private static int postSeparator(String text, int end) {
    return OfficialExtractor.postSeparator(text, end);
  }

  private static boolean precededByListMark(String text, int at) {
    return OfficialExtractor.precededByListMark(text, at);
  }

  private void addPerson(NormalizedText nt, Map<String, Person> people, OraclePhraseParser.Name name, List<OracleTitlePhrase> chain,
      int[] order) {
    String key = nt.lower().substring(name.start(), name.end());
    Person person = people.computeIfAbsent(key, k -> new Person(k, nt.span(name.start(), name.end()).text(), name.start()));
    OracleTitlePhrase last = chain.get(chain.size() - 1);
    for (int c = 0; c < chain.size(); c++) {
      OracleTitlePhrase ph = chain.get(c);
      String completion = null;
      String placeKey = ph.placeKey();
      String bodyKey = ph.bodyKey();
      LexiconEntry lastBody = ph.lastBody();
      if (c < chain.size() - 1 && lastBody != null && ph.placeKey() == null) {
        String takes = OracleLexicon.takes(lastBody);
        if (last.placeKey() != null && last.placeTextStart() >= 0 && "place".equals(takes)) {
          completion = nt.span(last.placeTextStart(), last.placeEnd()).text();
          placeKey = last.placeKey();
        } else if ("ministry".equals(takes) && !ph.hasMinistry() && last.ministryStart() >= 0) {
          completion = nt.span(last.ministryStart(), last.bodiesEnd()).text();
          StringBuilder bk = new StringBuilder(bodyKey);
          for (LexiconEntry b : last.bodies()) {
            if (OracleLexicon.isMinistry(b)) {
              bk.append('|').append(b.name());
              break;
            }
          }
          bodyKey = bk.toString();
        }
      }
      Span span = nt.span(ph.start(), ph.end());
      String text = completion == null ? span.text() : span.text() + " " + completion;
      String title = nt.span(ph.titleStart(), ph.titleEnd()).text();
      String body = null;
      if (ph.end() > ph.titleEnd()) {
        String b = nt.span(OraclePhraseParser.skipSpace(nt.text(), ph.titleEnd()), ph.end()).text();
        body = completion == null ? b : b + " " + completion;
      } else if (completion != null) {
        body = completion;
      }
      String titleName = ph.title().name();
      String fullKey = titleName + "#" + bodyKey + "#" + placeKey + "#" + ph.former();
      person.add(new Held(text, title, body, ph.former(), span, fullKey, titleName, bodyKey, placeKey,
          ph.fullness(), order[0]++));
    }
  }

  // ---- resolution -------------------------------------------------------------------------------

  private List<Official> resolve(ArticleContext ctx, NormalizedText nt, Map<String, Person> people, List<Bare> bares) {
    if (people.isEmpty()) {
      return List.of();
    }
    String text = nt.text();
    String lower = nt.lower();
    List<Person> persons = new ArrayList<>(people.values());
    Map<Person, List<Mention>> mentions = new HashMap<>();
    for (Person p : persons) {
      mentions.put(p, new ArrayList<>());
    }
    // full names, wherever written in content
    PhraseIndex.Builder<Person> names = PhraseIndex.builder();
    for (Person p : persons) {
      names.add(p.key, p);
    }
    PhraseIndex<Person> nameIndex = names.build();
    for (PhraseIndex.Hit<Person> h : nameIndex.findAll(lower)) {
      if (ctx.structure().isContent(h.start())) {
        mentions.get(h.value()).add(new Mention(nt.span(h.start(), h.end()), MentionKind.FULL_NAME));
      }
    }
    // short names: an honorific and the last word of exactly one official's name
    Map<String, List<Person>> byGiven = new HashMap<>();
    for (Person p : persons) {
      String given = p.key.substring(p.key.lastIndexOf(' ') + 1);
      byGiven.computeIfAbsent(given, k -> new ArrayList<>()).add(p);
    }
    PhraseIndex<LexiconEntry> hon = parser.lexicon().honorifics;
    for (PhraseIndex.Hit<LexiconEntry> h : hon.findAll(lower)) {
      if (!SHORT_CUES.contains(h.value().name().toLowerCase(java.util.Locale.ROOT)) || !ctx.structure().isContent(h.start())) {
        continue;
      }
      int w = OraclePhraseParser.skipSpace(text, h.end());
      if (w == h.end() || !OraclePhraseParser.isWordStart(text, w)) {
        continue;
      }
      int we = OraclePhraseParser.wordEnd(text, w);
      if (!OraclePhraseParser.isCapitalised(text, w, we)) {
        continue;
      }
      // "ông Nguyễn Văn A" is a full name, not a short one
      if (we + 1 < text.length() && text.charAt(we) == ' ' && OraclePhraseParser.isWordStart(text, we + 1)
          && OraclePhraseParser.isCapitalised(text, we + 1, OraclePhraseParser.wordEnd(text, we + 1))) {
        continue;
      }
      List<Person> cands = byGiven.get(lower.substring(w, we));
      if (cands != null && cands.size() == 1) {
        mentions.get(cands.get(0)).add(new Mention(nt.span(h.start(), we), MentionKind.SHORT_NAME));
      }
    }
    // positions, each office once in its fullest form
    Map<Person, List<Held>> positions = new HashMap<>();
    for (Person p : persons) {
      positions.put(p, fullest(new ArrayList<>(p.held.values())));
    }
    // bare offices that fit exactly one official; indexed by every title prefix, body and place so
    // that each bare office is one look-up, however many officials the article names
    Map<String, Person> fitOne = new HashMap<>();
    Set<String> fitMany = new java.util.HashSet<>();
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
    for (Bare b : bares) {
      OracleTitlePhrase ph = b.phrase();
      if (bare(ph) && !OracleLexicon.standalone(ph.title())) {
        if (ph.placeKey() == null) {
          continue;
        }
      }
      if (pluralBefore(lower, ph.start())) {
        continue;
      }
      String body = ph.bodyKey().isEmpty() && OracleLexicon.standalone(ph.title()) ? "*" : ph.bodyKey();
      String k = ph.title().name() + "#" + body + "#" + (ph.placeKey() == null ? "*" : ph.placeKey()) + "#" + ph.former();
      Person only = fitOne.get(k);
      if (only != null && !fitMany.contains(k)) {
        mentions.get(only).add(new Mention(nt.span(ph.start(), ph.end()), MentionKind.TITLE_ONLY));
      }
    }
    // "Bộ trưởng Sơn": an office and a given name that only one official with that office has
    for (Bare b : bares) {
      OracleTitlePhrase ph = b.phrase();
      int w = ph.end() + 1;
      if (w >= text.length() || text.charAt(ph.end()) != ' ' || !OraclePhraseParser.isWordStart(text, w)) {
        continue;
      }
      int we = OraclePhraseParser.wordEnd(text, w);
      if (!OraclePhraseParser.isCapitalised(text, w, we) || (we + 1 < text.length() && text.charAt(we) == ' '
          && OraclePhraseParser.isCapitalised(text, we + 1, OraclePhraseParser.wordEnd(text, we + 1)))) {
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

  private static boolean pluralBefore(String lower, int start) {
    return OfficialExtractor.pluralBefore(lower, start);
  }

  /** True when title {@code wide} includes title {@code narrow}: {@code Phó Bí thư Thường trực} covers {@code Phó Bí thư}. */
  private static boolean titleCovers(String wide, String narrow) {
    return OfficialExtractor.titleCovers(wide, narrow);
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
