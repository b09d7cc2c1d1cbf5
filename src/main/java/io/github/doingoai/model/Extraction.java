package io.github.doingoai.model;

import java.util.List;

/**
 * Everything one article yields. Field names are the JSON contract of {@code GUIDELINES.md}.
 *
 * @param source where the article came from (a file name), or {@code null}
 * @param published the article's own date: from its byline, else the caller's reference date, else {@code null}
 * @param title the article's headline, or {@code null}
 * @param officials every named office holder, once each
 * @param meetings the meetings the article reports as happening
 * @param recalledMeetings meetings the article only recalls or announces; kept apart from {@code meetings}
 * @param agreements agreements signed, proposed or referred to
 * @param pillars foreign-affairs pillars and channels named, once each
 * @param priorities numbered lists of priorities
 * @param strategies strategies with a horizon
 * @param documents documents cited by number
 * @param dates every temporal expression found
 * @param authors journalists and photographers of bylines and credits
 * @param warnings what the library noticed about the input and could not act on (for example
 *     text that looks like legacy-encoded Vietnamese), each a sentence for people
 */
public record Extraction(
    String source,
    PartialDate published,
    String title,
    List<Official> officials,
    List<Meeting> meetings,
    List<Meeting> recalledMeetings,
    List<Agreement> agreements,
    List<StrategicPillar> pillars,
    List<PriorityList> priorities,
    List<Strategy> strategies,
    List<DocumentRef> documents,
    List<TemporalExpression> dates,
    List<Author> authors,
    List<String> warnings) {

  /** Copies the lists; {@code null} lists become empty. */
  public Extraction {
    officials = Lists.copy(officials, "officials");
    meetings = Lists.copy(meetings, "meetings");
    recalledMeetings = Lists.copy(recalledMeetings, "recalledMeetings");
    agreements = Lists.copy(agreements, "agreements");
    pillars = Lists.copy(pillars, "pillars");
    priorities = Lists.copy(priorities, "priorities");
    strategies = Lists.copy(strategies, "strategies");
    documents = Lists.copy(documents, "documents");
    dates = Lists.copy(dates, "dates");
    authors = Lists.copy(authors, "authors");
    warnings = Lists.copy(warnings, "warnings");
  }

  /** An extraction that found nothing. */
  public static Extraction empty(String source, PartialDate published) {
    return new Extraction(source, published, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** This extraction with another {@code source}. */
  public Extraction withSource(String newSource) {
    return new Extraction(newSource, published, title, officials, meetings, recalledMeetings, agreements,
        pillars, priorities, strategies, documents, dates, authors, warnings);
  }
}
