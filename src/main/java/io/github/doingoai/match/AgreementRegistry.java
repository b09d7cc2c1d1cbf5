package io.github.doingoai.match;

import io.github.doingoai.model.AgreementKind;
import io.github.doingoai.model.PartialDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One identity per agreement across articles: an agreement referred to later ({@code Quy chế phối
 * hợp giữa Ban Cán sự Đảng Bộ Ngoại giao và Ban Thường vụ Thành ủy TPHCM}) links to the signing
 * reported earlier when the kind is the same, the dates do not contradict and the parties match
 * after folding spellings ({@code TPHCM} = {@code TP.HCM} = {@code Thành phố Hồ Chí Minh}), with the
 * rule of {@link EventMatcher#sameAgreement}. Candidates are found by kind and party, so adding
 * costs the same whatever the registry's size. Thread-safe.
 */
public final class AgreementRegistry {
  private static final int MAX_CANDIDATES = 64;

  private final EventMatcher matcher;
  private final Map<String, State> byId = new LinkedHashMap<>();
  /** kind + party key -> agreements, most recent last. */
  private final Map<String, List<State>> byParty = new HashMap<>();
  private final Map<String, List<String>> byArticle = new HashMap<>();
  private final Map<AgreementKind, Integer> counters = new HashMap<>();

  AgreementRegistry(EventMatcher matcher) {
    this.matcher = matcher;
  }

  private static final class State {
    final String id;
    final AgreementKind kind;
    PartialDate date;
    final Set<String> parties = new LinkedHashSet<>();
    final List<AgreementSighting> sightings = new ArrayList<>();
    ArticleProfile.AgreementRef representative;

    State(String id, AgreementKind kind) {
      this.id = id;
      this.kind = kind;
    }

    AgreementRecord snapshot() {
      return new AgreementRecord(id, kind, date, new ArrayList<>(parties), sightings);
    }
  }

  synchronized void add(ArticleProfile p) {
    List<String> ids = new ArrayList<>();
    for (ArticleProfile.AgreementRef a : p.agreements()) {
      State s = find(a);
      if (s == null) {
        int n = counters.merge(a.kind(), 1, Integer::sum);
        s = new State(a.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + n, a.kind());
        byId.put(s.id, s);
        s.representative = a;
      }
      s.sightings.add(new AgreementSighting(p.articleId(), a.status(), a.title(), a.date()));
      if (a.date() != null && (s.date == null || specificity(a.date()) > specificity(s.date))) {
        s.date = a.date();
      }
      for (String party : a.parties()) {
        String k = matcher.names().key(party);
        boolean known = false;
        for (String q : s.parties) {
          known |= matcher.names().key(q).equals(k);
        }
        if (!known) {
          s.parties.add(party);
        }
        List<State> bucket = byParty.computeIfAbsent(a.kind() + "|" + k, x -> new ArrayList<>(1));
        if (!bucket.contains(s)) {
          bucket.add(s);
        }
      }
      ids.add(s.id);
    }
    byArticle.put(p.articleId(), ids);
  }

  private static int specificity(PartialDate d) {
    return (d.year().isPresent() ? 4 : 0) + (d.month().isPresent() ? 2 : 0) + (d.day().isPresent() ? 1 : 0);
  }

  private State find(ArticleProfile.AgreementRef a) {
    for (String party : a.parties()) {
      List<State> bucket = byParty.get(a.kind() + "|" + matcher.names().key(party));
      if (bucket == null) {
        continue;
      }
      // the most recent first: a reference usually follows its signing closely
      for (int i = bucket.size() - 1, seen = 0; i >= 0 && seen < MAX_CANDIDATES; i--, seen++) {
        State s = bucket.get(i);
        ArticleProfile.AgreementRef rep = new ArticleProfile.AgreementRef(s.kind, s.representative.status(),
            null, s.date, new ArrayList<>(s.parties));
        if (matcher.sameAgreement(rep, a)) {
          return s;
        }
      }
    }
    return null;
  }

  /** Every agreement, in the order first seen. */
  public synchronized List<AgreementRecord> agreements() {
    List<AgreementRecord> out = new ArrayList<>();
    for (State s : byId.values()) {
      out.add(s.snapshot());
    }
    return out;
  }

  /** The agreement with this id. */
  public synchronized Optional<AgreementRecord> agreement(String id) {
    State s = byId.get(id);
    return s == null ? Optional.empty() : Optional.of(s.snapshot());
  }

  /** The ids of the agreements an article reports, one per agreement of its extraction, in its order. */
  public synchronized List<String> ofArticle(String articleId) {
    return List.copyOf(byArticle.getOrDefault(articleId, List.of()));
  }
}
