package io.github.doingoai.match;

/**
 * One kind of evidence for or against two articles reporting the same event, with its default
 * weight. The decision adds up the weights of the evidence found; two articles are one event when
 * the sum reaches the threshold (default {@value MatcherBuilder#DEFAULT_THRESHOLD}) <em>and</em> at
 * least one <em>anchor</em> (a shared day, a shared edition or a shared signed agreement) agrees,
 * so that no amount of weak cues (one official, the same kind) makes a match on its own. A
 * conflict of date or edition weighs {@code -1.0}: it outweighs everything else.
 */
public enum EvidenceKind {
  /** Both main meetings have the same full date. */
  SAME_DATE(0.35, true),
  /** The same day and month, the year unknown on at least one side. */
  SAME_MONTH_DAY(0.25, true),
  /** Both give day and month and they differ, or both give the year and it differs. */
  DATE_CONFLICT(-1.0, false),
  /** One side has no meeting date; the article dates lie further apart than the date window. */
  OUTSIDE_DATE_WINDOW(-1.0, false),
  /** No date to compare: recorded with weight 0 so that the explanation says so. */
  DATE_UNKNOWN(0.0, false),
  /** Both give the part of the day and it differs ({@code sáng} vs {@code chiều}). */
  DIFFERENT_PART_OF_DAY(-0.50, false),
  /** The same kind of meeting. */
  SAME_KIND(0.10, false),
  /**
   * Kinds of one family, that outlets use for one meeting: a signing {@code hội nghị} is a
   * {@code lễ ký kết} elsewhere (conference, ceremony, seminar); a {@code buổi tiếp} a {@code buổi
   * làm việc} (reception, working session, talks, visit). Neutral.
   */
  RELATED_KIND(0.0, false),
  /** Kinds of different families. */
  DIFFERENT_KIND(-0.15, false),
  /** The same edition number ({@code lần thứ 18}). */
  SAME_EDITION(0.30, true),
  /** Different edition numbers: another session of the same series. */
  EDITION_CONFLICT(-1.0, false),
  /** The meeting names are nearly the same words (Jaccard at least 0.7). */
  SIMILAR_NAME(0.20, false),
  /**
   * Both meetings are named, with few words in common (Jaccard below 0.35), and neither name is
   * the other cut short ({@code Hội nghị quán triệt} is in {@code Hội nghị quán triệt và triển khai
   * Kết luận 12}).
   */
  DIFFERENT_NAME(-0.30, false),
  /** A person chairs both meetings; per person, at most two counted. */
  SHARED_CHAIR(0.15, false),
  /** An official named in both articles, same name and compatible positions. The first counts this
   * weight, each further one {@link #MORE_SHARED_OFFICIALS}; at most 0.4 in all. */
  SHARED_OFFICIAL(0.10, false),
  /** Each shared official after the first: two people together on one day is much stronger than one. */
  MORE_SHARED_OFFICIALS(0.15, false),
  /** The same name in both articles with positions that cannot be one person's. */
  POSITION_CONFLICT(-0.30, false),
  /**
   * A reception, talks, visit or working session has one counterpart: each article names, among
   * the officials the other does not, someone with the same leading title words ({@code Đại sứ},
   * {@code Tỉnh trưởng}) but another name: two ambassadors received, two receptions.
   */
  DIFFERENT_COUNTERPART(-0.50, false),
  /** The same signed agreement (same kind, overlapping parties, agreeing dates) in both. */
  SHARED_AGREEMENT(0.35, true),
  /** Both report signing agreements but no agreement is common: another partner, another signing. */
  DIFFERENT_AGREEMENT(-0.60, false),
  /** An organiser in common. */
  SHARED_ORGANISER(0.10, false),
  /** Both name organisers, none in common. */
  DIFFERENT_ORGANISERS(-0.30, false),
  /** The same place (one name contained in the other). */
  SAME_PLACE(0.10, false),
  /** A cited document in common; at most two counted. */
  SHARED_DOCUMENT(0.10, false);

  private final double defaultWeight;
  private final boolean anchor;

  EvidenceKind(double defaultWeight, boolean anchor) {
    this.defaultWeight = defaultWeight;
    this.anchor = anchor;
  }

  /** The weight this evidence has unless the matcher's builder sets another. */
  public double defaultWeight() {
    return defaultWeight;
  }

  /** True for the evidence at least one of which a match needs. */
  public boolean isAnchor() {
    return anchor;
  }
}
