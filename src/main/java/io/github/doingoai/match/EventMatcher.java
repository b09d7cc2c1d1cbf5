package io.github.doingoai.match;

import io.github.doingoai.model.AgreementStatus;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.Meeting;
import io.github.doingoai.model.MeetingKind;
import io.github.doingoai.model.PartialDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides whether two articles report the same real-world event, from weighted evidence (see
 * {@link EvidenceKind} for each kind and its default weight), and makes {@link EventIndex}es that
 * apply the decision to a growing collection. Immutable and thread-safe; build one with
 * {@code Doingoai.matcher()}.
 *
 * <p>Only the main meetings of the two articles are compared (the first meeting each reports as
 * happening), with the officials, agreements and documents of the whole articles as context. An
 * article that reports no meeting matches nothing.
 */
public final class EventMatcher {
  /** Names with fewer words are too generic ({@code Hội nghị}) to compare. */
  private static final int MIN_NAME_WORDS = 3;
  private static final int MAX_SHARED_OFFICIALS = 3;
  private static final int MAX_SHARED_CHAIRS = 2;
  private static final int MAX_SHARED_DOCUMENTS = 2;

  private final double threshold;
  private final int dateWindowDays;
  private final int maxCandidatesPerKey;
  private final Map<EvidenceKind, Double> weights;
  private final Names names;

  EventMatcher(double threshold, int dateWindowDays, int maxCandidatesPerKey, Map<EvidenceKind, Double> weights,
      Names names) {
    this.threshold = threshold;
    this.dateWindowDays = dateWindowDays;
    this.maxCandidatesPerKey = maxCandidatesPerKey;
    this.weights = Collections.unmodifiableMap(new EnumMap<>(weights));
    this.names = names;
  }

  /** The threshold set with {@link MatcherBuilder#threshold(double)}. */
  public double threshold() {
    return threshold;
  }

  /** The date window set with {@link MatcherBuilder#dateWindowDays(int)}. */
  public int dateWindowDays() {
    return dateWindowDays;
  }

  /** The limit per blocking key set with {@link MatcherBuilder#maxCandidatesPerKey(int)}. */
  public int maxCandidatesPerKey() {
    return maxCandidatesPerKey;
  }

  /** The weight of each kind of evidence. */
  public Map<EvidenceKind, Double> weights() {
    return weights;
  }

  /** A new, empty index that groups articles with this matcher's decision. */
  public EventIndex newIndex() {
    return new EventIndex(this);
  }

  /** The decision for two extractions, with every piece of evidence and its weight. */
  public MatchDecision explain(String firstId, Extraction first, String secondId, Extraction second) {
    return explain(ArticleProfile.of(firstId, first), ArticleProfile.of(secondId, second));
  }

  /** The decision for two article profiles, with every piece of evidence and its weight. */
  public MatchDecision explain(ArticleProfile a, ArticleProfile b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    List<Evidence> ev = new ArrayList<>();
    if (a.meeting() != null && b.meeting() != null) {
      dates(a, b, ev);
      meeting(a.meeting(), b.meeting(), ev);
      officials(a, b, ev);
      counterparts(a, b, ev);
      agreements(a, b, ev);
      documents(a, b, ev);
    }
    double score = 0;
    boolean anchored = false;
    for (Evidence e : ev) {
      score += e.weight();
      anchored |= e.kind().isAnchor();
    }
    score = Math.round(score * 1e6) / 1e6;
    boolean same = anchored && score >= threshold;
    return new MatchDecision(a.articleId(), b.articleId(), same, score, threshold, anchored, ev);
  }

  private void add(List<Evidence> ev, EvidenceKind kind, String detail) {
    ev.add(new Evidence(kind, weights.get(kind), detail));
  }

  private void dates(ArticleProfile a, ArticleProfile b, List<Evidence> ev) {
    PartialDate da = a.meetingDate();
    PartialDate db = b.meetingDate();
    if (hasDay(da) && hasDay(db)) {
      if (!da.agreesWith(db)) {
        add(ev, EvidenceKind.DATE_CONFLICT, iso(da) + " vs " + iso(db));
      } else if (da.isComplete() && db.isComplete()) {
        add(ev, EvidenceKind.SAME_DATE, iso(da));
      } else {
        add(ev, EvidenceKind.SAME_MONTH_DAY, iso(da.isComplete() ? da : db));
      }
      return;
    }
    if (da != null && db != null && !da.agreesWith(db)) {
      add(ev, EvidenceKind.DATE_CONFLICT, iso(da) + " vs " + iso(db));
      return;
    }
    // one meeting has no day: the article's own date stands in, within the window
    PartialDate xa = hasDay(da) ? da : a.published();
    PartialDate xb = hasDay(db) ? db : b.published();
    if (hasDay(xa) && hasDay(xb)) {
      long apart = daysApart(xa, xb);
      if (apart > dateWindowDays) {
        add(ev, EvidenceKind.OUTSIDE_DATE_WINDOW, iso(xa) + " vs " + iso(xb) + ": " + apart + " days apart");
        return;
      }
      add(ev, EvidenceKind.DATE_UNKNOWN, "no meeting day on one side; " + iso(xa) + " and " + iso(xb) + " within "
          + dateWindowDays + " days");
      return;
    }
    add(ev, EvidenceKind.DATE_UNKNOWN, "no day to compare");
  }

  /** The ISO form of {@link PartialDate#toString()}, without String.format: this runs per candidate. */
  static String iso(PartialDate d) {
    StringBuilder sb = new StringBuilder(10);
    if (d.year().isPresent()) {
      int y = d.year().get();
      sb.append(y < 1000 ? "0" : "").append(y < 100 ? "0" : "").append(y < 10 ? "0" : "").append(y);
    } else {
      sb.append('-');
    }
    d.month().ifPresent(m -> sb.append(m < 10 ? "-0" : "-").append(m));
    d.day().ifPresent(x -> sb.append(x < 10 ? "-0" : "-").append(x));
    return sb.toString();
  }

  static boolean hasDay(PartialDate d) {
    return d != null && d.day().isPresent();
  }

  /** Days between two dates with a day; year-less ones compare on the calendar circle. */
  static long daysApart(PartialDate x, PartialDate y) {
    if (x.isComplete() && y.isComplete()) {
      return Math.abs(ChronoUnit.DAYS.between(x.toLocalDate().get(), y.toLocalDate().get()));
    }
    // a leap year so that --02-29 exists
    LocalDate lx = LocalDate.of(2000, x.month().get(), x.day().get());
    LocalDate ly = LocalDate.of(2000, y.month().get(), y.day().get());
    long d = Math.abs(ChronoUnit.DAYS.between(lx, ly));
    return Math.min(d, 366 - d);
  }

  private void meeting(Meeting a, Meeting b, List<Evidence> ev) {
    if (a.partOfDay() != null && b.partOfDay() != null && a.partOfDay() != b.partOfDay()) {
      add(ev, EvidenceKind.DIFFERENT_PART_OF_DAY, a.partOfDay() + " vs " + b.partOfDay());
    }
    if (a.kind() == b.kind()) {
      add(ev, EvidenceKind.SAME_KIND, a.kind().name());
    } else {
      add(ev, BILATERAL.contains(a.kind()) == BILATERAL.contains(b.kind()) ? EvidenceKind.RELATED_KIND
          : EvidenceKind.DIFFERENT_KIND, a.kind() + " vs " + b.kind());
    }
    if (a.edition() != null && b.edition() != null) {
      add(ev, a.edition().equals(b.edition()) ? EvidenceKind.SAME_EDITION : EvidenceKind.EDITION_CONFLICT,
          a.edition().equals(b.edition()) ? "lần thứ " + a.edition() : a.edition() + " vs " + b.edition());
    }
    if (a.name() != null && b.name() != null) {
      String ka = names.key(a.name());
      String kb = names.key(b.name());
      if (Names.tokens(ka).size() >= MIN_NAME_WORDS && Names.tokens(kb).size() >= MIN_NAME_WORDS) {
        double sim = Names.similarity(ka, kb);
        if (sim >= 0.7) {
          add(ev, EvidenceKind.SIMILAR_NAME, a.name() + " ~ " + b.name());
        } else if (sim < 0.35 && !Names.contains(ka, kb)) {
          // a short name all of whose words are in the longer one is the same name cut short
          add(ev, EvidenceKind.DIFFERENT_NAME, a.name() + " vs " + b.name());
        }
      }
    }
    Set<String> chairsA = personKeys(a.chairs());
    int chairs = 0;
    for (String c : b.chairs()) {
      if (chairs < MAX_SHARED_CHAIRS && chairsA.contains(Names.personKey(c))) {
        add(ev, EvidenceKind.SHARED_CHAIR, c);
        chairs++;
      }
    }
    if (!a.organisers().isEmpty() && !b.organisers().isEmpty()) {
      String shared = firstOverlap(a.organisers(), b.organisers());
      if (shared != null) {
        add(ev, EvidenceKind.SHARED_ORGANISER, shared);
      } else {
        add(ev, EvidenceKind.DIFFERENT_ORGANISERS, a.organisers() + " vs " + b.organisers());
      }
    }
    if (a.location() != null && b.location() != null && Names.contains(names.key(a.location()),
        names.key(b.location()))) {
      add(ev, EvidenceKind.SAME_PLACE, a.location() + " ~ " + b.location());
    }
  }

  private static Set<String> personKeys(List<String> persons) {
    Set<String> out = new LinkedHashSet<>();
    for (String p : persons) {
      out.add(Names.personKey(p));
    }
    return out;
  }

  /** The first name of {@code b} that one of {@code a} contains or is contained in, else null. */
  private String firstOverlap(List<String> a, List<String> b) {
    for (String y : b) {
      String ky = names.key(y);
      for (String x : a) {
        if (Names.contains(names.key(x), ky)) {
          return y;
        }
      }
    }
    return null;
  }

  private void officials(ArticleProfile a, ArticleProfile b, List<Evidence> ev) {
    int shared = 0;
    for (ArticleProfile.OfficialRef x : a.officials()) {
      String kx = Names.personKey(x.name());
      for (ArticleProfile.OfficialRef y : b.officials()) {
        if (!kx.equals(Names.personKey(y.name()))) {
          continue;
        }
        if (!positionsCompatible(x.positions(), y.positions())) {
          add(ev, EvidenceKind.POSITION_CONFLICT, x.name() + ": " + x.positions() + " vs " + y.positions());
        } else if (shared < MAX_SHARED_OFFICIALS) {
          add(ev, shared == 0 ? EvidenceKind.SHARED_OFFICIAL : EvidenceKind.MORE_SHARED_OFFICIALS, x.name());
          shared++;
        }
        break;
      }
    }
  }

  private static final Set<MeetingKind> BILATERAL =
      EnumSet.of(MeetingKind.RECEPTION, MeetingKind.TALKS, MeetingKind.VISIT, MeetingKind.WORKING_SESSION);

  private void counterparts(ArticleProfile a, ArticleProfile b, List<Evidence> ev) {
    if (!BILATERAL.contains(a.kind()) || !BILATERAL.contains(b.kind())) {
      return;
    }
    Map<String, String> onlyA = leadingTitles(a, b);
    Map<String, String> onlyB = leadingTitles(b, a);
    for (Map.Entry<String, String> e : onlyA.entrySet()) {
      String other = onlyB.get(e.getKey());
      if (other != null) {
        add(ev, EvidenceKind.DIFFERENT_COUNTERPART, e.getValue() + " vs " + other);
        return;
      }
    }
  }

  /** Leading two title words of the offices of officials of {@code p} not named in {@code other}, to the name. */
  private Map<String, String> leadingTitles(ArticleProfile p, ArticleProfile other) {
    Set<String> otherNames = new HashSet<>();
    for (ArticleProfile.OfficialRef o : other.officials()) {
      otherNames.add(Names.personKey(o.name()));
    }
    Map<String, String> out = new HashMap<>();
    for (ArticleProfile.OfficialRef o : p.officials()) {
      if (otherNames.contains(Names.personKey(o.name()))) {
        continue;
      }
      for (String pos : o.positions()) {
        String[] w = names.key(pos).split(" ");
        if (w.length >= 3) {
          out.putIfAbsent(w[0] + " " + w[1], o.name());
        }
      }
    }
    return out;
  }

  /**
   * True when two lists of positions can be one person's: either is empty, or some office of one
   * has all its words in some office of the other ({@code Bộ trưởng Ngoại giao} and {@code Bộ
   * trưởng Bộ Ngoại giao}; {@code Chủ tịch UBND tỉnh} and {@code Chủ tịch UBND tỉnh Tây Ninh}).
   */
  boolean positionsCompatible(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    for (String x : a) {
      String kx = names.key(x);
      for (String y : b) {
        if (Names.contains(kx, names.key(y))) {
          return true;
        }
      }
    }
    return false;
  }

  private void agreements(ArticleProfile a, ArticleProfile b, List<Evidence> ev) {
    List<ArticleProfile.AgreementRef> sa = signed(a);
    List<ArticleProfile.AgreementRef> sb = signed(b);
    if (sa.isEmpty() || sb.isEmpty()) {
      return;
    }
    for (ArticleProfile.AgreementRef x : sa) {
      for (ArticleProfile.AgreementRef y : sb) {
        if (sameAgreement(x, y)) {
          add(ev, EvidenceKind.SHARED_AGREEMENT, x.kind() + " " + x.parties());
          return;
        }
      }
    }
    add(ev, EvidenceKind.DIFFERENT_AGREEMENT, describe(sa) + " vs " + describe(sb));
  }

  private static String describe(List<ArticleProfile.AgreementRef> list) {
    List<String> out = new ArrayList<>();
    for (ArticleProfile.AgreementRef r : list) {
      out.add(r.kind() + " " + r.parties());
    }
    return out.toString();
  }

  private static List<ArticleProfile.AgreementRef> signed(ArticleProfile p) {
    List<ArticleProfile.AgreementRef> out = new ArrayList<>();
    for (ArticleProfile.AgreementRef r : p.agreements()) {
      if (r.status() == AgreementStatus.SIGNED) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * True when two mentions are one agreement: the same kind, dates that do not contradict, and
   * parties that match (all those of the side that names fewer; a single party against several
   * only with the same day, so that one recurring partner province is not enough). Without parties on one side,
   * both must give the same day.
   */
  boolean sameAgreement(ArticleProfile.AgreementRef x, ArticleProfile.AgreementRef y) {
    if (x.kind() != y.kind()) {
      return false;
    }
    if (x.date() != null && y.date() != null && !x.date().agreesWith(y.date())) {
      return false;
    }
    if (x.parties().isEmpty() || y.parties().isEmpty()) {
      return hasDay(x.date()) && hasDay(y.date());
    }
    List<String> small = x.parties().size() <= y.parties().size() ? x.parties() : y.parties();
    List<String> large = small == x.parties() ? y.parties() : x.parties();
    int matched = 0;
    for (String p : small) {
      String kp = names.key(p);
      for (String q : large) {
        if (Names.contains(kp, names.key(q))) {
          matched++;
          break;
        }
      }
    }
    // one party against several says only that a partner recurs: enough with the same day only
    return matched == small.size() && (small.size() >= 2 || large.size() == 1 || hasDay(x.date()) && hasDay(y.date()));
  }

  private void documents(ArticleProfile a, ArticleProfile b, List<Evidence> ev) {
    Set<String> da = new LinkedHashSet<>();
    for (String d : a.documents()) {
      da.add(Names.basicKey(d));
    }
    int n = 0;
    Set<String> seen = new LinkedHashSet<>();
    for (String d : b.documents()) {
      String k = Names.basicKey(d);
      if (n < MAX_SHARED_DOCUMENTS && da.contains(k) && seen.add(k)) {
        add(ev, EvidenceKind.SHARED_DOCUMENT, d);
        n++;
      }
    }
  }

  Names names() {
    return names;
  }
}
