package io.github.doingoai;

import io.github.doingoai.model.Agreement;
import io.github.doingoai.model.Author;
import io.github.doingoai.model.DocumentRef;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.Meeting;
import io.github.doingoai.model.Mention;
import io.github.doingoai.model.Official;
import io.github.doingoai.model.Position;
import io.github.doingoai.model.Priority;
import io.github.doingoai.model.PriorityList;
import io.github.doingoai.model.Span;
import io.github.doingoai.model.StrategicPillar;
import io.github.doingoai.model.Strategy;
import io.github.doingoai.model.TemporalExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rewrites every span of an extraction: used when the pipeline ran on text decoded from mojibake,
 * so that names stay readable Unicode while spans point into the caller's original string.
 */
final class SpanMapper {
  private SpanMapper() {}

  static Extraction map(Extraction e, UnaryOperator<Span> f, List<String> moreWarnings) {
    List<Official> officials = new ArrayList<>();
    for (Official o : e.officials()) {
      List<Position> ps = new ArrayList<>();
      for (Position p : o.positions()) {
        ps.add(new Position(p.text(), p.title(), p.body(), p.former(), m(f, p.span())));
      }
      List<Mention> ms = new ArrayList<>();
      for (Mention x : o.mentions()) {
        ms.add(new Mention(m(f, x.span()), x.kind()));
      }
      officials.add(new Official(o.id(), o.name(), ps, ms));
    }
    List<Agreement> agreements = new ArrayList<>();
    for (Agreement a : e.agreements()) {
      agreements.add(new Agreement(a.id(), a.kind(), a.status(), a.title(), a.date(), a.parties(), a.signatories(),
          a.provisions(), a.period(), all(f, a.evidence())));
    }
    List<StrategicPillar> pillars = new ArrayList<>();
    for (StrategicPillar p : e.pillars()) {
      pillars.add(new StrategicPillar(p.pillar(), all(f, p.evidence())));
    }
    List<PriorityList> priorities = new ArrayList<>();
    for (PriorityList l : e.priorities()) {
      List<Priority> items = new ArrayList<>();
      for (Priority p : l.items()) {
        items.add(new Priority(p.ordinal(), m(f, p.span()), p.pillars()));
      }
      priorities.add(new PriorityList(l.speaker(), l.announcedCount(), m(f, l.heading()), items));
    }
    List<Strategy> strategies = new ArrayList<>();
    for (Strategy s : e.strategies()) {
      strategies.add(new Strategy(s.name(), s.horizon(), s.vision(), m(f, s.span())));
    }
    List<DocumentRef> documents = new ArrayList<>();
    for (DocumentRef d : e.documents()) {
      documents.add(new DocumentRef(d.code(), d.type(), d.number(), d.year(), d.issuer(), d.date(), m(f, d.span())));
    }
    List<TemporalExpression> dates = new ArrayList<>();
    for (TemporalExpression t : e.dates()) {
      dates.add(new TemporalExpression(m(f, t.span()), t.kind(), t.date(), t.end(), t.partOfDay(), t.time()));
    }
    List<Author> authors = new ArrayList<>();
    for (Author a : e.authors()) {
      authors.add(new Author(a.name(), m(f, a.span())));
    }
    List<String> warnings = new ArrayList<>(moreWarnings);
    warnings.addAll(e.warnings());
    return new Extraction(e.source(), e.published(), e.title(), officials, meetings(f, e.meetings()),
        meetings(f, e.recalledMeetings()), agreements, pillars, priorities, strategies, documents, dates, authors,
        warnings);
  }

  private static List<Meeting> meetings(UnaryOperator<Span> f, List<Meeting> in) {
    List<Meeting> out = new ArrayList<>();
    for (Meeting x : in) {
      out.add(new Meeting(x.id(), x.kind(), x.name(), x.date(), x.partOfDay(), x.location(), x.organisers(), x.chairs(),
          x.participants(), x.edition(), x.attendees(), x.attendeesQualifier(), x.theme(), x.format(), all(f, x.evidence())));
    }
    return out;
  }

  private static List<Span> all(UnaryOperator<Span> f, List<Span> spans) {
    List<Span> out = new ArrayList<>(spans.size());
    for (Span s : spans) {
      out.add(f.apply(s));
    }
    return out;
  }

  private static Span m(UnaryOperator<Span> f, Span s) {
    return s == null ? null : f.apply(s);
  }
}
