package io.github.doingoai.match;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.doingoai.DoingoaiException;
import io.github.doingoai.ErrorKind;
import io.github.doingoai.json.JsonCodec;
import io.github.doingoai.model.AgreementStatus;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.Meeting;
import io.github.doingoai.model.PartialDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An incremental index of articles grouped into real-world events. Add extractions one at a time
 * with the caller's article id; each joins the event of the article already indexed that it
 * matches best ({@link EventMatcher#explain}), or starts a new event. Earlier decisions are never
 * revised, so the result depends on the order of addition only where an article matches articles
 * of two events.
 *
 * <p><b>Blocking.</b> A new article is compared only with articles that share a blocking key with it:
 * its main meeting's full date; its day and month (year or not) together with an official's name,
 * an edition, a cited document, the place or the meeting's name; a signed agreement's kind and
 * party; an edition with an official. Every key holds the most recent
 * {@link EventMatcher#maxCandidatesPerKey()} articles that are looked at, so adding an article costs
 * about the same whether the index holds a thousand articles or a million; the scan of a key also
 * stops at articles dated more than a year (plus the date window) before the new one, so that keys
 * of a day and month, which collect articles year after year, cost no more in the tenth year than
 * in the first. A match always needs a
 * shared day, edition or signed agreement (see {@link EvidenceKind}), which these keys cover.
 *
 * <p>The index also keeps one identity per official ({@link #officials()}) and per agreement
 * ({@link #agreements()}) across the articles, and can be saved as JSON and loaded again
 * ({@link #toJson()}, {@link #fromJson(String)}). All methods are thread-safe (synchronized).
 */
public final class EventIndex {
  private static final int STATE_VERSION = 1;

  private final EventMatcher matcher;
  private final List<ArticleProfile> profiles = new ArrayList<>();
  private final Map<String, Integer> ordinal = new HashMap<>();
  private final List<String> eventOfOrdinal = new ArrayList<>();
  private final Map<String, EventState> events = new LinkedHashMap<>();
  private final Map<String, IntList> blocks = new HashMap<>();
  /** Per article, the epoch day of its meeting's full date, else of its own date, else UNKNOWN_DAY. */
  private final IntList days = new IntList();
  private static final int UNKNOWN_DAY = Integer.MIN_VALUE;
  private final OfficialRegistry officials;
  private final AgreementRegistry agreements;

  EventIndex(EventMatcher matcher) {
    this.matcher = Objects.requireNonNull(matcher, "matcher");
    this.officials = new OfficialRegistry(matcher);
    this.agreements = new AgreementRegistry(matcher);
  }

  private static final class EventState {
    final String id;
    final List<Integer> members = new ArrayList<>();
    final List<Link> links = new ArrayList<>();

    EventState(String id) {
      this.id = id;
    }
  }

  /** A growable int array: a million articles times a few dozen keys must stay small. */
  private static final class IntList {
    int[] a = new int[2];
    int n;

    void add(int v) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }
  }

  /** The matcher this index decides with. */
  public EventMatcher matcher() {
    return matcher;
  }

  /**
   * Adds an article and returns the id of its event.
   *
   * @throws DoingoaiException of kind {@link ErrorKind#BAD_ARGUMENT} when the id is already indexed
   */
  public String add(String articleId, Extraction extraction) {
    Objects.requireNonNull(articleId, "articleId must not be null");
    Objects.requireNonNull(extraction, "extraction must not be null");
    return add(ArticleProfile.of(articleId, extraction));
  }

  /** Adds an article given by its profile and returns the id of its event. */
  public synchronized String add(ArticleProfile profile) {
    Objects.requireNonNull(profile, "profile must not be null");
    if (ordinal.containsKey(profile.articleId())) {
      throw new DoingoaiException(ErrorKind.BAD_ARGUMENT, "article '" + profile.articleId() + "' is already indexed");
    }
    Set<String> keys = keys(profile);
    MatchDecision best = null;
    int bestOrdinal = -1;
    int day = epochDay(profile);
    int horizon = 366 + matcher.dateWindowDays();
    if (profile.meeting() != null) {
      Set<Integer> seen = new HashSet<>();
      for (String k : keys) {
        IntList bucket = blocks.get(k);
        if (bucket == null) {
          continue;
        }
        int stop = Math.max(0, bucket.n - matcher.maxCandidatesPerKey());
        for (int i = bucket.n - 1; i >= stop; i--) {
          int o = bucket.a[i];
          // buckets fill in the order of the news flow: past a year older than this article, the
          // rest is older still and cannot be its event; this keeps a day-and-month key that
          // collects year after year as cheap as in the first year
          if (day != UNKNOWN_DAY && days.a[o] != UNKNOWN_DAY && days.a[o] < day - horizon) {
            break;
          }
          if (!seen.add(o)) {
            continue;
          }
          MatchDecision d = matcher.explain(profiles.get(o), profile);
          if (d.sameEvent() && (best == null || d.score() > best.score())) {
            best = d;
            bestOrdinal = o;
          }
        }
      }
    }
    String eventId;
    Link link = null;
    if (best != null) {
      eventId = eventOfOrdinal.get(bestOrdinal);
      link = new Link(profile.articleId(), profiles.get(bestOrdinal).articleId(), best);
    } else {
      eventId = newEventId(profile);
    }
    insert(profile, eventId, link, keys);
    return eventId;
  }

  private void insert(ArticleProfile profile, String eventId, Link link, Set<String> keys) {
    int o = profiles.size();
    profiles.add(profile);
    ordinal.put(profile.articleId(), o);
    eventOfOrdinal.add(eventId);
    days.add(epochDay(profile));
    EventState ev = events.computeIfAbsent(eventId, EventState::new);
    ev.members.add(o);
    if (link != null) {
      ev.links.add(link);
    }
    for (String k : keys) {
      blocks.computeIfAbsent(k, x -> new IntList()).add(o);
    }
    officials.add(profile);
    agreements.add(profile);
  }

  private String newEventId(ArticleProfile p) {
    String base;
    Meeting m = p.meeting();
    if (m == null) {
      base = "article-" + articleSlug(p.articleId());
    } else {
      StringBuilder sb = new StringBuilder(m.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      if (m.date() != null) {
        sb.append('-').append(m.date().toString().replaceFirst("^-+", ""));
      }
      sb.append('-').append(articleSlug(p.articleId()));
      base = sb.toString();
    }
    String id = base;
    for (int n = 2; events.containsKey(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private static int epochDay(ArticleProfile p) {
    PartialDate d = p.meetingDate() != null && p.meetingDate().isComplete() ? p.meetingDate() : p.published();
    if (d == null || !d.isComplete()) {
      return UNKNOWN_DAY;
    }
    return (int) d.toLocalDate().get().toEpochDay();
  }

  /** The article id as a slug, without a file extension: {@code 000.txt} -> {@code 000}. */
  private static String articleSlug(String articleId) {
    return OfficialRegistry.slug(articleId.replaceFirst("\\.[A-Za-z0-9]{1,5}$", ""));
  }

  /** The blocking keys of an article: see the class comment. */
  private Set<String> keys(ArticleProfile p) {
    Set<String> keys = new LinkedHashSet<>();
    Meeting m = p.meeting();
    if (m == null) {
      return keys;
    }
    Names names = matcher.names();
    List<String> persons = new ArrayList<>();
    for (ArticleProfile.OfficialRef o : p.officials()) {
      persons.add(Names.personKey(o.name()));
    }
    for (String c : m.chairs()) {
      persons.add(Names.personKey(c));
    }
    PartialDate d = m.date();
    if (EventMatcher.hasDay(d)) {
      String md = monthDay(d);
      if (d.isComplete()) {
        keys.add("d:" + EventMatcher.iso(d));
      }
      for (String person : persons) {
        keys.add("mdp:" + md + "|" + person);
      }
      if (m.edition() != null) {
        keys.add("mde:" + md + "|" + m.edition());
      }
      for (String doc : p.documents()) {
        keys.add("mdd:" + md + "|" + Names.basicKey(doc));
      }
      if (m.location() != null) {
        keys.add("mdl:" + md + "|" + names.key(m.location()));
      }
      if (m.name() != null) {
        keys.add("mdn:" + md + "|" + names.key(m.name()));
      }
    }
    if (m.edition() != null) {
      for (String person : persons) {
        keys.add("ep:" + m.edition() + "|" + person);
      }
    }
    for (ArticleProfile.AgreementRef a : p.agreements()) {
      if (a.status() == AgreementStatus.SIGNED) {
        for (String party : a.parties()) {
          keys.add("ag:" + a.kind() + "|" + names.key(party));
        }
      }
    }
    return keys;
  }

  /** {@code MM-DD}, without String.format, which is dear on the path of every addition. */
  private static String monthDay(PartialDate d) {
    int m = d.month().get();
    int day = d.day().get();
    return (m < 10 ? "0" : "") + m + (day < 10 ? "-0" : "-") + day;
  }

  /** The number of articles indexed. */
  public synchronized int size() {
    return profiles.size();
  }

  /** The id of the event an article belongs to, if the article is indexed. */
  public synchronized Optional<String> eventOf(String articleId) {
    Integer o = ordinal.get(articleId);
    return o == null ? Optional.empty() : Optional.of(eventOfOrdinal.get(o));
  }

  /** The profile kept of an article, if indexed. */
  public synchronized Optional<ArticleProfile> profile(String articleId) {
    Integer o = ordinal.get(articleId);
    return o == null ? Optional.empty() : Optional.of(profiles.get(o));
  }

  /**
   * The whole index as the command line's {@code match} prints it:
   * {@code {"events":[{"id","articles","kind","date","meeting","agreements","links"}...],
   * "officials":[...],"agreements":[...]}}, ready for Jackson ({@link JsonCodec#mapper()}).
   *
   * @return a new, mutable map in that order
   */
  public synchronized Map<String, Object> report() {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Event e : events()) {
      Map<String, Object> ev = new LinkedHashMap<>();
      ev.put("id", e.id());
      ev.put("articles", e.articles());
      if (e.meeting() != null) {
        ev.put("kind", e.meeting().value("kind").orElse(null));
        ev.put("date", e.meeting().value("date").orElse(null));
        ev.put("meeting", e.meeting());
      }
      ev.put("agreements", e.agreements());
      ev.put("links", e.links());
      list.add(ev);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("events", list);
    doc.put("officials", officials().persons());
    doc.put("agreements", agreements().agreements());
    return doc;
  }

  /** Every event, in the order its first article was added. */
  public synchronized List<Event> events() {
    List<Event> out = new ArrayList<>(events.size());
    for (EventState e : events.values()) {
      out.add(snapshot(e));
    }
    return out;
  }

  /** The event with this id. */
  public synchronized Optional<Event> event(String id) {
    EventState e = events.get(id);
    return e == null ? Optional.empty() : Optional.of(snapshot(e));
  }

  /** The decision for two indexed articles, with every piece of evidence and its weight. */
  public synchronized MatchDecision explain(String firstArticle, String secondArticle) {
    return matcher.explain(known(firstArticle), known(secondArticle));
  }

  private ArticleProfile known(String articleId) {
    Objects.requireNonNull(articleId, "articleId must not be null");
    Integer o = ordinal.get(articleId);
    if (o == null) {
      throw new DoingoaiException(ErrorKind.BAD_ARGUMENT, "article '" + articleId + "' is not indexed");
    }
    return profiles.get(o);
  }

  /** One identity per official across the indexed articles. */
  public OfficialRegistry officials() {
    return officials;
  }

  /** One identity per agreement across the indexed articles. */
  public AgreementRegistry agreements() {
    return agreements;
  }

  private Event snapshot(EventState e) {
    List<String> articles = new ArrayList<>(e.members.size());
    List<ArticleProfile> members = new ArrayList<>(e.members.size());
    Set<String> signed = new LinkedHashSet<>();
    for (int o : e.members) {
      ArticleProfile p = profiles.get(o);
      articles.add(p.articleId());
      members.add(p);
      List<String> ids = agreements.ofArticle(p.articleId());
      for (int i = 0; i < ids.size() && i < p.agreements().size(); i++) {
        if (p.agreements().get(i).status() == AgreementStatus.SIGNED) {
          signed.add(ids.get(i));
        }
      }
    }
    MergedMeeting merged = members.get(0).meeting() == null ? null : MeetingMerger.merge(members, matcher.names());
    return new Event(e.id, articles, merged, e.links, new ArrayList<>(signed));
  }

  // ---- saving and loading ----

  /**
   * The saved form of an index.
   *
   * @param version the format's version
   * @param threshold the matcher's threshold
   * @param dateWindowDays the matcher's date window
   * @param maxCandidatesPerKey the matcher's limit per blocking key
   * @param weights the matcher's weights
   * @param articles every article in the order added, with its event and the link that put it there
   */
  public record State(int version, double threshold, int dateWindowDays, int maxCandidatesPerKey,
      Map<EvidenceKind, Double> weights, List<SavedArticle> articles) {}

  /**
   * One saved article.
   *
   * @param profile what the matcher keeps of it
   * @param event its event's id
   * @param link how it joined the event, or {@code null} for the event's first article
   */
  public record SavedArticle(ArticleProfile profile, String event, Link link) {}

  /** The whole index as JSON, to be loaded again with {@link #fromJson(String)}. */
  public synchronized String toJson() {
    List<SavedArticle> saved = new ArrayList<>(profiles.size());
    Map<Integer, Link> linkOf = new HashMap<>();
    for (EventState e : events.values()) {
      for (Link l : e.links) {
        linkOf.put(ordinal.get(l.article()), l);
      }
    }
    for (int o = 0; o < profiles.size(); o++) {
      saved.add(new SavedArticle(profiles.get(o), eventOfOrdinal.get(o), linkOf.get(o)));
    }
    State s = new State(STATE_VERSION, matcher.threshold(), matcher.dateWindowDays(), matcher.maxCandidatesPerKey(),
        new EnumMap<>(matcher.weights()), saved);
    try {
      return MAPPER.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new DoingoaiException(ErrorKind.BAD_JSON, "cannot write the index: " + e.getOriginalMessage(), e);
    }
  }

  private static final ObjectMapper MAPPER = JsonCodec.mapper();

  /**
   * An index saved by {@link #toJson()}, with the matcher settings it was saved with. The saved
   * decisions are kept as they are, not made again.
   *
   * @throws DoingoaiException of kind {@link ErrorKind#BAD_JSON} when the text is not a saved index
   */
  public static EventIndex fromJson(String json) {
    Objects.requireNonNull(json, "json must not be null");
    State s;
    try {
      s = MAPPER.readValue(json, State.class);
    } catch (JsonProcessingException e) {
      throw new DoingoaiException(ErrorKind.BAD_JSON, "not a saved event index: " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new DoingoaiException(ErrorKind.BAD_JSON, "not a saved event index: " + e.getMessage(), e);
    }
    if (s == null || s.version() != STATE_VERSION || s.articles() == null) {
      throw new DoingoaiException(ErrorKind.BAD_JSON, "not a saved event index of version " + STATE_VERSION);
    }
    MatcherBuilder b = MatcherBuilder.defaults().threshold(s.threshold()).dateWindowDays(s.dateWindowDays())
        .maxCandidatesPerKey(s.maxCandidatesPerKey());
    if (s.weights() != null) {
      for (Map.Entry<EvidenceKind, Double> w : s.weights().entrySet()) {
        b = b.weight(w.getKey(), w.getValue());
      }
    }
    EventIndex index = b.build().newIndex();
    for (SavedArticle a : s.articles()) {
      if (a == null || a.profile() == null || a.event() == null) {
        throw new DoingoaiException(ErrorKind.BAD_JSON, "a saved article lacks its profile or event");
      }
      if (index.ordinal.containsKey(a.profile().articleId())) {
        throw new DoingoaiException(ErrorKind.BAD_JSON, "article '" + a.profile().articleId() + "' saved twice");
      }
      index.insert(a.profile(), a.event(), a.link(), index.keys(a.profile()));
    }
    return index;
  }
}
