package io.github.doingoai.match;

import io.github.doingoai.DoingoaiException;
import io.github.doingoai.ErrorKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable, fail-fast builder of {@link EventMatcher}s: every method returns a new builder and
 * checks its argument at once ({@link ErrorKind#BAD_ARGUMENT} for a value out of range).
 *
 * <pre>{@code
 * EventMatcher m = Doingoai.matcher().threshold(0.6).dateWindowDays(3).build();
 * EventIndex index = m.newIndex();
 * }</pre>
 */
public final class MatcherBuilder {
  /** Default threshold on the sum of evidence weights. */
  public static final double DEFAULT_THRESHOLD = 0.6;
  /** Default date window, in days. */
  public static final int DEFAULT_DATE_WINDOW_DAYS = 3;
  /** Default limit on the articles compared per blocking key: the most recent ones. */
  public static final int DEFAULT_MAX_CANDIDATES_PER_KEY = 64;

  private static final MatcherBuilder DEFAULT = new MatcherBuilder(DEFAULT_THRESHOLD, DEFAULT_DATE_WINDOW_DAYS,
      DEFAULT_MAX_CANDIDATES_PER_KEY, new EnumMap<>(EvidenceKind.class));

  private final double threshold;
  private final int dateWindowDays;
  private final int maxCandidatesPerKey;
  private final Map<EvidenceKind, Double> weights;

  private MatcherBuilder(double threshold, int dateWindowDays, int maxCandidatesPerKey,
      Map<EvidenceKind, Double> weights) {
    this.threshold = threshold;
    this.dateWindowDays = dateWindowDays;
    this.maxCandidatesPerKey = maxCandidatesPerKey;
    this.weights = weights;
  }

  /** The builder with the default settings; {@code Doingoai.matcher()} returns it. */
  public static MatcherBuilder defaults() {
    return DEFAULT;
  }

  /**
   * The score two articles need to be one event (they also need an anchor, see
   * {@link EvidenceKind}); must be positive and finite. Default {@value #DEFAULT_THRESHOLD}.
   */
  public MatcherBuilder threshold(double value) {
    if (!Double.isFinite(value) || value <= 0) {
      throw bad("threshold must be positive and finite, was " + value);
    }
    return new MatcherBuilder(value, dateWindowDays, maxCandidatesPerKey, weights);
  }

  /**
   * How many days apart two articles may be when one of them gives no day for its meeting (its
   * own date stands in for it); 0 to 366. Default {@value #DEFAULT_DATE_WINDOW_DAYS}. Two meetings
   * that both give a day must give the same one whatever the window.
   */
  public MatcherBuilder dateWindowDays(int days) {
    if (days < 0 || days > 366) {
      throw bad("dateWindowDays must be between 0 and 366, was " + days);
    }
    return new MatcherBuilder(threshold, days, maxCandidatesPerKey, weights);
  }

  /**
   * How many of the most recent articles sharing one blocking key (a day with an official, an
   * agreement's party...) a new article is compared with; bounds the cost of an addition whatever
   * the size of the index. Default {@value #DEFAULT_MAX_CANDIDATES_PER_KEY}.
   */
  public MatcherBuilder maxCandidatesPerKey(int count) {
    if (count < 1) {
      throw bad("maxCandidatesPerKey must be positive, was " + count);
    }
    return new MatcherBuilder(threshold, dateWindowDays, count, weights);
  }

  /** Replaces the default weight of one kind of evidence; must be finite. */
  public MatcherBuilder weight(EvidenceKind kind, double weight) {
    Objects.requireNonNull(kind, "kind must not be null");
    if (!Double.isFinite(weight)) {
      throw bad("weight of " + kind + " must be finite, was " + weight);
    }
    Map<EvidenceKind, Double> w = new EnumMap<>(EvidenceKind.class);
    w.putAll(weights);
    w.put(kind, weight);
    return new MatcherBuilder(threshold, dateWindowDays, maxCandidatesPerKey, w);
  }

  /** The matcher. Cheap: the curated spellings it folds are loaded once per process. */
  public EventMatcher build() {
    Map<EvidenceKind, Double> w = new EnumMap<>(EvidenceKind.class);
    for (EvidenceKind k : EvidenceKind.values()) {
      w.put(k, weights.getOrDefault(k, k.defaultWeight()));
    }
    return new EventMatcher(threshold, dateWindowDays, maxCandidatesPerKey, w, Names.defaults());
  }

  private static DoingoaiException bad(String message) {
    return new DoingoaiException(ErrorKind.BAD_ARGUMENT, message);
  }
}
