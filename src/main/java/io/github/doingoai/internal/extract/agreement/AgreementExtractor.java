package io.github.doingoai.internal.extract.agreement;

import io.github.doingoai.DataKind;
import io.github.doingoai.internal.extract.ArticleContext;
import io.github.doingoai.internal.extract.ArticleWords;
import io.github.doingoai.internal.extract.GatedPhrases;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.gazetteer.PhraseIndex;
import io.github.doingoai.internal.text.NormalizedText;
import io.github.doingoai.internal.text.Sentence;
import io.github.doingoai.model.Agreement;
import io.github.doingoai.model.AgreementKind;
import io.github.doingoai.model.AgreementStatus;
import io.github.doingoai.model.DatePeriod;
import io.github.doingoai.model.Mention;
import io.github.doingoai.model.Official;
import io.github.doingoai.model.PartialDate;
import io.github.doingoai.model.Span;
import io.github.doingoai.model.TemporalExpression;
import io.github.doingoai.model.TemporalKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds agreements signed, proposed or referred to. Built once; thread-safe.
 *
 * <p>Each wording of {@code agreements.tsv} is a mention. The status verb nearest before it in its
 * clause gives the status (the last verb wins: in "ký kết Báo cáo sơ kết thực hiện Thỏa thuận" the
 * report is signed and the agreement only referred to). Signed and proposed mentions found an
 * agreement; a referred one founds one only when it is particular (a {@code giữa} list, a signing
 * date, or a capitalised title); mentions of the same kind whose parties do not contradict are one
 * agreement, whatever the wording ({@code Quy chế hợp tác} / {@code Quy chế phối hợp}).
 */
public final class AgreementExtractor {

  static final Pattern SIGNED_ON = Pattern.compile(
      "^[^;.]{0,60}?(?:được\\s)?ký(?:\\skết)?\\s(?:vào\\s)?ngày\\s(\\d{1,2})\\s?[/.\\-]\\s?(\\d{1,2})\\s?[/.\\-]\\s?(\\d{4})");
  static final Pattern DAY = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:ngày|sáng|chiều|tối|trưa)(?:\\snay)?(?:\\sngày)?\\s(\\d{1,2})\\s?[/.\\-]\\s?(\\d{1,2})"
          + "(?:\\s?[/.\\-]\\s?(\\d{4}))?(?![\\d/.\\-]\\d)");
  private static final Pattern SIGNED_IN = Pattern.compile("^\\s(?:(?:được\\s)?ký(?:\\skết)?\\s)?(?:vào\\s)?năm\\s(\\d{4})(?!\\d)");
  private static final Pattern NESTED = Pattern.compile("\\s(?:về|về việc)\\s");
  static final Pattern PERIOD = Pattern.compile("^[^;.]{0,80}?giai đoạn\\s(\\d{4})\\s?-\\s?(\\d{4})");
  private static final Pattern PROVISIONS = Pattern.compile("^theo nội dung\\s(?:của\\s)?(?:bản\\s)?(\\p{L}+\\s\\p{L}+)[^,;.]{0,60},\\s");

  /** The verbs whose subject signs or hands over the text (not "lễ ký kết", a ceremony). */
  private static final Set<String> HANDING = Set.of("ký", "ký kết", "trao", "ký tắt");
  /** What may stand between the signers and their verb: "A và B đã cùng ký". */
  private static final Pattern SUBJECT_GLUE = Pattern.compile("(?:đã|cùng|chính thức|đã cùng)(?:\\s(?:cùng|chính thức))?");

  private final AgreementLexicon lex;
  private final PartyFinder parties;
  /** The lexicon's roles asked about here, looked up once. */
  private final GatedPhrases<String> recallRole;
  private final GatedPhrases<String> genericAfterRole;
  private final GatedPhrases<String> genericRole;
  private final GatedPhrases<String> detachRole;

  public AgreementExtractor(Gazetteer gazetteer) {
    this.lex = new AgreementLexicon(gazetteer);
    this.recallRole = lex.role("recall");
    this.genericAfterRole = lex.role("generic-after");
    this.genericRole = lex.role("generic");
    this.detachRole = lex.role("detach");
    this.parties = new PartyFinder(lex, List.of(GatedPhrases.of(gazetteer, DataKind.PLACES),
        GatedPhrases.of(gazetteer, DataKind.COUNTRIES)), GatedPhrases.of(gazetteer, DataKind.BODIES));
  }

  /** One place the article names an agreement. */
  private record MentionAt(Sentence sentence, int start, int end, AgreementKind kind, AgreementStatus status,
      int verbStart, String verb, boolean founds, PartialDate signedOn, List<PartyFinder.Range> parties,
      boolean between) {}

  /** An agreement being assembled from its mentions. */
  private static final class Group {
    final AgreementKind kind;
    final List<MentionAt> mentions = new ArrayList<>();
    /** The mention that states the parties best so far (kept up to date: merging stays linear). */
    MentionAt best;

    Group(AgreementKind kind) {
      this.kind = kind;
    }

    void add(MentionAt m) {
      mentions.add(m);
      if (best == null || better(m, best)) {
        best = m;
      }
    }
  }

  /** Every particular agreement of the article, once each. */
  public List<Agreement> extract(ArticleContext ctx) {
    NormalizedText t = ctx.text();
    String text = t.text();
    String lower = t.lower();
    List<MentionAt> mentions = new ArrayList<>();
    int prevStart = 0;
    ArticleWords words = ctx.words();
    for (Sentence s : ctx.structure().sentences()) {
      PhraseIndex.Hit<AgreementKind> prev = null;
      for (PhraseIndex.Hit<AgreementKind> h : lex.kinds().findAll(words, s.start(), s.end())) {
        if (!ctx.structure().isContent(h.start())) {
          continue;
        }
        boolean nested = prev != null && h.start() - prev.end() <= 12
            && NESTED.matcher(lower.substring(prev.end(), h.start())).matches();
        prev = h;
        if (nested) {
          continue; // "Biên bản ghi nhớ về thiết lập quan hệ hữu nghị": the subject of another text
        }
        MentionAt m = mention(ctx, s, prevStart, h);
        if (m != null) {
          mentions.add(m);
        }
      }
      prevStart = s.start();
    }
    List<Group> groups = new ArrayList<>();
    for (MentionAt m : mentions) {
      if (m.founds()) {
        Group g = compatible(lower, groups, m);
        if (g == null) {
          g = new Group(m.kind());
          groups.add(g);
        }
        g.add(m);
      }
    }
    for (MentionAt m : mentions) {
      if (!m.founds()) {
        Group g = compatible(lower, groups, m);
        if (g != null) {
          g.add(m);
        }
      }
    }
    List<Agreement> out = new ArrayList<>();
    for (Group g : groups) {
      g.mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
      out.add(build(ctx, g, "a" + (out.size() + 1)));
    }
    return out;
  }

  private MentionAt mention(ArticleContext ctx, Sentence s, int prevStart, PhraseIndex.Hit<AgreementKind> h) {
    String text = ctx.text().text();
    String lower = ctx.text().lower();
    if (generic(lower, s, h)) {
      return null;
    }
    int from = Math.max(s.start(), h.start() - PartyFinder.REACH);
    int comma = PartyFinder.lastIndexOfAny(lower, ",;:(", from, h.start());
    int semi = PartyFinder.lastIndexOfAny(lower, ";:", from, h.start());
    int clause = comma < 0 ? from : comma + 1;
    ArticleWords words = ctx.words();
    PhraseIndex.Hit<String> verb = lastStatus(words, clause, h.start());
    if (verb == null) {
      clause = semi < 0 ? from : semi + 1;
      verb = lastStatus(words, clause, h.start());
    }
    // a proposal to sign ("đề nghị ... ký kết", "sẽ ký") asks for this very text
    boolean signingAsked = verb != null && verb.value().equals("proposed")
        && (lower.substring(verb.start(), verb.end()).contains("ký")
            || lex.status().findAll(words, verb.end(), h.start()).stream().anyMatch(x -> x.value().equals("signed")));
    AgreementStatus status = null;
    if (verb != null) {
      status = switch (verb.value()) {
        case "signed" -> AgreementStatus.SIGNED;
        case "proposed" -> AgreementStatus.PROPOSED;
        default -> AgreementStatus.REFERENCED;
      };
    }
    PartialDate signedOn = null;
    Matcher on = signedOn(lower, h.end(), s.end());
    if (on != null) {
      signedOn = PartialDate.tryOf(Integer.valueOf(on.group(3)), Integer.valueOf(on.group(2)),
          Integer.valueOf(on.group(1))).orElse(null);
      if (status == null) {
        status = AgreementStatus.REFERENCED;
      }
    }
    if (status == AgreementStatus.SIGNED && PartyFinder.at(recallRole, lower, s.start(), s.end())) {
      // "Trước đó, ngày 10/5/2019, hai tỉnh đã ký ...": an earlier signing the article recalls
      status = AgreementStatus.REFERENCED;
      signedOn = dayOf(ctx, s);
    }
    Matcher year = signedOn == null && status == AgreementStatus.REFERENCED
        ? SIGNED_IN.matcher(lower).region(h.end(), s.end()) : null;
    if (year != null && year.lookingAt()) {
      signedOn = PartialDate.ofYear(Integer.parseInt(year.group(1)));
    }
    boolean twinning = h.value() == AgreementKind.TWINNING;
    List<PartyFinder.Range> found = parties.find(text, lower, s.start(), s.end(), h.start(), h.end(), twinning,
        prevStart);
    boolean between = PartyFinder.findWord(lower, "giữa", h.end(), Math.min(s.end(), h.end() + 80)) >= 0;
    boolean particular = signedOn != null || between
        || (Character.isUpperCase(text.charAt(h.start())) && h.start() > s.start());
    boolean founds = status == AgreementStatus.SIGNED
        || (status == AgreementStatus.PROPOSED && (particular || signingAsked || found.size() >= 2))
        || (status == AgreementStatus.REFERENCED && particular);
    if (twinning && found.size() < 2) {
        founds = false; // "kết nghĩa" is also a plain verb; a twinning needs its two localities
    }
    int verbStart = verb == null ? -1 : verb.start();
    String verbText = verb == null ? null : lower.substring(verb.start(), verb.end());
    return new MentionAt(s, h.start(), h.end(), h.value(), status, verbStart, verbText, founds, signedOn, found,
        between && !found.isEmpty());
  }

  /** A plural or generic mention: "các thỏa thuận", "thỏa thuận quốc tế". */
  private boolean generic(String lower, Sentence s, PhraseIndex.Hit<AgreementKind> h) {
    int after = h.end() + 1;
    if (after < s.end() && lower.charAt(h.end()) == ' ' && PartyFinder.at(genericAfterRole, lower, after, s.end())) {
      return true;
    }
    // the one or two words before the wording
    int p = h.start() - 1;
    for (int words = 0; words < 2 && p > s.start(); words++) {
      int e = p;
      while (p > s.start() && lower.charAt(p - 1) != ' ') {
        p--;
      }
      int ws = p;
      if (ws < e && PartyFinder.endOf(genericRole, lower, ws, h.start()) >= 0) {
        return true;
      }
      if (words == 0 && ws < e && lower.substring(ws, e).chars().allMatch(Character::isDigit)
          && !lower.substring(ws, e).equals("1") && !lower.substring(ws, e).equals("01")) {
        return true; // "ký kết 3 biên bản ghi nhớ": several, none named
      }
      p = ws - 1;
      if (p <= s.start() || !Character.isLetter(lower.charAt(p - 1))) {
        break;
      }
    }
    return false;
  }

  /**
   * The status verb that governs a wording: the last one before it, except that a signing under a
   * proposal is still a proposal ("đề xuất hai bên sớm ký kết Biên bản ghi nhớ").
   */
  private PhraseIndex.Hit<String> lastStatus(ArticleWords words, int from, int to) {
    String lower = words.lower();
    PhraseIndex.Hit<String> last = null;
    PhraseIndex.Hit<String> proposal = null;
    int detach = lastDetach(lower, from, to);
    for (PhraseIndex.Hit<String> h : lex.status().findAll(words, from, to)) {
      // a signing detached by a preposition signs something else; a reference still refers
      if (!h.value().equals("neutral") && (h.value().equals("referenced") || h.end() > detach)) {
        last = h;
        if (h.value().equals("proposed")) {
          proposal = h;
        }
      }
    }
    return last != null && last.value().equals("signed") && proposal != null ? proposal : last;
  }

  /**
   * Where the last preposition of {@code [from, to)} starts, or -1: a verb before it governs
   * something else ("các nội dung đã ký kết trong Biên bản").
   */
  private int lastDetach(String lower, int from, int to) {
    for (int p = to - 1; p >= from; p--) {
      // the first char first: most chars open no preposition
      if (detachRole.canStart(lower.charAt(p)) && PartyFinder.wordStart(lower, p)
          && PartyFinder.at(detachRole, lower, p, to)) {
        return p;
      }
    }
    return -1;
  }

  /** A group of the same kind whose parties agree with the mention's, or null. */
  private static Group compatible(String lower, List<Group> groups, MentionAt m) {
    for (Group g : groups) {
      if (g.kind != m.kind()) {
        continue;
      }
      // a text proposed is not the one signed or referred to, nor the other way round
      boolean groupProposed = g.mentions.get(0).status() == AgreementStatus.PROPOSED;
      if (m.founds() && groupProposed != (m.status() == AgreementStatus.PROPOSED)) {
        continue;
      }
      List<PartyFinder.Range> known = best(g).parties();
      if (known.isEmpty() || m.parties().isEmpty() || agree(lower, known, m.parties())) {
        return g;
      }
    }
    return null;
  }

  /** True when every party of the shorter list is written inside one of the other's. */
  private static boolean agree(String lower, List<PartyFinder.Range> a, List<PartyFinder.Range> b) {
    List<PartyFinder.Range> small = a.size() <= b.size() ? a : b;
    List<PartyFinder.Range> large = small == a ? b : a;
    for (PartyFinder.Range x : small) {
      if (!overlap(lower, List.of(x), large)) {
        return false;
      }
    }
    return true;
  }

  private static boolean overlap(String lower, List<PartyFinder.Range> a, List<PartyFinder.Range> b) {
    for (PartyFinder.Range x : a) {
      String s = key(lower, x);
      for (PartyFinder.Range y : b) {
        String t = key(lower, y);
        if (s.contains(t) || t.contains(s)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String key(String lower, PartyFinder.Range r) {
    return lower.substring(r.start(), r.end()).replace("tp.hcm", "thành phố hồ chí minh")
        .replace("tphcm", "thành phố hồ chí minh").replace("ubnd", "ủy ban nhân dân");
  }

  /**
   * The mention that states the parties best: one that names them after "giữa" (the agreement's own
   * words) before one that reads them off a sentence's subject, then the one naming most, then the
   * longest wording.
   */
  private static MentionAt best(Group g) {
    return g.best;
  }

  private static boolean better(MentionAt m, MentionAt than) {
    int c = Integer.compare(rank(m), rank(than));
    return c > 0 || (c == 0 && length(m) > length(than));
  }

  private static int rank(MentionAt m) {
    return m.parties().size() + (m.between() ? 1000 : 0);
  }

  private static int length(MentionAt m) {
    return m.parties().stream().mapToInt(r -> r.end() - r.start()).sum();
  }

  private Agreement build(ArticleContext ctx, Group g, String id) {
    NormalizedText t = ctx.text();
    String lower = t.lower();
    AgreementStatus status = AgreementStatus.REFERENCED;
    for (MentionAt m : g.mentions) {
      if (m.status() == AgreementStatus.SIGNED) {
        status = AgreementStatus.SIGNED;
      } else if (m.status() == AgreementStatus.PROPOSED && status == AgreementStatus.REFERENCED) {
        status = AgreementStatus.PROPOSED;
      }
    }
    MentionAt founder = g.mentions.stream().filter(MentionAt::founds).findFirst().orElse(g.mentions.get(0));
    PartialDate date = null;
    int tried = 0;
    for (MentionAt m : g.mentions) {
      if (++tried > 8) {
        break; // the signing is reported near the top; this bounds the work on a pathological text
      }
      if (status == AgreementStatus.SIGNED && m.status() == AgreementStatus.SIGNED) {
        date = dayOf(ctx, m.sentence());
      } else if (status == AgreementStatus.REFERENCED) {
        date = m.signedOn();
      }
      if (date != null) {
        break;
      }
    }
    if (date == null && status == AgreementStatus.SIGNED) {
      date = meetingDay(ctx, g);
    }
    List<String> partyNames = new ArrayList<>();
    for (PartyFinder.Range r : best(g).parties()) {
      partyNames.add(t.span(r.start(), r.end()).text());
    }
    DatePeriod period = null;
    List<Span> evidence = new ArrayList<>();
    Set<String> signatories = new LinkedHashSet<>();
    for (MentionAt m : g.mentions) {
      evidence.add(t.span(m.start(), m.end()));
      Matcher p = period == null ? period(lower, m.end(), m.sentence().end()) : null;
      if (p != null && Integer.parseInt(p.group(1)) <= Integer.parseInt(p.group(2))) {
        period = new DatePeriod(PartialDate.ofYear(Integer.parseInt(p.group(1))),
            PartialDate.ofYear(Integer.parseInt(p.group(2))));
      }
      if (m.status() == AgreementStatus.SIGNED && m.verbStart() >= 0 && HANDING.contains(m.verb())) {
        signatories.addAll(signers(ctx, m.sentence().start(), m.verbStart()));
      }
    }
    return new Agreement(id, g.kind, status, t.span(founder.start(), founder.end()).text(), date, partyNames,
        List.copyOf(signatories), provisions(ctx, g), period, evidence);
  }

  /**
   * The day of the meeting at which a signed mention is reported (a signing ceremony told over
   * several sentences, only one of which gives the day), or null.
   */
  private static PartialDate meetingDay(ArticleContext ctx, Group g) {
    NormalizedText t = ctx.text();
    for (MentionAt m : g.mentions) {
      if (m.status() != AgreementStatus.SIGNED) {
        continue;
      }
      Span sentence = t.span(m.sentence().start(), m.sentence().end());
      for (var meeting : ctx.meetings()) {
        if (meeting.date() != null && meeting.evidence().stream().anyMatch(e -> e.overlaps(sentence))) {
          return meeting.date();
        }
      }
    }
    return null;
  }

  /**
   * The officials who are the subject of a signing verb ("A và B trao Quy chế", "A đã ký"): those
   * named before it in its sentence, when the last of them stands right before the verb.
   */
  private static List<String> signers(ArticleContext ctx, int from, int verb) {
    NormalizedText t = ctx.text();
    Span range = t.span(from, verb);
    List<String> out = new ArrayList<>();
    int lastEnd = -1;
    for (Official o : ctx.officials()) {
      for (Mention m : o.mentions()) {
        if (m.span().within(range)) {
          if (!out.contains(o.name())) {
            out.add(o.name());
          }
          lastEnd = Math.max(lastEnd, m.span().end());
        }
      }
    }
    if (lastEnd < 0) {
      return List.of();
    }
    String gap = t.lower().substring(t.toNormalized(lastEnd), verb).trim();
    return gap.isEmpty() || SUBJECT_GLUE.matcher(gap).matches() ? out : List.of();
  }

  /** "Theo nội dung Quy chế, A; B; C." lists the provisions of the one agreement so named. */
  private static List<String> provisions(ArticleContext ctx, Group g) {
    NormalizedText t = ctx.text();
    String lower = t.lower();
    String title = lower.substring(g.mentions.get(0).start(), g.mentions.get(0).end());
    Matcher m = null;
    for (Sentence s : ctx.structure().sentences()) {
      if (!lower.startsWith("theo nội dung", s.start())) {
        continue; // the pattern's literal start: the regex need not run
      }
      m = m == null ? PROVISIONS.matcher(lower) : m;
      m.region(s.start(), s.end());
      if (m.lookingAt() && title.startsWith(m.group(1))) {
        List<String> out = new ArrayList<>();
        int a = m.end();
        for (int i = a; i <= s.end(); i++) {
          if (i == s.end() || lower.charAt(i) == ';') {
            int e = i;
            while (e > a && ".,; /".indexOf(lower.charAt(e - 1)) >= 0) {
              e--;
            }
            if (e > a) {
              out.add(t.span(a, e).text());
            }
            a = i + 1;
            while (a < s.end() && lower.charAt(a) == ' ') {
              a++;
            }
          }
        }
        return out;
      }
    }
    return List.of();
  }

  /**
   * {@code SIGNED_ON.matcher(lower).region(from, to)} when it {@code lookingAt()}, else null. A
   * match has "ký" at most 65 chars in (60 others, then "được "), followed by "ngày" 3, 7 or 11
   * chars after it (" ", " kết ", " vào ", " kết vào "): only then does the pattern run.
   */
  static Matcher signedOn(String lower, int from, int to) {
    for (int q = from; q <= from + 65 && q + 2 <= to; q++) {
      if (lower.charAt(q) == 'k' && lower.startsWith("ký", q) && (lower.startsWith("ngày", q + 3)
          || lower.startsWith("ngày", q + 7) || lower.startsWith("ngày", q + 11))) {
        Matcher m = SIGNED_ON.matcher(lower).region(from, to);
        return m.lookingAt() ? m : null;
      }
    }
    return null;
  }

  /**
   * {@code PERIOD.matcher(lower).region(from, to)} when it {@code lookingAt()}, else null: a match
   * has "giai đoạn" at most 80 chars in.
   */
  static Matcher period(String lower, int from, int to) {
    for (int q = from; q <= from + 80 && q + 9 <= to; q++) {
      if (lower.charAt(q) == 'g' && lower.startsWith("giai đoạn", q)) {
        Matcher m = PERIOD.matcher(lower).region(from, to);
        return m.lookingAt() ? m : null;
      }
    }
    return null;
  }

  /** The words a {@link #DAY} match opens with. */
  private static final String[] DAY_WORDS = {"ngày", "sáng", "chiều", "tối", "trưa"};

  /**
   * As {@code DAY.matcher(lower).region(from, to).find()}, returning the matcher or null: the
   * pattern runs only where one of its opening words stands and its look-behind
   * {@code (?<![\\p{L}\\p{N}])} allows (nothing before the region's start counts).
   */
  static Matcher findDay(String lower, int from, int to) {
    Matcher m = null;
    for (int p = from; p < to; p++) {
      char c = lower.charAt(p);
      if (c != 'n' && c != 's' && c != 'c' && c != 't' || p > from && letterOrNumberBefore(lower, p)) {
        continue;
      }
      for (String w : DAY_WORDS) {
        if (lower.startsWith(w, p)) {
          m = m == null ? DAY.matcher(lower) : m; // default bounds: opaque, so the look-behind holds at p
          if (m.region(p, to).lookingAt()) {
            return m;
          }
          break; // the words do not start one another: the pattern fails at p
        }
      }
    }
    return null;
  }

  /**
   * {@code [\\p{L}\\p{N}]} at {@code p - 1} as a look-behind reads it: one code point there, none
   * when a surrogate pair runs on past {@code p}.
   */
  private static boolean letterOrNumberBefore(String lower, int p) {
    char b = lower.charAt(p - 1);
    if (Character.isHighSurrogate(b) && p < lower.length() && Character.isLowSurrogate(lower.charAt(p))) {
      return false;
    }
    int type = Character.getType(b);
    return Character.isLetter(b) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * The day of the sentence that reports the signing: a date the temporal stage found in it, else
   * one written with its day word ({@code Ngày 26/4}, {@code Sáng 3-11}, {@code sáng nay 22/8}).
   */
  private static PartialDate dayOf(ArticleContext ctx, Sentence s) {
    NormalizedText t = ctx.text();
    Span range = t.span(s.start(), s.end());
    for (TemporalExpression e : ctx.dates()) {
      if (e.kind() == TemporalKind.DATE && e.span().within(range) && e.date() != null && e.date().day().isPresent()) {
        return e.date();
      }
    }
    Matcher m = findDay(t.lower(), s.start(), s.end());
    if (m == null) {
      return null;
    }
    int day = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    if (m.group(3) != null) {
      return PartialDate.tryOf(Integer.valueOf(m.group(3)), month, day).orElse(null);
    }
    LocalDate ref = ctx.reference();
    PartialDate md = PartialDate.tryOf(null, month, day).orElse(null);
    if (md == null || ref == null) {
      return md;
    }
    // a day and month without a year fall in the year of the article, or the one before if later
    int year = ref.getYear();
    if (month > ref.getMonthValue() || (month == ref.getMonthValue() && day > ref.getDayOfMonth())) {
      year--;
    }
    return PartialDate.tryOf(year, month, day).orElse(md);
  }
}
