package io.github.doingoai;

import io.github.doingoai.model.Agreement;
import io.github.doingoai.model.DatePeriod;
import io.github.doingoai.model.DocumentRef;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.Meeting;
import io.github.doingoai.model.Official;
import io.github.doingoai.model.PartialDate;
import io.github.doingoai.model.Position;
import io.github.doingoai.model.Priority;
import io.github.doingoai.model.PriorityList;
import io.github.doingoai.model.StrategicPillar;
import io.github.doingoai.model.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A summary of an {@link Extraction} for people: a few lines per kind of record, leaving out what
 * the article did not say. For a terminal, a log line or JShell; for programs use the records or
 * {@link io.github.doingoai.json.JsonCodec}. The layout may change between versions: do not parse it.
 *
 * <pre>{@code
 * Extraction r = Doingoai.extractor().build().extract(text);
 * System.out.println(Describe.of(r));
 * // Article: Chủ tịch UBND tỉnh tiếp Đại sứ Nhật Bản (published 2025-03-14)
 * // Officials (2):
 * //   Trần Minh Khoa: Phó Bí thư Tỉnh ủy; Chủ tịch UBND tỉnh Khánh Hòa
 * //   ...
 * // Meetings (1):
 * //   reception, 2025-03-14 morning, at trụ sở UBND tỉnh; chaired by Trần Minh Khoa
 * }</pre>
 */
public final class Describe {

  /** Longer free texts (priority items, themes) are cut to this many chars, ending with an ellipsis. */
  static final int MAX_TEXT = 90;

  private Describe() {}

  /**
   * Describes an extraction in a few lines separated by {@code \n}, without a final line feed.
   *
   * @param extraction what an {@link Extractor} returned, or a record built or read from JSON
   * @return the description; {@code "Nothing found."} follows the heading when the extraction is empty
   */
  public static String of(Extraction extraction) {
    Objects.requireNonNull(extraction, "extraction");
    List<String> lines = new ArrayList<>();
    lines.add(heading(extraction));
    int before = lines.size();

    section(lines, "Officials", extraction.officials().size());
    for (Official o : extraction.officials()) {
      lines.add("  " + official(o));
    }
    section(lines, "Meetings", extraction.meetings().size());
    for (Meeting m : extraction.meetings()) {
      lines.add("  " + meeting(m));
    }
    section(lines, "Recalled or announced meetings", extraction.recalledMeetings().size());
    for (Meeting m : extraction.recalledMeetings()) {
      lines.add("  " + meeting(m));
    }
    section(lines, "Agreements", extraction.agreements().size());
    for (Agreement a : extraction.agreements()) {
      lines.add("  " + agreement(a));
    }
    if (!extraction.pillars().isEmpty()) {
      List<String> ps = new ArrayList<>();
      for (StrategicPillar p : extraction.pillars()) {
        ps.add(words(p.pillar()) + (p.evidence().size() > 1 ? " (" + p.evidence().size() + "×)" : ""));
      }
      lines.add("Pillars: " + String.join(", ", ps));
    }
    for (PriorityList pl : extraction.priorities()) {
      priorities(lines, pl);
    }
    section(lines, "Strategies", extraction.strategies().size());
    for (Strategy s : extraction.strategies()) {
      lines.add("  " + strategy(s));
    }
    if (!extraction.documents().isEmpty()) {
      List<String> ds = new ArrayList<>();
      for (DocumentRef d : extraction.documents()) {
        ds.add(d.code() + " (" + words(d.type()) + (d.date() != null ? ", " + d.date() : "") + ")");
      }
      lines.add("Documents: " + String.join(", ", ds));
    }
    if (!extraction.authors().isEmpty()) {
      lines.add("Authors: " + String.join(", ", extraction.authors().stream().map(a -> a.name()).distinct().toList()));
    }
    for (String w : extraction.warnings()) {
      lines.add("Warning: " + w);
    }
    if (lines.size() == before) {
      lines.add("Nothing found.");
    }
    return String.join("\n", lines);
  }

  private static String heading(Extraction e) {
    StringBuilder sb = new StringBuilder("Article");
    if (e.source() != null) {
      sb.append(' ').append(e.source());
    }
    if (e.title() != null) {
      sb.append(": ").append(cut(e.title()));
    }
    if (e.published() != null) {
      sb.append(" (published ").append(e.published()).append(')');
    }
    return sb.toString();
  }

  private static void section(List<String> lines, String name, int count) {
    if (count > 0) {
      lines.add(name + " (" + count + "):");
    }
  }

  /** {@code Name: position; position}; former offices are marked as the article marks them. */
  static String official(Official o) {
    if (o.positions().isEmpty()) {
      return o.name();
    }
    List<String> ps = new ArrayList<>();
    for (Position p : o.positions()) {
      ps.add(p.text());
    }
    return o.name() + ": " + String.join("; ", ps);
  }

  /** {@code kind "name", date part-of-day, at place; chaired by ...; with ...; ...}. */
  static String meeting(Meeting m) {
    StringBuilder sb = new StringBuilder(words(m.kind()));
    if (m.name() != null) {
      sb.append(" “").append(cut(m.name())).append('”');
    }
    if (m.date() != null || m.partOfDay() != null) {
      sb.append(',');
      if (m.date() != null) {
        sb.append(' ').append(date(m.date()));
      }
      if (m.partOfDay() != null) {
        sb.append(' ').append(words(m.partOfDay()));
      }
    }
    if (m.location() != null) {
      sb.append(", at ").append(m.location());
    }
    if (m.format() != null) {
      sb.append(", ").append(words(m.format()));
    }
    List<String> parts = new ArrayList<>();
    if (!m.organisers().isEmpty()) {
      parts.add("held by " + String.join(", ", m.organisers()));
    }
    if (!m.chairs().isEmpty()) {
      parts.add("chaired by " + String.join(", ", m.chairs()));
    }
    if (!m.participants().isEmpty()) {
      parts.add("with " + String.join(", ", m.participants()));
    }
    if (m.edition() != null) {
      parts.add("edition " + m.edition());
    }
    if (m.attendees() != null) {
      String q = m.attendeesQualifier() == null ? "" : switch (m.attendeesQualifier()) {
        case EXACT -> "";
        case ABOUT -> "about ";
        case NEARLY -> "nearly ";
        case MORE_THAN -> "more than ";
        case UP_TO -> "up to ";
      };
      parts.add(q + m.attendees() + " attending");
    }
    if (m.theme() != null) {
      parts.add("theme “" + cut(m.theme()) + "”");
    }
    if (!parts.isEmpty()) {
      sb.append("; ").append(String.join("; ", parts));
    }
    return sb.toString();
  }

  /** {@code kind, status date: "title"; between ...; signed by ...; period}. */
  static String agreement(Agreement a) {
    StringBuilder sb = new StringBuilder(words(a.kind())).append(", ").append(words(a.status()));
    if (a.date() != null) {
      sb.append(' ').append(date(a.date()));
    }
    if (a.title() != null) {
      sb.append(": “").append(cut(a.title())).append('”');
    }
    List<String> parts = new ArrayList<>();
    if (!a.parties().isEmpty()) {
      parts.add("between " + String.join(" and ", a.parties()));
    }
    if (!a.signatories().isEmpty()) {
      parts.add("signed by " + String.join(", ", a.signatories()));
    }
    if (a.period() != null) {
      parts.add("for " + period(a.period()));
    }
    if (!a.provisions().isEmpty()) {
      parts.add(a.provisions().size() + (a.provisions().size() == 1 ? " provision" : " provisions"));
    }
    if (!parts.isEmpty()) {
      sb.append("; ").append(String.join("; ", parts));
    }
    return sb.toString();
  }

  private static void priorities(List<String> lines, PriorityList pl) {
    StringBuilder sb = new StringBuilder("Priorities");
    if (pl.speaker() != null) {
      sb.append(" of ").append(pl.speaker());
    }
    sb.append(" (").append(pl.items().size()).append(" listed");
    if (pl.announcedCount() != null && pl.announcedCount() != pl.items().size()) {
      sb.append(", ").append(pl.announcedCount()).append(" announced");
    }
    lines.add(sb.append("):").toString());
    for (Priority p : pl.items()) {
      String pillars = p.pillars().isEmpty() ? ""
          : " [" + String.join(", ", p.pillars().stream().map(Describe::words).toList()) + "]";
      lines.add("  " + p.ordinal() + ". " + cut(p.span().text()) + pillars);
    }
  }

  private static String strategy(Strategy s) {
    StringBuilder sb = new StringBuilder(cut(s.name()));
    if (s.horizon() != null) {
      sb.append(", to ").append(s.horizon());
    }
    if (s.vision() != null) {
      sb.append(", vision to ").append(s.vision());
    }
    return sb.toString();
  }

  private static String period(DatePeriod p) {
    return (p.start() == null ? "…" : p.start().toString()) + "–" + (p.end() == null ? "…" : p.end().toString());
  }

  /** ISO, but a day without its year reads {@code 26/4 (year unknown)} rather than {@code --04-26}. */
  private static String date(PartialDate d) {
    if (d.year().isEmpty()) {
      String md = d.day().isPresent() ? d.day().get() + "/" + d.month().get() : "month " + d.month().get();
      return md + " (year unknown)";
    }
    return d.toString();
  }

  /** {@code MEMORANDUM_OF_UNDERSTANDING} reads {@code memorandum of understanding}. */
  private static String words(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Collapses white space and cuts long texts at a word boundary when there is one. */
  static String cut(String s) {
    String one = s.strip().replaceAll("\\s++", " ");
    if (one.length() <= MAX_TEXT) {
      return one;
    }
    int end = MAX_TEXT - 1;
    if (Character.isLowSurrogate(one.charAt(end))) {
      end--;
    }
    int space = one.lastIndexOf(' ', end);
    if (space > MAX_TEXT / 2) {
      end = space;
    }
    return one.substring(0, end).stripTrailing() + "…";
  }
}
