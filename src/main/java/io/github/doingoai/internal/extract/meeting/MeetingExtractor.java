package io.github.doingoai.internal.extract.meeting;

import io.github.doingoai.internal.extract.ArticleContext;
import io.github.doingoai.internal.extract.meeting.MeetingCues.Cue;
import io.github.doingoai.internal.extract.meeting.MeetingCues.Role;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.gazetteer.PhraseIndex;
import io.github.doingoai.internal.text.NormalizedText;
import io.github.doingoai.internal.text.Sentence;
import io.github.doingoai.model.Meeting;
import io.github.doingoai.model.MeetingFormat;
import io.github.doingoai.model.MeetingKind;
import io.github.doingoai.model.Mention;
import io.github.doingoai.model.Official;
import io.github.doingoai.model.PartOfDay;
import io.github.doingoai.model.PartialDate;
import io.github.doingoai.model.Qualifier;
import io.github.doingoai.model.Span;
import io.github.doingoai.model.TemporalExpression;
import io.github.doingoai.model.TemporalKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the meetings an article reports, and those it only recalls. Built once; thread-safe.
 *
 * <p>A meeting is found through its cue words ({@code data/meeting-cues.tsv}). Strong cues (nouns
 * such as {@code hội nghị}, {@code buổi tiếp}, {@code lễ ký kết}) make meetings; mentions of one kind
 * in one article are one meeting unless they carry different days or editions, because news names
 * the same event many ways. Weak cues (verbs such as {@code thăm}, {@code làm việc với}, {@code ký
 * kết}) usually describe a meeting already named, so they join one and lend it their sentence's
 * date; they only stand alone when dated and no other meeting can take them. The date, part of day
 * and venue come from the sentence that dates the meeting, so that a venue or a day of another
 * event elsewhere in the article is never attached to it.
 */
public final class MeetingExtractor {

  /** Kinds a weak cue of each kind may join, in order of preference. */
  private static final List<MeetingKind> SIGNING_HOSTS = List.of(MeetingKind.CEREMONY, MeetingKind.CONFERENCE,
      MeetingKind.TALKS, MeetingKind.WORKING_SESSION, MeetingKind.RECEPTION, MeetingKind.SEMINAR);
  private static final List<MeetingKind> VISIT_HOSTS = List.of(MeetingKind.RECEPTION, MeetingKind.WORKING_SESSION,
      MeetingKind.VISIT, MeetingKind.TALKS, MeetingKind.CONFERENCE, MeetingKind.CEREMONY, MeetingKind.SEMINAR);

  private static final Pattern EDITION = Pattern.compile("(?<![\\p{L}\\d])lần thứ (\\d{1,3}|[ivxlc]{1,8})(?![\\p{L}\\d])");
  /** {@code Hội nghị Ngoại vụ 18}: a name of capitalised words that ends with its number. */
  private static final Pattern EDITION_BARE = Pattern.compile("^\\S+ \\S+(?: \\p{Lu}\\S*){1,5} (\\d{1,3})$");
  private static final Pattern EDITION_YEAR =
      Pattern.compile("lần thứ (?:\\d{1,3}|[ivxlc]{1,8})(?: ?- ?| )năm (\\d{4})(?!\\d)");
  private static final Pattern NAME_STOP = Pattern.compile("[,;:\"“”]|\\.(?=\\s|$)| - (?![\\d\\p{Lu}])| (?:với chủ đề|với sự|dưới hình thức"
      + "|theo hình thức|tại|đã|được|do|nhằm|diễn ra|là|sẽ|có|vào|đang|để|cùng với|lần này|đến nay|thời gian"
      + "|năm \\d{4})(?![\\p{L}\\d])");
  /** Words right after a cue that show it is used bare ("Hội nghị và ..."), without a name. */
  private static final Set<String> NOT_A_NAME = Set.of("và", "có", "của", "đã", "được", "là", "này", "đó", "cũng",
      "sẽ", "với", "lần", "cho", "như", "nói", "đang");
  private static final Pattern THEME = Pattern.compile("chủ đề:? ?\"([^\"]{3,300})\"");
  /** Verbs of holding that let a date after a meeting's mention date it. */
  private static final List<String> HELD = List.of("diễn ra", "tổ chức", "khai mạc", "bế mạc", "họp", "bắt đầu", "vào");
  /** Words that end the noun phrase before a cue: a determiner beyond them is not the cue's. */
  private static final Set<String> PREPOSITIONS = Set.of("tại", "dự", "của", "với", "ở", "trong", "về", "cho");
  private static final Pattern NAMED_YEAR = Pattern.compile(" ?-? ?\\(?năm (\\d{4})(?!\\d)");
  private static final int RECENT_DAYS = 45;
  private static final Pattern CODE_BEFORE = Pattern.compile("\\d+[/-]\\p{L}");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\p{M}\\d.]*");

  private final MeetingCues cues;
  private final Pattern attendees;

  public MeetingExtractor(Gazetteer gazetteer) {
    this.cues = new MeetingCues();
    this.attendees = Pattern.compile("(?<![\\p{L}\\d.])(gần|hơn|trên|khoảng|chừng|xấp xỉ|lên tới|lên đến|tới)? ?"
        + "(\\d{1,3}(?:\\.\\d{3}){0,2}) (?:" + attendeeNouns() + ")(?![\\p{L}])");
  }

  private String attendeeNouns() {
    // read back from the data so that the head nouns stay curated in one place
    List<String> out = new ArrayList<>();
    try (var r = new java.io.BufferedReader(io.github.doingoai.internal.gazetteer.Gazetteer.utf8(
        MeetingExtractor.class.getResourceAsStream("/io/github/doingoai/data/" + MeetingCues.FILE)))) {
      for (var e : io.github.doingoai.internal.gazetteer.LexiconReader.read(r, MeetingCues.FILE, Set.of())) {
        if (e.kind().equals("attendee-noun")) {
          for (String f : e.forms()) {
            out.add(Pattern.quote(io.github.doingoai.internal.text.VietnameseNormalizer.instance().key(f)));
          }
        }
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    out.sort((a, b) -> b.length() - a.length());
    return String.join("|", out);
  }

  /** Records {@code ctx.meetings(...)} and {@code ctx.recalledMeetings(...)}. */
  public void extract(ArticleContext ctx) {
    new Run(ctx).go();
  }

  private enum Status { REPORTED, RECALLED, GENERIC }

  /** One cue in the text. */
  private static final class Hit {
    int start;
    int end;
    MeetingKind kind;
    boolean strong;
    boolean verb;
    boolean signing;
    int sentence;
    Status status = Status.REPORTED;
    int nameEnd = -1;
    Integer edition;
    TemporalExpression date;
    int dateStart = -1;
  }

  /** A meeting being assembled. */
  private static final class Draft {
    MeetingKind kind;
    final List<Hit> hits = new ArrayList<>();
    /** The sentences of its strong hits: what weakHost asks once per weak cue (a scan of hits is quadratic). */
    final java.util.BitSet strongIn = new java.util.BitSet();
    Hit named;
    PartialDate date;
    PartOfDay part;
    int dateSentence = -1;
    Integer edition;
  }

  /** The work on one article; confined to the calling thread. */
  private final class Run {
    final ArticleContext ctx;
    final NormalizedText text;
    final String t;
    final String s;
    final List<Sentence> sentences;
    final List<int[]> dateAt = new ArrayList<>(); // {normStart, normEnd, index into ctx.dates()}
    final List<Object[]> officialAt = new ArrayList<>(); // {normStart, Official}

    Run(ArticleContext ctx) {
      this.ctx = ctx;
      this.text = ctx.text();
      this.t = text.text();
      this.s = text.lower();
      this.sentences = ctx.structure().sentences();
      List<TemporalExpression> ds = ctx.dates();
      for (int i = 0; i < ds.size(); i++) {
        Span sp = ds.get(i).span();
        dateAt.add(new int[] {text.toNormalized(sp.start()), text.toNormalized(sp.end()), i});
      }
      for (Official o : ctx.officials()) {
        for (Mention m : o.mentions()) {
          officialAt.add(new Object[] {text.toNormalized(m.span().start()), o});
        }
      }
      officialAt.sort((a, b) -> Integer.compare((Integer) a[0], (Integer) b[0]));
    }

    void go() {
      List<Hit> hits = new ArrayList<>();
      for (int si = 0; si < sentences.size(); si++) {
        Sentence sen = sentences.get(si);
        List<Hit> inSentence = new ArrayList<>();
        for (PhraseIndex.Hit<Cue> h : cues.meetingWords.findAll(s, sen.start(), sen.end())) {
          Cue c = h.value();
          if (c.role() == Role.IGNORE) {
            continue;
          }
          if (c.role() == Role.RECEPTION_VERB && !receptionFollows(h.end(), sen.end())) {
            continue;
          }
          Hit hit = new Hit();
          hit.start = h.start();
          hit.end = h.end();
          hit.kind = c.kind();
          hit.strong = c.role() != Role.WEAK;
          hit.verb = c.role() == Role.RECEPTION_VERB;
          hit.signing = c.signing();
          hit.sentence = si;
          inSentence.add(hit);
        }
        markLists(inSentence);
        for (Hit hit : inSentence) {
          classify(hit, sen);
          if (hit.strong && !hit.verb) {
            name(hit, sen);
          }
          governingDate(hit, sen);
          recallByTime(hit);
        }
        hits.addAll(inSentence);
      }
      List<Draft> drafts = assemble(hits);
      List<Meeting> reported = new ArrayList<>();
      for (Draft d : drafts) {
        reported.add(finish(d, "m" + (reported.size() + 1), false));
      }
      List<Meeting> recalled = new ArrayList<>();
      for (Draft d : recalledDrafts(hits, drafts)) {
        recalled.add(finish(d, "m" + (reported.size() + recalled.size() + 1), true));
      }
      ctx.meetings(reported);
      ctx.recalledMeetings(recalled);
    }

    /**
     * With a reference date, a mention dated more than {@value #RECENT_DAYS} days away, or named with an
     * earlier year ({@code Hội nghị ... lần thứ 19 năm 2018}), is an earlier (or later) meeting.
     */
    void recallByTime(Hit hit) {
      var ref = ctx.reference();
      if (ref == null || hit.status != Status.REPORTED) {
        return;
      }
      boolean far = false;
      if (hit.date != null && hit.date.date().isComplete()) {
        long days = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(ref, hit.date.date().toLocalDate().orElseThrow()));
        far = days > RECENT_DAYS;
      }
      // only after an edition: "tổng kết công tác năm 2024" held in January 2025 is no earlier meeting
      if (hit.nameEnd > 0 && hit.edition != null && Character.isDigit(s.charAt(hit.nameEnd - 1))) {
        Matcher y = NAMED_YEAR.matcher(s).region(hit.nameEnd, Math.min(s.length(), hit.nameEnd + 12));
        if (y.lookingAt() && Integer.parseInt(y.group(1)) < ref.getYear()) {
          far = true;
        }
      }
      if (far) {
        hit.status = hit.strong ? Status.RECALLED : Status.GENERIC;
        hit.date = null;
      }
    }

    /** "tiếp" receives someone when a name, a capitalised title or an object word follows. */
    boolean receptionFollows(int pos, int limit) {
      int i = pos;
      while (i < limit && t.charAt(i) == ' ') {
        i++;
      }
      if (i >= limit || i == pos) {
        return false;
      }
      if (Character.isUpperCase(t.charAt(i))) {
        return true;
      }
      return cues.index(Role.RECEPTION_OBJECT).longestAt(s, i, limit) != null;
    }

    /** "hội nghị, hội thảo quốc tế": cue nouns in a list name a sort of event, not one event. */
    void markLists(List<Hit> inSentence) {
      for (int i = 0; i + 1 < inSentence.size(); i++) {
        Hit a = inSentence.get(i);
        Hit b = inSentence.get(i + 1);
        if (!a.strong || !b.strong) {
          continue;
        }
        String between = s.substring(a.end, b.start);
        if (between.equals(", ") || between.equals(" và ") || between.equals(", và ") || between.equals(" hay ")
            || between.equals(" hoặc ")) {
          a.status = Status.GENERIC;
          b.status = Status.GENERIC;
        }
      }
    }

    void classify(Hit hit, Sentence sen) {
      List<String> prev = previousWords(hit.start, sen.start(), 3);
      if (!prev.isEmpty() && (cues.is(Role.SKIP_BEFORE, prev.get(0))
          || prev.size() > 1 && cues.is(Role.SKIP_BEFORE, prev.get(1) + " " + prev.get(0)))) {
        hit.status = Status.GENERIC;
        return;
      }
      int clauseStart = clauseStart(hit.start, sen.start());
      int clauseEnd = clauseEnd(hit.end, sen.end());
      boolean recalled = !prev.isEmpty() && (cues.is(Role.RECALL_PREV, prev.get(0))
          || prev.size() > 1 && cues.is(Role.RECALL_PREV, prev.get(1) + " " + prev.get(0)))
          || !cues.index(Role.RECALL_BEFORE).findAll(s, sen.start(), hit.start).isEmpty()
          || !cues.index(Role.RECALL_AFTER).findAll(s, hit.end, clauseEnd).isEmpty()
          || !cues.index(Role.FUTURE_BEFORE).findAll(s, clauseStart, hit.start).isEmpty()
          || !cues.index(Role.FUTURE_AFTER).findAll(s, hit.end, clauseEnd).isEmpty();
      if (recalled && hit.strong) {
        hit.status = Status.RECALLED;
        return;
      }
      if (hit.status == Status.GENERIC) {
        return;
      }
      for (int i = 0; i < prev.size(); i++) {
        String w = prev.get(i);
        if (i > 0 && PREPOSITIONS.contains(prev.get(i - 1))) {
          break; // "phát biểu như trên tại Hội nghị": the determiner belongs to another phrase
        }
        // farther back than the next word only plural determiners count: "các sự kiện, diễn đàn"
        boolean generic = (i == 0 || !w.equals("như")) && (cues.is(Role.GENERIC, w)
            || i + 1 < prev.size() && cues.is(Role.GENERIC, prev.get(i + 1) + " " + w))
            || i == 0 && w.chars().allMatch(Character::isDigit);
        if (generic) {
          hit.status = Status.GENERIC;
          return;
        }
      }
      if (recalled) {
        hit.status = Status.RECALLED;
      }
    }

    /** Up to {@code n} words before {@code pos} inside the sentence, nearest first, stopping at punctuation other than a comma. */
    List<String> previousWords(int pos, int from, int n) {
      List<String> out = new ArrayList<>(n);
      int i = pos;
      while (out.size() < n && i > from) {
        while (i > from && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == ',')) {
          i--;
        }
        int e = i;
        while (i > from && (Character.isLetterOrDigit(s.charAt(i - 1)) || Character.getType(s.charAt(i - 1)) == Character.NON_SPACING_MARK)) {
          i--;
        }
        if (e == i) {
          break;
        }
        out.add(s.substring(i, e));
      }
      return out;
    }

    int clauseStart(int pos, int from) {
      for (int i = pos - 1; i >= from; i--) {
        char c = s.charAt(i);
        if (c == ',' || c == ';' || c == ':') {
          return i + 1;
        }
      }
      return from;
    }

    int clauseEnd(int pos, int to) {
      for (int i = pos; i < to; i++) {
        char c = s.charAt(i);
        if (c == ',' || c == ';' || c == ':' || c == '.' && (i + 1 == to || s.charAt(i + 1) == ' ')) {
          return i;
        }
      }
      return to;
    }

    /** The first {@code c} in {@code [from, to)}, or -1. */
    static int indexOf(String t, char c, int from, int to) {
      for (int k = from; k < to; k++) {
        if (t.charAt(k) == c) {
          return k;
        }
      }
      return -1;
    }

    /** The meeting's name as written, when the mention carries one, and its edition. */
    void name(Hit hit, Sentence sen) {
      int end = sen.end();
      int i = hit.end;
      Matcher m = NAME_STOP.matcher(t);
      int from = hit.end;
      while (true) {
        m.region(from, end);
        if (!m.find()) {
          i = end;
          break;
        }
        if (t.charAt(m.start()) == '(' ) {
          from = m.end();
          continue;
        }
        i = m.start();
        break;
      }
      for (int[] d : dateAt) {
        if (d[0] > hit.end && d[0] < i) {
          i = d[0]; // "Hội nghị X ngày 10/5": the date is no part of the name
          break;
        }
      }
      // a short parenthesis inside a name, (HNNV), is kept; a long one ends it
      // (both searches bounded: an unbounded indexOf per mention is quadratic on a text without parentheses)
      int paren = indexOf(t, '(', hit.end, i);
      if (paren >= 0) {
        int close = indexOf(t, ')', paren, Math.min(t.length(), paren + 17));
        if (close < 0 || close > i) {
          i = paren;
        }
      }
      while (i > hit.end && (t.charAt(i - 1) == ' ' || t.charAt(i - 1) == '.')) {
        i--;
      }
      String name = t.substring(hit.start, i);
      String lowerName = s.substring(hit.start, i);
      Matcher ed = EDITION.matcher(lowerName);
      if (ed.find()) {
        hit.edition = number(ed.group(1));
      } else {
        Matcher bare = EDITION_BARE.matcher(name);
        if (bare.matches()) {
          hit.edition = Integer.valueOf(bare.group(1));
        }
      }
      boolean capitalised = Character.isUpperCase(t.charAt(hit.start));
      boolean namedAfter = i > hit.end + 1 && Character.isUpperCase(t.charAt(Math.min(i - 1, hit.end + 1)));
      List<String> next = new ArrayList<>();
      Matcher w = WORD.matcher(s).region(hit.end, i);
      if (w.find()) {
        next.add(w.group());
      }
      boolean bare = next.isEmpty() || NOT_A_NAME.contains(next.get(0));
      if (!bare && i - hit.start <= 200 && i > hit.end + 1 && (capitalised || namedAfter)) {
        hit.nameEnd = i;
      }
    }

    /**
     * The day a mention's sentence gives it: the nearest date before the mention, else the first
     * after; never a date in parentheses or one that belongs to a document code.
     */
    void governingDate(Hit hit, Sentence sen) {
      int[] before = null;
      int[] after = null;
      for (int[] d : dateAt) {
        if (d[0] < sen.start() || d[0] >= sen.end()) {
          continue;
        }
        TemporalExpression te = ctx.dates().get(d[2]);
        boolean day = te.kind() == TemporalKind.DATE
            || te.kind() == TemporalKind.RELATIVE && te.end() == null;
        if (!day || te.date() == null || te.date().day().isEmpty() || insideParens(sen.start(), d[0])
            || documentDate(sen.start(), d[0])) {
          continue;
        }
        if (d[0] < hit.start) {
          before = d;
        } else if (after == null && hit.strong && heldOn(hit, d[0])) {
          after = d; // a weak cue's later date is the date of what was signed or visited, not of a meeting
        }
      }
      int[] chosen = before != null ? before : after;
      if (chosen != null) {
        hit.date = ctx.dates().get(chosen[2]);
        hit.dateStart = chosen[0];
      }
    }

    /**
     * A date after the mention dates it only when a verb of holding stands just before the date
     * ({@code đã diễn ra ngày 21/8}) or the date follows the meeting's name in the next clause
     * ({@code Tại Hội nghị X, sáng 14/12, ...}); otherwise it is likely the date of something the
     * meeting discussed.
     */
    boolean heldOn(Hit hit, int date) {
      int nameEnd = hit.nameEnd > 0 ? hit.nameEnd : hit.end;
      if (nameEnd >= date) {
        return true;
      }
      String gap = s.substring(nameEnd, date);
      if (gap.equals(", ") || gap.equals(" ") || gap.equals(" vào ") || gap.equals(" ngày ")) {
        return true;
      }
      String near = s.substring(Math.max(hit.end, date - 25), date);
      for (String verb : HELD) {
        if (near.contains(verb)) {
          return true;
        }
      }
      return false;
    }

    boolean insideParens(int from, int pos) {
      int depth = 0;
      for (int i = from; i < pos; i++) {
        char c = s.charAt(i);
        if (c == '(') {
          depth++;
        } else if (c == ')' && depth > 0) {
          depth--;
        }
      }
      return depth > 0;
    }

    /** {@code Kết luận số 12-KL/TW ngày 12-8-2021}: a code shortly before the date in its clause. */
    boolean documentDate(int from, int pos) {
      int a = Math.max(clauseStart(pos, from), pos - 40);
      return CODE_BEFORE.matcher(s).region(a, pos).find();
    }

    List<Draft> assemble(List<Hit> hits) {
      List<Draft> drafts = new ArrayList<>();
      for (Hit h : hits) {
        if (!h.strong || h.status != Status.REPORTED) {
          continue;
        }
        Draft into = null;
        boolean anyOfKind = false;
        for (Draft d : drafts) {
          if (d.kind != h.kind) {
            continue;
          }
          anyOfKind = true;
          if (compatible(d, h)) {
            into = d;
            break;
          }
        }
        if (into == null) {
          if (anyOfKind && h.date == null) {
            continue; // another edition named in passing, with no day of its own: not reported as held
          }
          into = new Draft();
          into.kind = h.kind;
          drafts.add(into);
        }
        add(into, h, true);
      }
      for (Hit h : hits) {
        if (h.strong || h.status != Status.REPORTED) {
          continue;
        }
        Draft host = weakHost(drafts, h);
        if (host != null) {
          add(host, h, false);
        } else if (h.date != null || drafts.isEmpty()) {
          Draft d = new Draft();
          d.kind = h.kind;
          drafts.add(d);
          add(d, h, true);
        }
      }
      mergeSignings(drafts);
      for (Draft d : drafts) {
        if (d.date == null) {
          borrowNextSentenceDate(d);
        }
        if (d.date != null && d.date.year().isEmpty() && d.dateSentence >= 0) {
          Sentence sen = sentences.get(d.dateSentence);
          Matcher y = EDITION_YEAR.matcher(s).region(sen.start(), sen.end());
          if (y.find()) {
            d.date = PartialDate.tryOf(Integer.valueOf(y.group(1)), d.date.month().orElse(null),
                d.date.day().orElse(null)).orElse(d.date);
          }
        }
        if (d.date != null && d.part == null) {
          d.part = partFromOtherMentions(d);
        }
      }
      drafts.sort((a, b) -> Integer.compare(a.hits.get(0).start, b.hits.get(0).start));
      return drafts;
    }

    /**
     * "Lễ ký kết" in an article about a conference or talks on the same day is that meeting's
     * signing, not a ceremony of its own.
     */
    void mergeSignings(List<Draft> drafts) {
      for (var it = drafts.iterator(); it.hasNext(); ) {
        Draft c = it.next();
        if (c.kind != MeetingKind.CEREMONY || !c.hits.stream().allMatch(h -> h.signing)) {
          continue;
        }
        for (Draft host : drafts) {
          boolean sameDay = host.date == null || c.date == null || sameDay(host.date, c.date);
          if ((host.kind == MeetingKind.CONFERENCE || host.kind == MeetingKind.TALKS) && sameDay) {
            for (Hit h : c.hits) {
              add(host, h, true);
            }
            it.remove();
            break;
          }
        }
      }
    }

    boolean compatible(Draft d, Hit h) {
      boolean dates = d.date == null || h.date == null || sameDay(d.date, h.date.date());
      boolean editions = d.edition == null || h.edition == null || d.edition.equals(h.edition);
      return dates && editions;
    }

    boolean sameDay(PartialDate a, PartialDate b) {
      return a.month().equals(b.month()) && a.day().equals(b.day()) && a.agreesWith(b);
    }

    void add(Draft d, Hit h, boolean strong) {
      d.hits.add(h);
      if (h.strong) {
        d.strongIn.set(h.sentence);
      }
      if (d.named == null && h.nameEnd > 0) {
        d.named = h;
      }
      if (d.edition == null && h.edition != null) {
        d.edition = h.edition;
      }
      if (d.date == null && h.date != null) {
        d.date = h.date.date();
        d.part = h.date.partOfDay();
        d.dateSentence = h.sentence;
      }
    }

    /** The meeting a weak cue belongs to: one named in its sentence, else the best of its kinds that agrees on the day. */
    Draft weakHost(List<Draft> drafts, Hit h) {
      List<MeetingKind> hosts = h.kind == MeetingKind.CEREMONY ? SIGNING_HOSTS : VISIT_HOSTS;
      for (Draft d : drafts) {
        if (hosts.contains(d.kind) && d.strongIn.get(h.sentence)) {
          return d;
        }
      }
      for (MeetingKind k : hosts) {
        for (Draft d : drafts) {
          if (d.kind == k && (h.date == null || d.date == null || sameDay(d.date, h.date.date()))) {
            return d;
          }
        }
      }
      return null;
    }

    /**
     * A lead that names a meeting without its day, followed by a sentence that opens with a day and
     * names no meeting ({@code Sáng 13/11, tại ..., đã diễn ra ...}): that day is the meeting's.
     */
    void borrowNextSentenceDate(Draft d) {
      for (Hit h : d.hits) {
        int next = h.sentence + 1;
        if (next >= sentences.size()) {
          continue;
        }
        Sentence sen = sentences.get(next);
        boolean namesMeeting = cues.meetingWords.findAll(s, sen.start(), sen.end()).stream()
            .anyMatch(x -> x.value().role() != Role.IGNORE);
        if (namesMeeting) {
          continue;
        }
        for (int[] da : dateAt) {
          TemporalExpression te = ctx.dates().get(da[2]);
          if (da[0] == sen.start() && te.kind() == TemporalKind.DATE && te.date().day().isPresent()) {
            d.date = te.date();
            d.part = te.partOfDay();
            d.dateSentence = next;
            return;
          }
        }
      }
    }

    /** A caption's {@code sáng 21/8} gives the part of day of the meeting held on 21/8. */
    PartOfDay partFromOtherMentions(Draft d) {
      PartOfDay found = null;
      for (Hit h : d.hits) {
        Sentence sen = sentences.get(h.sentence);
        for (int[] da : dateAt) {
          if (da[0] < sen.start() || da[0] >= sen.end()) {
            continue;
          }
          TemporalExpression te = ctx.dates().get(da[2]);
          if (te.partOfDay() != null && te.kind() == TemporalKind.DATE && sameDay(d.date, te.date())) {
            if (found != null && found != te.partOfDay()) {
              return null;
            }
            found = te.partOfDay();
          }
        }
      }
      return found;
    }

    List<Draft> recalledDrafts(List<Hit> hits, List<Draft> reported) {
      List<Draft> out = new ArrayList<>();
      for (Hit h : hits) {
        if (!h.strong || h.status != Status.RECALLED) {
          continue;
        }
        if (h.nameEnd < 0 && h.edition == null && reported.stream().anyMatch(r -> r.kind == h.kind)) {
          continue; // "đóng góp cho hội nghị" in a sentence about earlier events: the reported one again
        }
        Draft into = null;
        for (Draft d : out) {
          if (d.kind == h.kind && h.edition != null && h.edition.equals(d.edition)) {
            into = d;
          }
        }
        if (into == null) {
          into = new Draft();
          into.kind = h.kind;
          out.add(into);
        }
        into.hits.add(h);
        if (h.strong) {
          into.strongIn.set(h.sentence);
        }
        if (into.named == null && h.nameEnd > 0) {
          into.named = h;
        }
        if (into.edition == null) {
          into.edition = h.edition;
        }
      }
      return out;
    }

    Meeting finish(Draft d, String id, boolean recalled) {
      Set<Integer> evidenceSentences = new LinkedHashSet<>();
      for (Hit h : d.hits) {
        if (h.strong || h.sentence == d.dateSentence) {
          evidenceSentences.add(h.sentence);
        }
      }
      if (d.dateSentence >= 0) {
        evidenceSentences.add(d.dateSentence);
      }
      String name = d.named == null ? null : text.span(d.named.start, d.named.nameEnd).text();
      String location = null;
      if (d.dateSentence >= 0) {
        location = location(sentences.get(d.dateSentence));
      } else {
        for (int si : evidenceSentences) {
          location = location(sentences.get(si));
          if (location != null) {
            break;
          }
        }
      }
      List<String> chairs = new ArrayList<>();
      Set<String> participants = new LinkedHashSet<>();
      Integer count = null;
      Qualifier qualifier = null;
      MeetingFormat format = null;
      String theme = null;
      for (int si : evidenceSentences) {
        Sentence sen = sentences.get(si);
        chairs(sen, chairs);
        participants(sen, participants);
        if (count == null) {
          Matcher m = attendees.matcher(s).region(sen.start(), sen.end());
          if (m.find()) {
            int n = parseCount(m.group(2));
            if (n > 0) {
              count = n;
              qualifier = qualifier(m.group(1));
            }
          }
        }
        if (format == null) {
          format = format(sen);
        }
      }
      for (Hit h : d.hits) {
        if (theme == null && h.strong && !"tại".equals(first(previousWords(h.start, sentences.get(h.sentence).start(), 1)))) {
          Matcher m = THEME.matcher(t).region(h.end, sentences.get(h.sentence).end());
          if (m.find() && m.start() - h.end <= 160) {
            theme = text.span(m.start(1), m.end(1)).text();
          }
        }
      }
      participants.removeAll(chairs);
      List<Span> evidence = new ArrayList<>();
      if (d.named != null) {
        evidence.add(text.span(d.named.start, d.named.nameEnd));
      }
      for (Hit h : d.hits) {
        if (h != d.named) {
          evidence.add(text.span(h.start, h.end));
        }
      }
      List<String> organisers = recalled ? List.of() : organisers(d);
      return new Meeting(id, d.kind, name, d.date, d.date == null ? null : d.part, location, organisers, chairs,
          new ArrayList<>(participants), d.edition, count, count == null ? null : qualifier, theme, format, evidence);
    }

    String first(List<String> l) {
      return l.isEmpty() ? null : l.get(0);
    }

    /** The venue named with {@code tại} in one sentence, or {@code null}. */
    String location(Sentence sen) {
      int i = sen.start();
      while (true) {
        int at = s.indexOf("tại ", i);
        if (at < 0 || at >= sen.end()) {
          return null;
        }
        i = at + 4;
        if (at > 0 && Character.isLetterOrDigit(s.charAt(at - 1))) {
          continue;
        }
        int p = at + 4;
        if (cues.index(Role.LOCATION_SKIP).longestAt(s, p, sen.end()) != null
            || cues.meetingWords.longestAt(s, p, sen.end()) != null) {
          continue;
        }
        if (partOfTitle(at, sen.start())) {
          continue;
        }
        int end = venueEnd(p, sen.end());
        if (end <= p) {
          continue;
        }
        // "Cửa khẩu quốc tế Mộc Bài, tỉnh Tây Ninh": a unit of the venue's province after a comma
        if (end + 2 < sen.end() && s.startsWith(", ", end)) {
          PhraseIndex.Hit<Cue> unit = cues.index(Role.LOCATION_ADMIN).longestAt(s, end + 2, sen.end());
          if (unit != null) {
            int e2 = venueEnd(end + 2, sen.end());
            if (e2 > unit.end() + 1 && e2 - end <= 40 && Character.isUpperCase(t.charAt(unit.end() + 1))
                && (e2 >= sen.end() || ",.;".indexOf(t.charAt(e2)) >= 0)) {
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
    }

    /**
     * "Đại sứ Cuba tại Việt Nam": {@code tại} inside an office, with no verb between the title
     * word and it, names where the office is, not where the meeting is.
     */
    boolean partOfTitle(int at, int from) {
      int clause = clauseStart(at, from);
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
    int venueEnd(int p, int limit) {
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

    void chairs(Sentence sen, List<String> chairs) {
      int i = sen.start();
      while (true) {
        int at = s.indexOf("chủ trì", i);
        if (at < 0 || at >= sen.end()) {
          return;
        }
        i = at + 7;
        if (at > 0 && Character.isLetterOrDigit(s.charAt(at - 1))
            || at + 7 < s.length() && Character.isLetterOrDigit(s.charAt(at + 7))) {
          continue;
        }
        boolean co = at >= 4 && s.startsWith("đồng ", at - 5);
        boolean passive = at >= 4 && s.startsWith("sự ", at - 3);
        if (passive) {
          for (Object[] o : officialAt) {
            int p = (Integer) o[0];
            if (p >= at && p < sen.end()) {
              addOnce(chairs, ((Official) o[1]).name());
              if (!co) {
                break;
              }
            }
          }
          continue;
        }
        for (Object[] o : officialAt) {
          int p = (Integer) o[0];
          if (p >= sen.start() && p < at) {
            addOnce(chairs, ((Official) o[1]).name());
            if (!co) {
              break;
            }
          }
        }
      }
    }

    void participants(Sentence sen, Set<String> out) {
      String sentence = s.substring(sen.start(), sen.end());
      if (!(sentence.contains("dự") || sentence.contains("trưởng đoàn") || sentence.contains("có mặt")
          || sentence.contains("tiếp"))) {
        return;
      }
      for (Object[] o : officialAt) {
        int p = (Integer) o[0];
        if (p >= sen.start() && p < sen.end()) {
          out.add(((Official) o[1]).name());
        }
      }
    }

    void addOnce(List<String> l, String v) {
      if (!l.contains(v)) {
        l.add(v);
      }
    }

    MeetingFormat format(Sentence sen) {
      String x = s.substring(sen.start(), sen.end());
      if (x.contains("trực tiếp và trực tuyến") || x.contains("trực tuyến và trực tiếp")
          || x.contains("trực tiếp kết hợp trực tuyến") || x.contains("kết hợp trực tuyến")) {
        return MeetingFormat.HYBRID;
      }
      return x.contains("trực tuyến") ? MeetingFormat.ONLINE : null;
    }

    /** The bodies before "tổ chức <meeting>" in the sentence that dates it (or first names it). */
    List<String> organisers(Draft d) {
      int only = d.dateSentence >= 0 ? d.dateSentence
          : d.hits.stream().filter(x -> x.strong).mapToInt(x -> x.sentence).findFirst().orElse(-1);
      for (Hit h : d.hits) {
        if (!h.strong || h.sentence != only) {
          continue;
        }
        Sentence sen = sentences.get(h.sentence);
        int verb = s.lastIndexOf("tổ chức ", h.start);
        if (verb < sen.start() || h.start - verb > 12) {
          continue;
        }
        int from = sen.start();
        if (h.dateStart >= 0 && h.dateStart < verb) {
          from = Math.max(from, s.indexOf(' ', h.dateStart));
        }
        // skip the leading adverbials "Ngày 3/11, tại P.Long An,"
        int lastComma = -1;
        for (int i = from; i < verb; i++) {
          if (s.charAt(i) == ',') {
            String head = s.substring(from, i).trim();
            if (lastComma < 0 && (head.startsWith("tại ") || dateAt.stream().anyMatch(x -> x[0] >= sen.start() && x[1] <= verb))
                && (head.startsWith("tại ") || head.split(" ").length <= 4)) {
              from = i + 1;
              continue;
            }
            lastComma = i;
          }
        }
        String span = t.substring(from, verb).trim();
        span = span.replaceAll("(?:\\s(?:đã|sẽ|cùng|phối hợp))+$", "").trim();
        List<String> out = new ArrayList<>();
        for (String part : span.split(",\\s|\\s(?:và|phối hợp với|phối hợp|cùng với|cùng)\\s")) {
          String p = part.trim();
          if (!p.isEmpty() && Character.isUpperCase(p.charAt(0)) && p.split(" ").length <= 15 && WORD.matcher(p).lookingAt()) {
            out.add(p);
          }
        }
        return out;
      }
      return List.of();
    }
  }

  private static Integer number(String g) {
    if (Character.isDigit(g.charAt(0))) {
      int n = Integer.parseInt(g);
      return n > 0 ? n : null;
    }
    int total = 0;
    int prev = 0;
    for (int i = g.length() - 1; i >= 0; i--) {
      int v = switch (g.charAt(i)) {
        case 'i' -> 1;
        case 'v' -> 5;
        case 'x' -> 10;
        case 'l' -> 50;
        default -> 100;
      };
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total > 0 ? total : null;
  }

  private static int parseCount(String g) {
    try {
      return Integer.parseInt(g.replace(".", ""));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Qualifier qualifier(String w) {
    if (w == null) {
      return Qualifier.EXACT;
    }
    return switch (w) {
      case "gần" -> Qualifier.NEARLY;
      case "hơn", "trên" -> Qualifier.MORE_THAN;
      case "khoảng", "chừng", "xấp xỉ" -> Qualifier.ABOUT;
      default -> Qualifier.UP_TO;
    };
  }
}
