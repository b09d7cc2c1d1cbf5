package io.github.doingoai.internal.gazetteer;

import java.util.List;

/**
 * One line of a curated data file.
 *
 * @param name the canonical form (column 1)
 * @param kind the entry's category (column 2), from the file's documented vocabulary
 * @param aliases other spellings (column 3, separated by {@code |})
 * @param extra further columns, file-specific (column 4 on)
 * @param source file name and line, for error messages: {@code titles.tsv:12}
 */
public record LexiconEntry(String name, String kind, List<String> aliases, List<String> extra, String source) {
  public LexiconEntry {
    aliases = List.copyOf(aliases);
    extra = List.copyOf(extra);
  }

  /** Column {@code i} (1-based) or {@code ""} when absent. */
  public String column(int i) {
    if (i == 1) {
      return name;
    }
    if (i == 2) {
      return kind;
    }
    if (i == 3) {
      return String.join("|", aliases);
    }
    return i - 4 < extra.size() ? extra.get(i - 4) : "";
  }

  /** The name and all aliases. */
  public List<String> forms() {
    List<String> all = new java.util.ArrayList<>(aliases.size() + 1);
    all.add(name);
    all.addAll(aliases);
    return all;
  }
}
