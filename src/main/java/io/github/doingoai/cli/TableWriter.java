package io.github.doingoai.cli;

import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.Meeting;
import io.github.doingoai.model.Official;
import io.github.doingoai.model.Position;
import io.github.doingoai.model.Span;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code --format csv|tsv}: one row per official and one per meeting, for spreadsheet users. CSV
 * quotes as RFC 4180 says; TSV has no quoting, so tabs and line feeds inside a field become spaces.
 */
final class TableWriter {
  static final List<String> HEADER = List.of("source", "record", "id", "name", "kind", "date", "part_of_day",
      "location", "positions", "chairs", "participants", "edition", "attendees", "start", "end");

  private final PrintStream out;
  private final char sep;

  TableWriter(PrintStream out, boolean tsv) {
    this.out = out;
    this.sep = tsv ? '\t' : ',';
  }

  void header() {
    row(HEADER);
  }

  void write(Extraction r) {
    for (Official o : r.officials()) {
      Span first = o.mentions().isEmpty() ? null : o.mentions().get(0).span();
      row(List.of(s(r.source()), "official", o.id(), o.name(), "", "", "", "",
          join(o.positions().stream().map(Position::text).toList()), "", "", "", "",
          first == null ? "" : String.valueOf(first.start()), first == null ? "" : String.valueOf(first.end())));
    }
    for (Meeting m : r.meetings()) {
      Span first = m.evidence().isEmpty() ? null : m.evidence().get(0);
      row(List.of(s(r.source()), "meeting", m.id(), s(m.name()), m.kind().name(), s(m.date()), s(m.partOfDay()),
          s(m.location()), "", join(m.chairs()), join(m.participants()), s(m.edition()), s(m.attendees()),
          first == null ? "" : String.valueOf(first.start()), first == null ? "" : String.valueOf(first.end())));
    }
  }

  private static String s(Object o) {
    return o == null ? "" : o.toString();
  }

  private static String join(List<String> items) {
    return String.join("; ", items);
  }

  private void row(List<String> fields) {
    List<String> cells = new ArrayList<>(fields.size());
    for (String f : fields) {
      cells.add(sep == '\t' ? tsv(f) : csv(f));
    }
    out.print(String.join(String.valueOf(sep), cells));
    out.print("\r\n".substring(sep == '\t' ? 1 : 0)); // RFC 4180 rows end in CRLF; TSV in LF
  }

  static String csv(String f) {
    Objects.requireNonNull(f, "f");
    if (f.indexOf(',') < 0 && f.indexOf('"') < 0 && f.indexOf('\n') < 0 && f.indexOf('\r') < 0) {
      return f;
    }
    return '"' + f.replace("\"", "\"\"") + '"';
  }

  static String tsv(String f) {
    return f.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
