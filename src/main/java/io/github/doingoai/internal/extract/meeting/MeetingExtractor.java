package io.github.doingoai.internal.extract.meeting;

import io.github.doingoai.internal.extract.ArticleContext;
import io.github.doingoai.internal.extract.meeting.MeetingCues.Cue;
import io.github.doingoai.internal.extract.meeting.MeetingCues.Role;
import io.github.doingoai.internal.gazetteer.Gazetteer;
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

  private static final Pattern EDITION = Pattern.compile("(?<![\\p{L}\\d])lần thứ (\\d{1,3}|[ivxlc]{1,8}|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?![\\p{L}\\d])");
  private static final List<String> ORDINALS = List.of("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười");
  /** {@code Hội nghị Ngoại vụ 18}: a name of capitalised words that ends with its number. */
  private static final Pattern EDITION_BARE = Pattern.compile("^\\S+ \\S+(?: \\p{Lu}\\S*){1,5} (\\d{1,3})$");
  private static final Pattern EDITION_YEAR =
      Pattern.compile("lần thứ (?:\\d{1,3}|[ivxlc]{1,8})(?: ?- ?| )năm (\\d{4})(?!\\d)");
  /**
   * Words that end a meeting's name after a space ({@code Hội nghị X tại Hà Nội}); matched on the
   * original text, so case-sensitive. With "năm" and four digits, see {@link #nameStop}.
   */
  private static final String[] NAME_STOP_WORDS = {"với chủ đề", "với sự", "dưới hình thức", "theo hình thức",
      "tại", "đã", "được", "do", "nhằm", "diễn ra", "là", "sẽ", "có", "vào", "đang", "để", "cùng với", "lần này",
      "đến nay", "thời gian"};
  private static final String[] NO_WORDS = {};
  /** {@link #NAME_STOP_WORDS} by first char, so that a space is followed by a look at a few of them. */
  private static final String[][] NAME_STOP_BY_FIRST = byFirstChar(NAME_STOP_WORDS);
  /** Words right after a cue that show it is used bare ("Hội nghị và ..."), without a name. */
  private static final Set<String> NOT_A_NAME = Set.of("và", "có", "của", "đã", "được", "là", "này", "đó", "cũng",
      "sẽ", "với", "lần", "cho", "như", "nói", "đang");
  static final Pattern THEME = Pattern.compile("chủ đề:? ?\"([^\"]{3,300})\"");
  /** Words right before "chuyến thăm" that make the visit the frame of the sentence, not its event. */
  private static final Set<String> VISIT_FRAMES = Set.of("trong", "nhân", "dịp", "suốt");
  /** Verbs of holding that let a date after a meeting's mention date it. */
  private static final List<String> HELD = List.of("diễn ra", "tổ chức", "khai mạc", "bế mạc", "họp", "bắt đầu", "vào");
  /** Words that end the noun phrase before a cue: a determiner beyond them is not the cue's. */
  private static final Set<String> PREPOSITIONS = Set.of("tại", "dự", "của", "với", "ở", "trong", "về", "cho");
  private static final Pattern NAMED_YEAR = Pattern.compile(" ?-? ?\\(?năm (\\d{4})(?!\\d)");
  private static final int RECENT_DAYS = 45;
  /** Strings a meeting's sentences are searched for, each found once per article; see {@code Run.occurrences}. */
  private static final String[] LOOKED_UP = {"chủ trì", "trực tuyến", "hình thức trực tiếp", "lần thứ ", Venues.TAI};
  private static final int CHU_TRI = 0;
  private static final int TRUC_TUYEN = 1;
  private static final int HINH_THUC_TRUC_TIEP = 2;
  private static final int LAN_THU = 3;
  private static final int TAI = 4;
  private static final Object NO_FORMAT = new Object();
  /**
   * How far, in chars, a cue looks around itself for its clause and cues; bounds the work per cue
   * so that the work per article stays linear even in a text without punctuation.
   */
  private static final int REACH = 300;
  /** More meetings than this in one article is noise, not news; bounds the merging work. */
  private static final int MAX_MEETINGS = 40;
  /** The words that may qualify a head count ("gần 200 đại biểu"), as alternatives of the count pattern. */
  private static final String COUNT_QUALIFIERS = "gần|hơn|trên|khoảng|chừng|xấp xỉ|lên tới|lên đến|tới";
  /** At most this many chars (a qualifier and a space) stand between a count match's start and its number. */
  private static final int COUNT_PREFIX = java.util.Arrays.stream(COUNT_QUALIFIERS.split("\\|"))
      .mapToInt(String::length).max().orElse(0) + 1;
  /** A document code's number, slash or dash and letter; see {@link #codeBefore}. */
  static final Pattern CODE_BEFORE = Pattern.compile("\\d+[/-]\\p{L}");
  static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\p{M}\\d.]*");

  private final MeetingCues cues;
  private final Pattern attendees;
  /** The head count nouns (the count pattern's last part), or null when they cannot anchor the search. */
  private final List<String> countNouns;
  private final io.github.doingoai.internal.extract.official.OrganisationFinder bodies;
  private final Venues venues;

  /** Loads the cue lexicon and the curated bodies once; the extractor is then shared by all threads. */
  public MeetingExtractor(Gazetteer gazetteer) {
    this.cues = new MeetingCues(gazetteer);
    this.venues = new Venues(cues);
    this.bodies = new io.github.doingoai.internal.extract.official.OrganisationFinder(gazetteer);
    List<String> nouns = attendeeNouns(gazetteer);
    this.attendees = Pattern.compile("(?<![\\p{L}\\d.])(" + COUNT_QUALIFIERS + ")? ?"
        + "(\\d{1,3}(?:\\.\\d{3}){0,2}) (?:" + String.join("|", nouns.stream().map(Pattern::quote).toList())
        + ")(?![\\p{L}])");
    // a count is found from its noun, unless an empty noun lets the pattern end at any space
    // (a noun that starts with another adds no position: "đại biểu và khách mời" after "đại biểu")
    this.countNouns = nouns.isEmpty() || nouns.contains("") ? null
        : nouns.stream().distinct().filter(n -> nouns.stream().noneMatch(o -> !o.equals(n) && n.startsWith(o))).toList();
  }

  /** The head count pattern, for tests. */
  Pattern attendees() {
    return attendees;
  }

  /** The head count nouns, for tests. */
  List<String> countNouns() {
    return countNouns;
  }

  private static List<String> attendeeNouns(Gazetteer gazetteer) {
    // read back from the data so that the head nouns stay curated in one place
    List<String> out = new ArrayList<>();
    for (var e : gazetteer.entries(io.github.doingoai.DataKind.MEETING_CUES)) {
      if (e.kind().equals("attendee-noun")) {
        for (String f : e.forms()) {
          out.add(io.github.doingoai.internal.text.VietnameseNormalizer.instance().key(f));
        }
      }
    }
    return out;
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
    /** Recalled only because its sentence tells of earlier events ("Trước đó, ..."). */
    boolean recalledBySentence;
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
    /** Per sentence: every date in it, and those that may date a meeting there (by start). */
    final List<List<int[]>> datesIn = new ArrayList<>();
    final List<List<int[]>> dayDatesIn = new ArrayList<>();
    /** Per sentence: the official mentions in it. */
    final List<List<Object[]>> officialsIn = new ArrayList<>();
    /** Per sentence: it holds a meeting word (other than an ignored look-alike); filled by {@link #go()}. */
    final boolean[] namesMeeting;
    /** Per sentence, filled by {@link #go()}: its cues. */
    final SentenceCues[] sentenceCues;
    /** Per sentence, once asked: the head count it gives, see {@link #attendeesOf(int)}. */
    final int[] countIn;
    final Qualifier[] qualifierIn;
    /** Per sentence, once asked by a meeting it is evidence of: 1 when it tells who attended, -1 when not. */
    final byte[] attendance;
    /** Per sentence, once asked: its {@link #format}, or {@link #NO_FORMAT}. */
    final Object[] formatIn;
    /** Where a head count noun starts in the article, in order, once asked; see {@link #countNounsAt}. */
    int[] countNounsAt;
    /** Where "chủ đề" stands in the (original-case) text, once asked. */
    Occurrences themes;
    /** By index into {@link #LOOKED_UP}, once asked. */
    final Occurrences[] occurrences = new Occurrences[LOOKED_UP.length];
    /** Scratch for {@link CueTrie#walk}. */
    final int[] ends = new int[CueTrie.SLOTS];

    Run(ArticleContext ctx) {
      this.ctx = ctx;
      this.text = ctx.text();
      this.t = text.text();
      this.s = text.lower();
      this.sentences = ctx.structure().sentences();
      this.namesMeeting = new boolean[sentences.size()];
      this.sentenceCues = new SentenceCues[sentences.size()];
      this.countIn = new int[sentences.size()];
      this.qualifierIn = new Qualifier[sentences.size()];
      this.attendance = new byte[sentences.size()];
      this.formatIn = new Object[sentences.size()];
      List<TemporalExpression> ds = ctx.dates();
      for (int i = 0; i < ds.size(); i++) {
        Span sp = ds.get(i).span();
        dateAt.add(new int[] {normalized(sp.start()), normalized(sp.end()), i});
      }
      for (Official o : ctx.officials()) {
        for (Mention m : o.mentions()) {
          officialAt.add(new Object[] {normalized(m.span().start()), o});
        }
      }
      officialAt.sort((a, b) -> Integer.compare((Integer) a[0], (Integer) b[0]));
      dateAt.sort((a, b) -> Integer.compare(a[0], b[0]));
      // one pass over sentences, dates and mentions, all in text order: linear in the article
      int di = 0;
      int oi = 0;
      int open = -2; // the next '(' at or after pos (-1: none left; -2: not looked for yet)
      int close = -2;
      // most sentences have no date and no official: they share the empty list
      for (Sentence sen : sentences) {
        List<int[]> all = List.of();
        List<int[]> days = List.of();
        while (di < dateAt.size() && dateAt.get(di)[0] < sen.start()) {
          di++;
        }
        int depth = 0;
        int pos = sen.start();
        while (di < dateAt.size() && dateAt.get(di)[0] < sen.end()) {
          int[] d = dateAt.get(di++);
          // the depth of parentheses at the date: only the parentheses before it count, found with indexOf
          while (pos < d[0]) {
            if (open != -1 && open < pos) {
              open = s.indexOf('(', pos);
            }
            if (close != -1 && close < pos) {
              close = s.indexOf(')', pos);
            }
            int q = open < 0 ? close : close < 0 ? open : Math.min(open, close);
            if (q < 0 || q >= d[0]) {
              pos = d[0];
              break;
            }
            depth = q == open ? depth + 1 : Math.max(0, depth - 1);
            pos = q + 1;
          }
          all = all.isEmpty() ? new ArrayList<>(2) : all;
          all.add(d);
          TemporalExpression te = ctx.dates().get(d[2]);
          boolean day = te.kind() == TemporalKind.DATE || te.kind() == TemporalKind.RELATIVE && te.end() == null;
          if (day && te.date() != null && te.date().day().isPresent() && depth == 0
              && !documentDate(sen.start(), d[0])) {
            days = days.isEmpty() ? new ArrayList<>(2) : days;
            days.add(d);
          }
        }
        datesIn.add(all);
        dayDatesIn.add(days);
        List<Object[]> offs = List.of();
        while (oi < officialAt.size() && (Integer) officialAt.get(oi)[0] < sen.start()) {
          oi++;
        }
        while (oi < officialAt.size() && (Integer) officialAt.get(oi)[0] < sen.end()) {
          offs = offs.isEmpty() ? new ArrayList<>(2) : offs;
          offs.add(officialAt.get(oi++));
        }
        officialsIn.add(offs);
      }
    }

    /** The last {@code o - normalized(o)}: offsets shift little along an article. */
    int shift;

    /**
     * {@code text.toNormalized(o)}: the first normalized char that starts at or after original
     * offset {@code o}. Tried first where the last offset's shift puts it (two reads next to each
     * other, instead of a binary search over the whole offset map), else searched.
     */
    int normalized(int o) {
      int n = toNormalized(text, o, o - shift);
      shift = o - n;
      return n;
    }

    void go() {
      List<Hit> hits = new ArrayList<>();
      for (int si = 0; si < sentences.size(); si++) {
        Sentence sen = sentences.get(si);
        List<Hit> inSentence = new ArrayList<>();
        SentenceCues sc = SentenceCues.of(cues, ctx.words(), sen.start(), sen.end(), ends);
        sentenceCues[si] = sc;
        for (int[] h : sc.meetings) {
          Cue c = sc.cue(h);
          if (c.role() == Role.IGNORE) {
            continue;
          }
          namesMeeting[si] = true;
          if (c.role() == Role.RECEPTION_VERB && !receptionFollows(h[1], sen.end())) {
            continue;
          }
          Hit hit = new Hit();
          hit.start = h[0];
          hit.end = h[1];
          hit.kind = c.kind();
          hit.strong = c.role() != Role.WEAK;
          hit.verb = c.role() == Role.RECEPTION_VERB;
          hit.signing = c.signing();
          hit.sentence = si;
          inSentence.add(hit);
        }
        markLists(inSentence);
        for (Hit hit : inSentence) {
          if (hit.strong && !hit.verb) {
            name(hit, sen);
          }
          governingDate(hit, sen);
          classify(hit, sen);
          recallByTime(hit);
          recallByYear(hit);
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

    /**
     * "Năm 2023, tỉnh đã tổ chức thành công Hội nghị ... vào tháng 9/2023": a mention without a day
     * whose sentence places it in a month or year (outside its name) is an earlier or later
     * meeting, unless that is the reference date's own month or year.
     */
    void recallByYear(Hit hit) {
      if (!hit.strong || hit.status != Status.REPORTED || hit.date != null) {
        return;
      }
      int nameEnd = hit.nameEnd > 0 ? hit.nameEnd : hit.end;
      var ref = ctx.reference();
      for (int[] d : datesIn.get(hit.sentence)) {
        TemporalExpression te = ctx.dates().get(d[2]);
        boolean inName = d[0] >= hit.start && d[0] <= nameEnd + 1;
        if (inName || te.kind() != TemporalKind.YEAR && te.kind() != TemporalKind.MONTH) {
          continue;
        }
        int year = te.date().year().orElse(-1);
        boolean current = ref != null && year == ref.getYear() && (te.kind() == TemporalKind.YEAR
            || Math.abs(te.date().month().orElse(0) - ref.getMonthValue()) <= 1);
        if (!current) {
          hit.status = Status.RECALLED;
          return;
        }
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
      // the roles of each word before the cue and of each pair of them, looked up once
      int[] one = new int[prev.size()];
      int[] two = new int[prev.size()]; // of prev[i + 1] + " " + prev[i]
      for (int i = 0; i < prev.size(); i++) {
        one[i] = cues.roles(prev.get(i));
        two[i] = i + 1 < prev.size() ? cues.roles(prev.get(i + 1) + " " + prev.get(i)) : 0;
      }
      int skip = 1 << Role.SKIP_BEFORE.ordinal();
      if (!prev.isEmpty() && ((one[0] & skip) != 0 || prev.size() > 1 && (two[0] & skip) != 0)) {
        hit.status = Status.GENERIC;
        return;
      }
      int clauseStart = clauseStart(hit.start, sen.start());
      int clauseEnd = clauseEnd(hit.end, sen.end());
      int si = hit.sentence;
      boolean bySentence = !sameDayEarlier(hit)
          && anyIn(Role.RECALL_BEFORE, si, Math.max(sen.start(), hit.start - REACH), hit.start);
      int recall = 1 << Role.RECALL_PREV.ordinal();
      boolean recalled = !prev.isEmpty() && ((one[0] & recall) != 0 || prev.size() > 1 && (two[0] & recall) != 0)
          || bySentence
          || anyIn(Role.RECALL_AFTER, si, hit.end, clauseEnd)
          || anyIn(Role.FUTURE_BEFORE, si, clauseStart, hit.start)
          || anyIn(Role.FUTURE_AFTER, si, hit.end, clauseEnd);
      hit.recalledBySentence = bySentence;
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
        int gen = 1 << Role.GENERIC.ordinal();
        boolean generic = (i == 0 || !w.equals("như")) && ((one[i] & gen) != 0
            || i + 1 < prev.size() && (two[i] & gen) != 0)
            || i == 0 && allDigits(w);
        if (generic) {
          hit.status = Status.GENERIC;
          return;
        }
      }
      if (recalled) {
        hit.status = Status.RECALLED;
      }
    }

    /** {@link SentenceCues#anyIn} of sentence {@code si}, which {@link #go()} has walked. */
    boolean anyIn(Role role, int si, int from, int to) {
      return sentenceCues[si].anyIn(role, s, from, to);
    }

    /**
     * The head count sentence {@code si} gives ({@code gần 200 đại biểu}): its first count phrase,
     * when its number is positive, else 0; the qualifier goes to {@link #qualifierIn}. Asked by
     * every meeting the sentence is evidence of, so kept.
     */
    int attendeesOf(int si) {
      if (countIn[si] != 0) {
        return Math.max(0, countIn[si]);
      }
      Sentence sen = sentences.get(si);
      Matcher m = findAttendees(attendees, s, sen.start(), sen.end(), countNounsAt());
      int n = m == null ? -1 : parseCount(m.group(2));
      if (n > 0) {
        countIn[si] = n;
        qualifierIn[si] = qualifier(m.group(1));
      } else {
        countIn[si] = -1;
      }
      return Math.max(0, n);
    }

    /** {@code w.chars().allMatch(Character::isDigit)}. */
    boolean allDigits(String w) {
      for (int i = 0; i < w.length(); i++) {
        if (!Character.isDigit(w.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    /** "Trước đó, sáng cùng ngày, Thủ tướng dự lễ đón": earlier the same day is still part of the news. */
    boolean sameDayEarlier(Hit hit) {
      return hit.date != null && hit.date.kind() == TemporalKind.RELATIVE;
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
      from = Math.max(from, pos - REACH);
      for (int i = pos - 1; i >= from; i--) {
        char c = s.charAt(i);
        if (c == ',' || c == ';' || c == ':') {
          return i + 1;
        }
      }
      return from;
    }

    int clauseEnd(int pos, int to) {
      to = Math.min(to, pos + REACH);
      for (int i = pos; i < to; i++) {
        char c = s.charAt(i);
        if (c == ',' || c == ';' || c == ':' || c == '.' && (i + 1 == to || s.charAt(i + 1) == ' ')) {
          return i;
        }
      }
      return to;
    }

    /** The meeting's name as written, when the mention carries one, and its edition. */
    void name(Hit hit, Sentence sen) {
      int end = Math.min(sen.end(), hit.end + 250);
      int i = nameStop(t, hit.end, end);
      for (int[] d : datesIn.get(hit.sentence)) {
        if (d[0] > hit.end && d[0] < i) {
          i = d[0]; // "Hội nghị X ngày 10/5": the date is no part of the name
          break;
        }
      }
      // a short parenthesis inside a name, (HNNV), is kept; a long one ends it
      int paren = indexOf(t, '(', hit.end, i);
      if (paren >= 0) {
        int close = indexOf(t, ')', paren, Math.min(t.length(), paren + 20));
        if (close < 0 || close - paren > 16 || close > i) {
          i = paren;
        }
      }
      while (i > hit.end && (t.charAt(i - 1) == ' ' || t.charAt(i - 1) == '.')) {
        i--;
      }
      // the patterns ran on the name cut out of the text: a region with opaque, anchoring bounds reads the same
      boolean edition = false;
      if (occurrences(LAN_THU).in(hit.start, i)) { // the edition pattern's literal
        Matcher ed = EDITION.matcher(s).region(hit.start, i);
        if (ed.find()) {
          hit.edition = number(ed.group(1));
          edition = true;
        }
      }
      if (!edition && i > hit.start && isAsciiDigit(t.charAt(i - 1))) { // the bare edition ends the name with a digit
        Matcher bare = EDITION_BARE.matcher(t).region(hit.start, i);
        if (bare.matches()) {
          hit.edition = Integer.valueOf(bare.group(1));
        }
      }
      boolean capitalised = Character.isUpperCase(t.charAt(hit.start));
      boolean namedAfter = i > hit.end + 1 && Character.isUpperCase(t.charAt(Math.min(i - 1, hit.end + 1)));
      String next = firstWord(s, hit.end, i);
      boolean bare = next == null || NOT_A_NAME.contains(next);
      if (!bare && i - hit.start <= 200 && i > hit.end + 1 && (capitalised || namedAfter)) {
        hit.nameEnd = i;
      }
    }

    /**
     * The day a mention's sentence gives it: the nearest date before the mention, else the first
     * after; never a date in parentheses or one that belongs to a document code.
     */
    void governingDate(Hit hit, Sentence sen) {
      if (hit.kind == MeetingKind.VISIT) {
        // "Chiều 2/7, trong khuôn khổ chuyến thăm, ...": a visit spans days; the date is of what happens in it
        List<String> prev = previousWords(hit.start, sen.start(), 3);
        if (!prev.isEmpty() && (prev.contains("khổ") || VISIT_FRAMES.contains(prev.get(0)))) {
          return;
        }
      }
      List<int[]> days = dayDatesIn.get(hit.sentence);
      int lo = 0;
      int hi = days.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (days.get(mid)[0] < hit.start) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      int[] chosen = null;
      if (lo > 0) {
        chosen = days.get(lo - 1);
      } else if (lo < days.size() && hit.strong && heldOn(hit, days.get(lo)[0])) {
        chosen = days.get(lo); // a weak cue's later date is the date of what was signed or visited
      }
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
      String gap = date - nameEnd > 8 ? "" : s.substring(nameEnd, date);
      if (gap.equals(" ") || gap.equals(" vào ") || gap.equals(" ngày ")) {
        return true;
      }
      // "Tại Hội nghị X, sáng 14/12, ...": the meeting frames the sentence; not "Trong khuôn khổ chuyến thăm, sáng 6/11"
      String before = first(previousWords(hit.start, Math.max(0, hit.start - 20), 1));
      if (gap.equals(", ") && ("tại".equals(before) || "nhân".equals(before))) {
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

    /** {@code Kết luận số 12-KL/TW ngày 12-8-2021}: a code shortly before the date in its clause. */
    boolean documentDate(int from, int pos) {
      int a = Math.max(clauseStart(pos, from), pos - 40);
      return codeBefore(s, a, pos);
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
          if (anyOfKind && h.date == null || drafts.size() >= MAX_MEETINGS) {
            continue; // another edition named in passing, with no day of its own: not reported as held
          }
          into = new Draft();
          into.kind = h.kind;
          drafts.add(into);
        }
        add(into, h, true);
      }
      java.util.Map<Integer, List<Draft>> bySentence = new java.util.HashMap<>();
      for (Draft d : drafts) {
        for (Hit x : d.hits) {
          List<Draft> l = bySentence.computeIfAbsent(x.sentence, k -> new ArrayList<>(1));
          if (!l.contains(d)) {
            l.add(d);
          }
        }
      }
      for (Hit h : hits) {
        if (h.strong || h.status != Status.REPORTED) {
          continue;
        }
        Draft host = weakHost(drafts, bySentence.getOrDefault(h.sentence, List.of()), h);
        if (host != null) {
          add(host, h, false);
        } else if (h.date != null && drafts.size() < MAX_MEETINGS) {
          Draft d = new Draft();
          d.kind = h.kind;
          drafts.add(d);
          add(d, h, true);
        }
      }
      mergeSignings(drafts);
      drafts.removeIf(d -> d.date == null && d.hits.stream().noneMatch(this::reportedAsHeld)
          && !borrowsDate(d));
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
     * An undated mention counts only with a sign, in its clause, that the meeting took place
     * ({@code Tại buổi tiếp}, {@code chủ trì hội nghị}, {@code chuyến thăm ... lần này}); a bare
     * {@code hội nghị} in a sentence about rules or plans is not a report.
     */
    boolean reportedAsHeld(Hit h) {
      if (!h.strong) {
        return false;
      }
      Sentence sen = sentences.get(h.sentence);
      String before = first(previousWords(h.start, sen.start(), 1));
      if ("tại".equals(before) || "nhân".equals(before)) {
        return true;
      }
      int from = clauseStart(h.start, sen.start());
      int to = clauseEnd(h.end, sen.end());
      return anyIn(Role.REPORT_SIGNAL, h.sentence, from, to);
    }

    boolean borrowsDate(Draft d) {
      borrowNextSentenceDate(d);
      return d.date != null;
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
    Draft weakHost(List<Draft> drafts, List<Draft> sameSentence, Hit h) {
      List<MeetingKind> hosts = h.kind == MeetingKind.CEREMONY ? SIGNING_HOSTS : VISIT_HOSTS;
      for (Draft d : sameSentence) {
        if (hosts.contains(d.kind)) {
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
        if (namesMeeting[next]) {
          continue;
        }
        for (int[] da : datesIn.get(next)) {
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
      Set<Integer> seen = new java.util.HashSet<>();
      for (Hit h : d.hits) {
        if (!seen.add(h.sentence)) {
          continue;
        }
        for (int[] da : datesIn.get(h.sentence)) {
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
        if (h.nameEnd < 0 && h.edition == null && reported.stream().anyMatch(r -> r.kind == h.kind)
            && (h.recalledBySentence || !heldInClause(h))) {
          continue; // "đóng góp cho hội nghị" in a sentence about earlier events: the reported one again
        }
        Draft into = null;
        for (Draft d : out) {
          if (d.kind == h.kind && h.edition != null && h.edition.equals(d.edition)) {
            into = d;
          }
        }
        if (into == null) {
          if (out.size() >= MAX_MEETINGS) {
            continue;
          }
          into = new Draft();
          into.kind = h.kind;
          out.add(into);
        }
        into.hits.add(h);
        if (into.named == null && h.nameEnd > 0) {
          into.named = h;
        }
        if (into.edition == null) {
          into.edition = h.edition;
        }
      }
      return out;
    }

    /**
     * A bare recalled "hội nghị" beside a reported one is that one again ("Tại Hội nghị, ... năm
     * 2020") unless its clause holds it ("sẽ tổ chức hội thảo").
     */
    boolean heldInClause(Hit h) {
      Sentence sen = sentences.get(h.sentence);
      String clause = s.substring(clauseStart(h.start, sen.start()), clauseEnd(h.end, sen.end()));
      return clause.contains("tổ chức") || clause.contains("diễn ra");
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
        location = venues.find(text, sentences.get(d.dateSentence).start(), sentences.get(d.dateSentence).end(),
            occurrences(TAI));
      } else {
        for (int si : evidenceSentences) {
          location = venues.find(text, sentences.get(si).start(), sentences.get(si).end(), occurrences(TAI));
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
        chairs(si, chairs);
        participants(si, participants);
        if (count == null && attendeesOf(si) > 0) {
          count = countIn[si];
          qualifier = qualifierIn[si];
        }
        if (format == null) {
          if (formatIn[si] == null) {
            MeetingFormat f = format(sen);
            formatIn[si] = f == null ? NO_FORMAT : f;
          }
          format = formatIn[si] == NO_FORMAT ? null : (MeetingFormat) formatIn[si];
        }
      }
      for (Hit h : d.hits) {
        if (theme == null && h.strong && !"tại".equals(first(previousWords(h.start, sentences.get(h.sentence).start(), 1)))) {
          if (themes == null) {
            themes = new Occurrences(t, "chủ đề");
          }
          Matcher m = themeAfter(t, themes, h.end, Math.min(sentences.get(h.sentence).end(), h.end + 480), 160);
          if (m != null) {
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

    void chairs(int si, List<String> chairs) {
      Sentence sen = sentences.get(si);
      List<Object[]> here = officialsIn.get(si);
      if (here.isEmpty()) {
        return; // nobody to add, whatever the sentence says
      }
      int i = sen.start();
      while (true) {
        int at = occurrences(CHU_TRI).next(i);
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
          for (Object[] o : here) {
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
        for (Object[] o : here) {
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

    /** Every position of a head count noun in the article, in order; null when they cannot anchor. */
    int[] countNounsAt() {
      if (countNouns == null) {
        return null;
      }
      if (countNounsAt == null) {
        int n = 0;
        int[] found = new int[4];
        for (String noun : countNouns) {
          for (int at = s.indexOf(noun); at >= 0; at = s.indexOf(noun, at + 1)) {
            if (n == found.length) {
              found = java.util.Arrays.copyOf(found, n * 2);
            }
            found[n++] = at;
          }
        }
        countNounsAt = java.util.Arrays.copyOf(found, n);
        java.util.Arrays.sort(countNounsAt);
      }
      return countNounsAt;
    }

    /** Where {@code LOOKED_UP[k]} stands in the article, found once. */
    Occurrences occurrences(int k) {
      if (occurrences[k] == null) {
        occurrences[k] = new Occurrences(s, LOOKED_UP[k]);
      }
      return occurrences[k];
    }

    /**
     * The sentence {@code [a, b)} holds "dự", "trưởng đoàn", "có mặt" or "tiếp" (common words: a
     * bounded look beats article-wide positions or a substring).
     */
    boolean tellsAttendance(int a, int b) {
      for (int i = a; i < b; i++) {
        char c = s.charAt(i);
        if (c == 'd' && i + 2 <= b && s.startsWith("dự", i)
            || c == 't' && (i + 4 <= b && s.startsWith("tiếp", i) || i + 11 <= b && s.startsWith("trưởng đoàn", i))
            || c == 'c' && i + 6 <= b && s.startsWith("có mặt", i)) {
          return true;
        }
      }
      return false;
    }

    void participants(int si, Set<String> out) {
      if (officialsIn.get(si).isEmpty()) {
        return; // nobody to add, whatever the sentence says
      }
      if (attendance[si] == 0) {
        Sentence sen = sentences.get(si);
        int a = sen.start();
        int b = sen.end();
        attendance[si] = (byte) (tellsAttendance(a, b) ? 1 : -1);
      }
      if (attendance[si] < 0) {
        return;
      }
      for (Object[] o : officialsIn.get(si)) {
        out.add(((Official) o[1]).name());
      }
    }

    void addOnce(List<String> l, String v) {
      if (!l.contains(v)) {
        l.add(v);
      }
    }

    MeetingFormat format(Sentence sen) {
      // every format phrase holds one of these two
      if (!occurrences(TRUC_TUYEN).in(sen.start(), sen.end())
          && !occurrences(HINH_THUC_TRUC_TIEP).in(sen.start(), sen.end())) {
        return null;
      }
      String x = s.substring(sen.start(), sen.end());
      if (x.contains("trực tiếp và trực tuyến") || x.contains("trực tuyến và trực tiếp")
          || x.contains("trực tiếp kết hợp trực tuyến") || x.contains("kết hợp trực tuyến")) {
        return MeetingFormat.HYBRID;
      }
      if (x.contains("trực tuyến")) {
        return MeetingFormat.ONLINE;
      }
      // a bare "trực tiếp" is mostly "directly"; only "hình thức trực tiếp" speaks of the format
      return x.contains("hình thức trực tiếp") ? MeetingFormat.IN_PERSON : null;
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
        int verb = -1;
        for (int k = Math.max(sen.start(), h.start - 12); k < h.start && verb < 0; k++) {
          verb = s.startsWith("tổ chức ", k) ? k : -1;
        }
        if (verb < 0) {
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
            if (lastComma < 0 && (head.startsWith("tại ") || !datesIn.get(h.sentence).isEmpty() && datesIn.get(h.sentence).get(0)[1] <= verb)
                && (head.startsWith("tại ") || head.split(" ").length <= 4)) {
              from = i + 1;
              continue;
            }
            lastComma = i;
          }
        }
        // the curated bodies first: "Ban cán sự đảng Bộ Ngoại giao phối hợp Ban Dân vận Trung ương"
        List<String> known = new ArrayList<>();
        for (var o : bodies.organisations(text, from, verb)) {
          known.add(o.span().text());
        }
        if (!known.isEmpty()) {
          return known;
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
    int ordinal = ORDINALS.indexOf(g);
    if (ordinal >= 0) {
      return ordinal + 1;
    }
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

  /**
   * As {@code attendees.matcher(s).region(from, to).find()}, returning the matcher or null, but
   * trying the pattern only where a match can start. A match is a number (group 2) with at most
   * {@link #COUNT_PREFIX} chars of qualifier and space before it, then a space and a noun; the
   * number starts a run of digits and dots (nothing of the kind stands before it, or the region
   * starts there) that the space ends; and the look-behind sees the char before the match (the
   * region's start sees nothing). So for each such run, in text order, the few starts before it
   * that the look-behind allows are tried. With {@code nounAt}, every position of a noun in the
   * text, the runs are those that end right before a noun; without, every run is tried.
   */
  static Matcher findAttendees(Pattern attendees, String s, int from, int to, int[] nounAt) {
    Matcher m = null;
    int tried = from; // starts before this one have been tried
    if (nounAt != null) {
      int k = 0;
      while (k < nounAt.length && nounAt[k] < from + 2) {
        k++;
      }
      for (; k < nounAt.length && nounAt[k] < to; k++) {
        int e = nounAt[k] - 1;
        if (s.charAt(e) != ' ') {
          continue;
        }
        int g = e;
        while (g > from && (isAsciiDigit(s.charAt(g - 1)) || s.charAt(g - 1) == '.')) {
          g--;
        }
        if (g == e || g < tried || !isAsciiDigit(s.charAt(g))) {
          continue; // no number, one tried already (a noun that another one starts), or a dot first
        }
        if (m == null) {
          m = attendees.matcher(s); // default bounds: opaque and anchoring, as the region find had
        }
        if (countAt(m, s, from, to, g, tried)) {
          return m;
        }
        tried = g + 1;
      }
      return null;
    }
    for (int g = from; g < to; g++) {
      char c = s.charAt(g);
      if (c < '0' || c > '9' || g > from && (isAsciiDigit(s.charAt(g - 1)) || s.charAt(g - 1) == '.')) {
        continue;
      }
      int e = g;
      while (e < to && (isAsciiDigit(s.charAt(e)) || s.charAt(e) == '.')) {
        e++;
      }
      if (e >= to || s.charAt(e) != ' ') {
        g = e;
        continue;
      }
      if (m == null) {
        m = attendees.matcher(s);
      }
      if (countAt(m, s, from, to, g, tried)) {
        return m;
      }
      tried = g + 1;
      g = e;
    }
    return null;
  }

  /** Tries the count pattern at the starts allowed before a number at {@code g}, from {@code tried} on. */
  private static boolean countAt(Matcher m, String s, int from, int to, int g, int tried) {
    for (int p = Math.max(tried, g - COUNT_PREFIX); p <= g; p++) {
      char first = s.charAt(p);
      // a match opens with a qualifier, the space before the number, or the number
      if (p < g && first != ' ' && COUNT_QUALIFIERS.indexOf(first) < 0 || p > from && countBlockedBefore(s, p)) {
        continue;
      }
      m.region(p, to);
      if (m.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The count pattern's look-behind {@code (?<![\p{L}\d.])} at {@code p}: java.util.regex reads
   * one code point at {@code p - 1}, and a surrogate pair that runs past {@code p} matches nothing.
   */
  private static boolean countBlockedBefore(String s, int p) {
    char b = s.charAt(p - 1);
    if (Character.isHighSurrogate(b) && p < s.length() && Character.isLowSurrogate(s.charAt(p))) {
      return false;
    }
    return Character.isLetter(b) || isAsciiDigit(b) || b == '.';
  }

  /**
   * The first {@link #THEME} match in {@code t}'s region {@code [from, to)} when it starts at most
   * {@code within} chars after {@code from}, else null. Every match opens with "chủ đề": the
   * pattern runs only there.
   */
  static Matcher themeAfter(String t, Occurrences themes, int from, int to, int within) {
    Matcher m = null;
    for (int at = themes.next(from); at >= 0 && at < to && at <= from + within; at = themes.next(at + 1)) {
      if (m == null) {
        m = THEME.matcher(t); // default bounds; the pattern has no look-behind or anchor
      }
      if (m.region(at, to).lookingAt()) {
        return m;
      }
    }
    return null;
  }

  /**
   * Where a meeting's name that starts at {@code from} stops, at the latest {@code end}: the first
   * match in {@code t}'s region {@code [from, end)} (opaque, anchoring bounds) of
   * {@code [,;:"“”]|\\.(?=\\s|$)| - (?![\\d\\p{Lu}])| (?:<stop words>|năm \\d{4})(?![\\p{L}\\d])},
   * or {@code end}. Written out because the regex tried its alternatives at every char of up to 250
   * per mention; look-aheads read as java.util.regex does, by code point, nothing past {@code end}.
   */
  static int nameStop(String t, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = t.charAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '"' || c == '“' || c == '”') {
        return i;
      }
      if (c == '.' && spaceOrEnd(t, i + 1, end)) {
        return i;
      }
      if (c == ' ' && stopAfterSpace(t, i, end)) {
        return i;
      }
    }
    return end;
  }

  /**
   * {@code CODE_BEFORE.matcher(s).region(a, pos).find()}: a digit, then {@code /} or {@code -}, then
   * a letter (one code point, not running past {@code pos}), all inside the region.
   */
  static boolean codeBefore(String s, int a, int pos) {
    for (int j = a + 1; j + 1 < pos; j++) {
      char c = s.charAt(j);
      if ((c == '/' || c == '-') && isAsciiDigit(s.charAt(j - 1))) {
        int cp = codePointWithin(s, j + 1, pos);
        if (cp >= 0 && Character.isLetter(cp)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The first match of {@link #WORD} in the region {@code [from, to)} of {@code s}, or null: a
   * letter or digit, then letters, marks, digits and dots, read by code point as the regex reads
   * them, no code point running past {@code to}.
   */
  static String firstWord(String s, int from, int to) {
    for (int q = from; q < to; q++) {
      int cp = codePointWithin(s, q, to);
      if (cp >= 0 && (Character.isLetter(cp) || isAsciiDigit(cp))) {
        int e = q + Character.charCount(cp);
        for (int c = codePointWithin(s, e, to); c >= 0 && (Character.isLetter(c) || isMark(c) || isAsciiDigit(c)
            || c == '.'); c = codePointWithin(s, e, to)) {
          e += Character.charCount(c);
        }
        return s.substring(q, e);
      }
    }
    return null;
  }

  /** {@code \\p{M}}. */
  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * {@code text.toNormalized(o)}, tried first at {@code guess}: it is the answer when the char
   * there is the first that starts at or after {@code o} (the map is monotone).
   */
  static int toNormalized(NormalizedText text, int o, int guess) {
    if (o >= 0 && o <= text.original().length() && guess >= 0 && guess <= text.length()
        && text.toOriginalStart(guess) >= o && (guess == 0 || text.toOriginalStart(guess - 1) < o)) {
      return guess;
    }
    return text.toNormalized(o);
  }

  /** {@code (?=\\s|$)} at {@code j} in a region ending at {@code end}, without MULTILINE. */
  private static boolean spaceOrEnd(String t, int j, int end) {
    if (j >= end) {
      return true;
    }
    char d = t.charAt(j);
    if (d == ' ' || d == '\t' || d == '\n' || d == '\u000B' || d == '\f' || d == '\r') {
      return true;
    }
    // $ also matches before a line terminator that ends the input (\r and \n are \s already)
    return j == end - 1 && (d == '\u0085' || d == '\u2028' || d == '\u2029');
  }

  /** The alternatives that start with a space, at {@code i}. */
  private static boolean stopAfterSpace(String t, int i, int end) {
    int k = i + 1;
    if (k + 2 <= end && t.charAt(k) == '-' && t.charAt(k + 1) == ' ') {
      int cp = codePointWithin(t, k + 2, end);
      if (!(cp >= 0 && (isAsciiDigit(cp) || Character.getType(cp) == Character.UPPERCASE_LETTER))) {
        return true;
      }
    }
    char f = k < end ? t.charAt(k) : 0;
    for (String w : f < NAME_STOP_BY_FIRST.length ? NAME_STOP_BY_FIRST[f] : NO_WORDS) {
      if (k + w.length() <= end && t.startsWith(w, k) && !letterOrDigitAt(t, k + w.length(), end)) {
        return true;
      }
    }
    return k + 8 <= end && t.startsWith("năm ", k) && isAsciiDigit(t.charAt(k + 4)) && isAsciiDigit(t.charAt(k + 5))
        && isAsciiDigit(t.charAt(k + 6)) && isAsciiDigit(t.charAt(k + 7)) && !letterOrDigitAt(t, k + 8, end);
  }

  private static String[][] byFirstChar(String[] words) {
    int max = 0;
    for (String w : words) {
      max = Math.max(max, w.charAt(0));
    }
    String[][] out = new String[max + 1][];
    java.util.Arrays.fill(out, NO_WORDS);
    for (String w : words) {
      String[] l = out[w.charAt(0)];
      l = java.util.Arrays.copyOf(l, l.length + 1);
      l[l.length - 1] = w;
      out[w.charAt(0)] = l;
    }
    return out;
  }

  /** {@code [\\p{L}\\d]} at {@code j}, not reading a code point that runs past {@code end}. */
  private static boolean letterOrDigitAt(String t, int j, int end) {
    int cp = codePointWithin(t, j, end);
    return cp >= 0 && (Character.isLetter(cp) || isAsciiDigit(cp));
  }

  /** The code point a regex char class reads at {@code j}, or -1 when none fits before {@code end}. */
  private static int codePointWithin(String t, int j, int end) {
    if (j >= end) {
      return -1;
    }
    int cp = t.codePointAt(j);
    return j + Character.charCount(cp) <= end ? cp : -1;
  }

  private static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The first {@code c} in {@code [from, to)} of {@code x}, or -1; never reads past {@code to}. */
  private static int indexOf(String x, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (x.charAt(i) == c) {
        return i;
      }
    }
    return -1;
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
