package io.github.doingoai.model;

import java.util.List;
import java.util.Objects;

/**
 * A meeting, conference, working session, talks, reception, seminar, ceremony or visit.
 *
 * @param id identifier unique inside one extraction ({@code m1}...)
 * @param kind what kind of meeting
 * @param name its name as written ({@code Hội nghị Ngoại vụ toàn quốc lần thứ 20}), or {@code null}
 * @param date its day, or {@code null} when the article does not give it
 * @param partOfDay {@code sáng} = MORNING..., or {@code null}
 * @param location the place named with {@code tại}, or {@code null}
 * @param organisers the bodies that hold it
 * @param chairs the persons who chair or co-chair it
 * @param participants officials reported attending, the delegation heads
 * @param edition the number in {@code lần thứ 20}, or {@code null}
 * @param attendees the headcount in {@code gần 200 đại biểu}, or {@code null}
 * @param attendeesQualifier how exact the headcount is, or {@code null} without a headcount
 * @param theme the theme in {@code với chủ đề “...”}, or {@code null}
 * @param format in person, online or both, or {@code null}
 * @param evidence the places in the text that report it, first the one that names it
 */
public record Meeting(
    String id,
    MeetingKind kind,
    String name,
    PartialDate date,
    PartOfDay partOfDay,
    String location,
    List<String> organisers,
    List<String> chairs,
    List<String> participants,
    Integer edition,
    Integer attendees,
    Qualifier attendeesQualifier,
    String theme,
    MeetingFormat format,
    List<Span> evidence) {
  /** Checks the required fields and the counts; lists are copied and {@code null} lists become empty. */
  public Meeting {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    organisers = Lists.copy(organisers, "organisers");
    chairs = Lists.copy(chairs, "chairs");
    participants = Lists.copy(participants, "participants");
    evidence = Lists.copy(evidence, "evidence");
    if (edition != null && edition < 1) {
      throw new IllegalArgumentException("edition must be positive: " + edition);
    }
    if (attendees != null && attendees < 1) {
      throw new IllegalArgumentException("attendees must be positive: " + attendees);
    }
  }
}
