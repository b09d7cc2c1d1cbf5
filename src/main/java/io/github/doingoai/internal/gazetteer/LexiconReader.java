package io.github.doingoai.internal.gazetteer;

import io.github.doingoai.DoingoaiException;
import io.github.doingoai.ErrorKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads the curated data format: UTF-8 text, one entry per line, columns separated by TAB;
 * {@code #} starts a comment line; blank lines are ignored. Column 1 is the canonical form,
 * column 2 the category, column 3 the aliases separated by {@code |} (may be empty), further columns
 * are file-specific.
 */
public final class LexiconReader {
  private LexiconReader() {}

  /**
   * Reads every entry of {@code in}.
   *
   * @param name the file's name, for error messages
   * @param allowedKinds the categories column 2 may hold; empty means any
   * @throws DoingoaiException of kind {@link ErrorKind#BAD_DATA} naming the file, line and reason
   */
  public static List<LexiconEntry> read(Reader in, String name, Set<String> allowedKinds) {
    List<LexiconEntry> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(in)) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (no == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String where = name + " line " + no;
        if (line.indexOf('\uFFFD') >= 0) {
          throw bad(where, "contains U+FFFD: the file is not valid UTF-8");
        }
        String[] cols = line.split("\t", -1);
        if (cols.length < 2) {
          throw bad(where, "needs at least 2 TAB-separated columns (name, kind), found " + cols.length
              + (line.contains("  ") ? "; are the columns separated by spaces instead of TABs?" : ""));
        }
        String n = cols[0].strip();
        String kind = cols[1].strip();
        if (n.isEmpty()) {
          throw bad(where, "column 1 (name) is empty");
        }
        if (kind.isEmpty()) {
          throw bad(where, "column 2 (kind) is empty");
        }
        if (!allowedKinds.isEmpty() && !allowedKinds.contains(kind)) {
          throw bad(where, "column 2 (kind) is \"" + kind + "\"; allowed: " + String.join(", ", allowedKinds.stream().sorted().toList()));
        }
        List<String> aliases = new ArrayList<>();
        if (cols.length > 2 && !cols[2].isBlank()) {
          for (String a : cols[2].split("\\|", -1)) {
            String al = a.strip();
            if (al.isEmpty()) {
              throw bad(where, "column 3 (aliases) has an empty alias: \"" + cols[2] + "\"");
            }
            aliases.add(al);
          }
        }
        List<String> extra = cols.length > 3 ? Arrays.stream(cols, 3, cols.length).map(String::strip).toList() : List.of();
        out.add(new LexiconEntry(n, kind, aliases, extra, name + ":" + no));
      }
    } catch (IOException e) {
      throw new DoingoaiException(ErrorKind.IO, name + ": cannot read: " + e.getMessage(), e);
    }
    return out;
  }

  public static DoingoaiException bad(String where, String reason) {
    return new DoingoaiException(ErrorKind.BAD_DATA, where + ": " + reason);
  }
}
