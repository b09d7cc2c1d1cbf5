package io.github.doingoai.testing;

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

/** Every {@link Span} an extraction holds, wherever it is. */
public final class Spans {
  private Spans() {}

  public static List<Span> of(Extraction e) {
    List<Span> out = new ArrayList<>();
    for (Official o : e.officials()) {
      for (Position p : o.positions()) {
        add(out, p.span());
      }
      for (Mention m : o.mentions()) {
        add(out, m.span());
      }
    }
    for (Meeting m : e.meetings()) {
      m.evidence().forEach(s -> add(out, s));
    }
    for (Meeting m : e.recalledMeetings()) {
      m.evidence().forEach(s -> add(out, s));
    }
    for (Agreement a : e.agreements()) {
      a.evidence().forEach(s -> add(out, s));
    }
    for (StrategicPillar p : e.pillars()) {
      p.evidence().forEach(s -> add(out, s));
    }
    for (PriorityList l : e.priorities()) {
      add(out, l.heading());
      for (Priority p : l.items()) {
        add(out, p.span());
      }
    }
    for (Strategy s : e.strategies()) {
      add(out, s.span());
    }
    for (DocumentRef d : e.documents()) {
      add(out, d.span());
    }
    for (TemporalExpression t : e.dates()) {
      add(out, t.span());
    }
    for (Author a : e.authors()) {
      add(out, a.span());
    }
    return out;
  }

  private static void add(List<Span> out, Span s) {
    if (s != null) {
      out.add(s);
    }
  }
}
