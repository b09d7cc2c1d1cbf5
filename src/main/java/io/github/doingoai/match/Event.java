package io.github.doingoai.match;

import java.util.List;
import java.util.Objects;

/**
 * One real-world event and the articles that report it.
 *
 * @param id a stable, readable id: the meeting's kind, its date and the first article
 *     ({@code conference-04-26-000}); {@code article-ID} for an article that reports no meeting
 * @param articles the articles that report it, in the order they were added
 * @param meeting the merged meeting record, or {@code null} for an article without a meeting
 * @param links how each article after the first joined, with the evidence
 * @param agreements the ids of the agreements the event's articles report as signed
 *     ({@link AgreementRegistry})
 */
public record Event(String id, List<String> articles, MergedMeeting meeting, List<Link> links,
    List<String> agreements) {
  /** Checks the id; the lists are copied. */
  public Event {
    Objects.requireNonNull(id, "id");
    articles = List.copyOf(articles);
    links = List.copyOf(links);
    agreements = List.copyOf(agreements);
  }
}
