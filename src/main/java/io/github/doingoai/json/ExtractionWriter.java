package io.github.doingoai.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.doingoai.model.Agreement;
import io.github.doingoai.model.Author;
import io.github.doingoai.model.DatePeriod;
import io.github.doingoai.model.DocumentRef;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.Meeting;
import io.github.doingoai.model.Mention;
import io.github.doingoai.model.Official;
import io.github.doingoai.model.PartialDate;
import io.github.doingoai.model.Pillar;
import io.github.doingoai.model.Position;
import io.github.doingoai.model.Priority;
import io.github.doingoai.model.PriorityList;
import io.github.doingoai.model.Span;
import io.github.doingoai.model.StrategicPillar;
import io.github.doingoai.model.Strategy;
import io.github.doingoai.model.TemporalExpression;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/**
 * Writes an {@link Extraction} with Jackson's streaming generator, field by field, in the order and
 * form the data-binding mapper writes it (record components in declaration order, nulls written,
 * enums by name, dates by {@link PartialDate#toString()}).
 *
 * <p>Why not the mapper: its first {@code writeValueAsString} in a JVM introspects some twenty
 * record types, about half a second, more than the command line spends extracting one article.
 * The generator needs no introspection. {@code ExtractionWriterTest} holds the two outputs equal
 * on every test article, so a component added to a model record and not here fails the build.
 */
final class ExtractionWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private ExtractionWriter() {}

  static String write(Extraction e, boolean pretty) throws IOException {
    StringWriter out = new StringWriter(4096);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        g.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      extraction(g, e);
    }
    return out.toString();
  }

  /** One kind of value, written where the generator stands. */
  private interface Part<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private static void extraction(JsonGenerator g, Extraction e) throws IOException {
    g.writeStartObject();
    g.writeStringField("source", e.source());
    date(g, "published", e.published());
    g.writeStringField("title", e.title());
    list(g, "officials", e.officials(), ExtractionWriter::official);
    list(g, "meetings", e.meetings(), ExtractionWriter::meeting);
    list(g, "recalledMeetings", e.recalledMeetings(), ExtractionWriter::meeting);
    list(g, "agreements", e.agreements(), ExtractionWriter::agreement);
    list(g, "pillars", e.pillars(), ExtractionWriter::pillar);
    list(g, "priorities", e.priorities(), ExtractionWriter::priorityList);
    list(g, "strategies", e.strategies(), ExtractionWriter::strategy);
    list(g, "documents", e.documents(), ExtractionWriter::document);
    list(g, "dates", e.dates(), ExtractionWriter::temporal);
    list(g, "authors", e.authors(), ExtractionWriter::author);
    strings(g, "warnings", e.warnings());
    g.writeEndObject();
  }

  private static void official(JsonGenerator g, Official o) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", o.id());
    g.writeStringField("name", o.name());
    list(g, "positions", o.positions(), ExtractionWriter::position);
    list(g, "mentions", o.mentions(), ExtractionWriter::mention);
    g.writeEndObject();
  }

  private static void position(JsonGenerator g, Position p) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", p.text());
    g.writeStringField("title", p.title());
    g.writeStringField("body", p.body());
    g.writeBooleanField("former", p.former());
    span(g, "span", p.span());
    g.writeEndObject();
  }

  private static void mention(JsonGenerator g, Mention m) throws IOException {
    g.writeStartObject();
    span(g, "span", m.span());
    name(g, "kind", m.kind());
    g.writeEndObject();
  }

  private static void meeting(JsonGenerator g, Meeting m) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", m.id());
    name(g, "kind", m.kind());
    g.writeStringField("name", m.name());
    date(g, "date", m.date());
    name(g, "partOfDay", m.partOfDay());
    g.writeStringField("location", m.location());
    strings(g, "organisers", m.organisers());
    strings(g, "chairs", m.chairs());
    strings(g, "participants", m.participants());
    integer(g, "edition", m.edition());
    integer(g, "attendees", m.attendees());
    name(g, "attendeesQualifier", m.attendeesQualifier());
    g.writeStringField("theme", m.theme());
    name(g, "format", m.format());
    list(g, "evidence", m.evidence(), ExtractionWriter::span);
    g.writeEndObject();
  }

  private static void agreement(JsonGenerator g, Agreement a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    name(g, "kind", a.kind());
    name(g, "status", a.status());
    g.writeStringField("title", a.title());
    date(g, "date", a.date());
    strings(g, "parties", a.parties());
    strings(g, "signatories", a.signatories());
    strings(g, "provisions", a.provisions());
    g.writeFieldName("period");
    DatePeriod p = a.period();
    if (p == null) {
      g.writeNull();
    } else {
      g.writeStartObject();
      date(g, "start", p.start());
      date(g, "end", p.end());
      g.writeEndObject();
    }
    list(g, "evidence", a.evidence(), ExtractionWriter::span);
    g.writeEndObject();
  }

  private static void pillar(JsonGenerator g, StrategicPillar p) throws IOException {
    g.writeStartObject();
    name(g, "pillar", p.pillar());
    list(g, "evidence", p.evidence(), ExtractionWriter::span);
    g.writeEndObject();
  }

  private static void priorityList(JsonGenerator g, PriorityList p) throws IOException {
    g.writeStartObject();
    g.writeStringField("speaker", p.speaker());
    integer(g, "announcedCount", p.announcedCount());
    span(g, "heading", p.heading());
    list(g, "items", p.items(), ExtractionWriter::priority);
    g.writeEndObject();
  }

  private static void priority(JsonGenerator g, Priority p) throws IOException {
    g.writeStartObject();
    g.writeNumberField("ordinal", p.ordinal());
    span(g, "span", p.span());
    list(g, "pillars", p.pillars(), (gen, x) -> gen.writeString(x.name()));
    g.writeEndObject();
  }

  private static void strategy(JsonGenerator g, Strategy s) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", s.name());
    integer(g, "horizon", s.horizon());
    integer(g, "vision", s.vision());
    span(g, "span", s.span());
    g.writeEndObject();
  }

  private static void document(JsonGenerator g, DocumentRef d) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", d.code());
    name(g, "type", d.type());
    g.writeStringField("number", d.number());
    integer(g, "year", d.year());
    g.writeStringField("issuer", d.issuer());
    date(g, "date", d.date());
    span(g, "span", d.span());
    g.writeEndObject();
  }

  private static void temporal(JsonGenerator g, TemporalExpression t) throws IOException {
    g.writeStartObject();
    span(g, "span", t.span());
    name(g, "kind", t.kind());
    date(g, "date", t.date());
    date(g, "end", t.end());
    name(g, "partOfDay", t.partOfDay());
    g.writeStringField("time", t.time());
    g.writeEndObject();
  }

  private static void author(JsonGenerator g, Author a) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", a.name());
    span(g, "span", a.span());
    g.writeEndObject();
  }

  private static void span(JsonGenerator g, String field, Span s) throws IOException {
    g.writeFieldName(field);
    span(g, s);
  }

  private static void span(JsonGenerator g, Span s) throws IOException {
    if (s == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeStringField("text", s.text());
    g.writeEndObject();
  }

  private static <T> void list(JsonGenerator g, String field, List<T> values, Part<T> part) throws IOException {
    g.writeFieldName(field);
    if (values == null) {
      g.writeNull();
      return;
    }
    g.writeStartArray();
    for (T v : values) {
      if (v == null) {
        g.writeNull();
      } else {
        part.write(g, v);
      }
    }
    g.writeEndArray();
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    list(g, field, values, JsonGenerator::writeString);
  }

  private static void date(JsonGenerator g, String field, PartialDate d) throws IOException {
    g.writeStringField(field, d == null ? null : d.toString());
  }

  private static void name(JsonGenerator g, String field, Enum<?> e) throws IOException {
    g.writeStringField(field, e == null ? null : e.name());
  }

  private static void integer(JsonGenerator g, String field, Integer i) throws IOException {
    g.writeFieldName(field);
    if (i == null) {
      g.writeNull();
    } else {
      g.writeNumber(i);
    }
  }
}
