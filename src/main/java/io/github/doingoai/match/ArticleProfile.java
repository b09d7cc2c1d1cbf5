package io.github.doingoai.match;

import io.github.doingoai.model.Agreement;
import io.github.doingoai.model.AgreementKind;
import io.github.doingoai.model.AgreementStatus;
import io.github.doingoai.model.DocumentRef;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.Meeting;
import io.github.doingoai.model.MeetingKind;
import io.github.doingoai.model.Official;
import io.github.doingoai.model.PartialDate;
import io.github.doingoai.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the matcher keeps of one article: its main meeting (the first one it reports as happening,
 * which is the one its lead is about), its officials with their positions, its agreements and the
 * documents it cites. Small enough to keep a million in memory and to save as JSON.
 *
 * @param articleId the caller's id of the article
 * @param published the article's own date, or {@code null}
 * @param meeting the main meeting, or {@code null} when the article reports none
 * @param officials every official the article names, with the texts of their positions
 * @param agreements the agreements the article reports
 * @param documents the codes of the documents the article cites
 */
public record ArticleProfile(
    String articleId,
    PartialDate published,
    Meeting meeting,
    List<OfficialRef> officials,
    List<AgreementRef> agreements,
    List<String> documents) {

  /** Limit on officials kept per article: a long list adds blocking keys, not evidence. */
  static final int MAX_OFFICIALS = 24;

  /** Checks the article id; the lists are copied and {@code null} lists become empty. */
  public ArticleProfile {
    Objects.requireNonNull(articleId, "articleId");
    officials = officials == null ? List.of() : List.copyOf(officials);
    agreements = agreements == null ? List.of() : List.copyOf(agreements);
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  /**
   * An official as one article gives them.
   *
   * @param name the full name as written
   * @param positions the texts of the offices the article gives
   */
  public record OfficialRef(String name, List<String> positions) {
    /** Checks the name; the positions are copied, {@code null} becomes empty. */
    public OfficialRef {
      Objects.requireNonNull(name, "name");
      positions = positions == null ? List.of() : List.copyOf(positions);
    }
  }

  /**
   * An agreement as one article reports it.
   *
   * @param kind what kind of agreement
   * @param status signed, proposed or referred to
   * @param title its name as written, or {@code null}
   * @param date the day it was signed, or {@code null}
   * @param parties the bodies bound by it, as written
   */
  public record AgreementRef(AgreementKind kind, AgreementStatus status, String title, PartialDate date,
      List<String> parties) {
    /** Checks the kind and the status; the parties are copied, {@code null} becomes empty. */
    public AgreementRef {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(status, "status");
      parties = parties == null ? List.of() : List.copyOf(parties);
    }
  }

  /** The profile of {@code extraction} under the caller's {@code articleId}. */
  public static ArticleProfile of(String articleId, Extraction extraction) {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(extraction, "extraction");
    Meeting main = extraction.meetings().isEmpty() ? null : strip(extraction.meetings().get(0));
    List<OfficialRef> officials = new ArrayList<>();
    for (Official o : extraction.officials()) {
      if (officials.size() == MAX_OFFICIALS) {
        break;
      }
      List<String> pos = new ArrayList<>();
      for (Position p : o.positions()) {
        pos.add(p.text());
      }
      officials.add(new OfficialRef(o.name(), pos));
    }
    List<AgreementRef> agreements = new ArrayList<>();
    for (Agreement a : extraction.agreements()) {
      agreements.add(new AgreementRef(a.kind(), a.status(), a.title(), a.date(), a.parties()));
    }
    List<String> documents = new ArrayList<>();
    for (DocumentRef d : extraction.documents()) {
      documents.add(d.code());
    }
    return new ArticleProfile(articleId, extraction.published(), main, officials, agreements, documents);
  }

  /** The meeting without its evidence spans, which point into a text the index does not keep. */
  private static Meeting strip(Meeting m) {
    return new Meeting(m.id(), m.kind(), m.name(), m.date(), m.partOfDay(), m.location(), m.organisers(),
        m.chairs(), m.participants(), m.edition(), m.attendees(), m.attendeesQualifier(), m.theme(),
        m.format(), List.of());
  }

  /** The main meeting's kind, or {@code null}. */
  MeetingKind kind() {
    return meeting == null ? null : meeting.kind();
  }

  /** The main meeting's date, or {@code null}. */
  PartialDate meetingDate() {
    return meeting == null ? null : meeting.date();
  }
}
