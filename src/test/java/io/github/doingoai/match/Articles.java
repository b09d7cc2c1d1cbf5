package io.github.doingoai.match;

import io.github.doingoai.model.Agreement;
import io.github.doingoai.model.AgreementKind;
import io.github.doingoai.model.AgreementStatus;
import io.github.doingoai.model.DocumentRef;
import io.github.doingoai.model.DocumentType;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.Meeting;
import io.github.doingoai.model.MeetingKind;
import io.github.doingoai.model.Official;
import io.github.doingoai.model.PartOfDay;
import io.github.doingoai.model.PartialDate;
import io.github.doingoai.model.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test helper: hand-built extractions, written the way extractors report articles. */
final class Articles {
  private PartialDate published;
  private final List<Official> officials = new ArrayList<>();
  private final List<Meeting> meetings = new ArrayList<>();
  private final List<Agreement> agreements = new ArrayList<>();
  private final List<DocumentRef> documents = new ArrayList<>();

  static Articles article() {
    return new Articles();
  }

  Articles published(String iso) {
    published = PartialDate.parse(iso);
    return this;
  }

  Articles official(String name, String... positions) {
    List<Position> pos = new ArrayList<>();
    for (String p : positions) {
      pos.add(Position.ofText(p));
    }
    officials.add(new Official("o" + (officials.size() + 1), name, pos, List.of()));
    return this;
  }

  Articles meeting(MeetingKind kind, String date, String name, String location, Integer edition, String... chairs) {
    return meeting(kind, date, null, name, location, edition, List.of(), chairs);
  }

  Articles meeting(MeetingKind kind, String date, PartOfDay part, String name, String location, Integer edition,
      List<String> organisers, String... chairs) {
    meetings.add(new Meeting("m" + (meetings.size() + 1), kind, name, date == null ? null : PartialDate.parse(date),
        part, location, organisers, Arrays.asList(chairs), List.of(), edition, null, null, null, null, List.of()));
    return this;
  }

  Articles agreement(AgreementKind kind, AgreementStatus status, String date, String... parties) {
    agreements.add(new Agreement("a" + (agreements.size() + 1), kind, status, null,
        date == null ? null : PartialDate.parse(date), Arrays.asList(parties), List.of(), List.of(), null, List.of()));
    return this;
  }

  Articles document(String code) {
    documents.add(new DocumentRef(code, DocumentType.RESOLUTION, code.replaceAll("[^0-9].*", ""), null, null, null,
        null));
    return this;
  }

  Extraction build() {
    return new Extraction(null, published, null, officials, meetings, null, agreements, null, null, null, documents,
        null, null, null);
  }
}
