package io.github.doingoai.internal.gazetteer;

import io.github.doingoai.DataKind;
import io.github.doingoai.DoingoaiException;
import io.github.doingoai.ErrorKind;
import io.github.doingoai.internal.text.BoilerplateRule;
import io.github.doingoai.internal.text.VietnameseNormalizer;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * All curated data, loaded once (bundled files plus the caller's additions) and indexed for
 * matching. Immutable and thread-safe.
 */
public final class Gazetteer {

  /** Allowed values of column 2, per file. */
  static final Map<DataKind, Set<String>> KINDS = new EnumMap<>(Map.of(
      DataKind.TITLES, Set.of("party", "state", "government", "legislature", "judiciary", "diplomatic",
          "foreign", "military", "mass", "local", "other"),
      DataKind.BODIES, Set.of("party", "state", "government", "ministry", "legislature", "judiciary",
          "local-party", "local-government", "local-council", "department", "mass", "military",
          "diplomatic", "foreign", "other"),
      DataKind.PLACES, Set.of("province", "city", "district", "ward", "commune", "region", "other"),
      DataKind.COUNTRIES, Set.of("country", "foreign-region", "organisation"),
      DataKind.SURNAMES, Set.of("surname"),
      DataKind.HONORIFICS, Set.of("honorific", "rank", "academic"),
      DataKind.HISTORICAL, Set.of("person"),
      DataKind.PILLARS, Set.of("POLITICAL", "ECONOMIC", "CULTURAL", "EXTERNAL_INFORMATION", "PEOPLE_TO_PEOPLE",
          "OVERSEAS_VIETNAMESE", "PARTY", "STATE", "DEFENCE", "NEGATIVE"),
      DataKind.BOILERPLATE, Set.of("line", "tail", "caption-label")));

  /**
   * The kinds matched as phrases through {@link #index(DataKind)}; the others are cue lists that
   * their extractor reads with {@link #entries(DataKind)} and checks with {@link #entries(DataKind, Set)}.
   */
  private static final java.util.Set<DataKind> INDEXED = java.util.EnumSet.of(DataKind.TITLES, DataKind.BODIES,
      DataKind.PLACES, DataKind.COUNTRIES, DataKind.SURNAMES, DataKind.HONORIFICS, DataKind.HISTORICAL,
      DataKind.PILLARS);

  /**
   * Every entry of one cue list, checked against the roles only its extractor knows: fails with the
   * file, line and reason when an entry's column 2 is not one of {@code allowed}.
   */
  public List<LexiconEntry> entries(DataKind kind, Set<String> allowed) {
    List<LexiconEntry> list = entries(kind);
    requireKinds(list, allowed);
    return list;
  }

  private static void requireKinds(List<LexiconEntry> entries, Set<String> allowed) {
    for (LexiconEntry e : entries) {
      if (!allowed.contains(e.kind())) {
        throw LexiconReader.bad(e.source().replaceFirst(":(\\d+)$", " line $1"), "column 2 (kind) is \"" + e.kind()
            + "\"; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  /** A caller's extra data: a name for messages and a way to open it. */
  public record Source(DataKind kind, String name, ReaderSupplier open) {}

  /** Opens a reader; may throw. */
  @FunctionalInterface
  public interface ReaderSupplier {
    Reader open() throws java.io.IOException;
  }

  private final Map<DataKind, List<LexiconEntry>> entries;
  private final Map<DataKind, PhraseIndex<LexiconEntry>> indexes;
  private final List<BoilerplateRule> boilerplate;

  private Gazetteer(Map<DataKind, List<LexiconEntry>> entries) {
    this.entries = entries;
    this.indexes = new EnumMap<>(DataKind.class);
    VietnameseNormalizer norm = VietnameseNormalizer.instance();
    for (DataKind k : DataKind.values()) {
      if (!INDEXED.contains(k)) {
        continue;
      }
      PhraseIndex.Builder<LexiconEntry> b = PhraseIndex.builder();
      for (LexiconEntry e : entries.get(k)) {
        for (String form : e.forms()) {
          b.add(norm.key(form), e);
        }
      }
      indexes.put(k, b.build());
    }
    List<BoilerplateRule> rules = new ArrayList<>();
    for (LexiconEntry e : entries.get(DataKind.BOILERPLATE)) {
      try {
        rules.add(new BoilerplateRule(
            Pattern.compile(norm.normalizeString(e.name()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), e.kind()));
      } catch (PatternSyntaxException ex) {
        throw LexiconReader.bad(e.source().replace(":", " line "), "column 1 is not a valid regular expression: " + ex.getDescription());
      }
    }
    this.boilerplate = List.copyOf(rules);
  }

  /** Loads the bundled data and then {@code extra}, failing on the first malformed line. */
  public static Gazetteer load(List<Source> extra) {
    Map<DataKind, List<LexiconEntry>> all = new EnumMap<>(DataKind.class);
    for (DataKind k : DataKind.values()) {
      List<LexiconEntry> list = new ArrayList<>();
      String path = "/io/github/doingoai/data/" + k.fileName();
      InputStream in = Gazetteer.class.getResourceAsStream(path);
      if (in != null) {
        list.addAll(LexiconReader.read(utf8(in), k.fileName(), KINDS.getOrDefault(k, Set.of())));
      }
      all.put(k, list);
    }
    for (Source s : extra) {
      try {
        all.get(s.kind()).addAll(LexiconReader.read(s.open().open(), s.name(), KINDS.getOrDefault(s.kind(), Set.of())));
      } catch (java.io.IOException e) {
        throw new DoingoaiException(ErrorKind.IO, s.name() + ": cannot read: " + e.getMessage(), e);
      }
    }
    all.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return new Gazetteer(all);
  }

  /**
   * A UTF-8 reader for data files. Malformed bytes become U+FFFD, which {@link LexiconReader} rejects
   * with the exact line (a decoder that throws would only know the buffer, not the line).
   */
  public static Reader utf8(InputStream in) {
    return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
  }

  /** Every entry of one kind, bundled first, in file order. */
  public List<LexiconEntry> entries(DataKind kind) {
    return entries.get(kind);
  }

  /** The phrase index of one kind, keyed by every name and alias in lower-case normalized form. */
  public PhraseIndex<LexiconEntry> index(DataKind kind) {
    if (!INDEXED.contains(kind)) {
      throw new IllegalArgumentException(kind + " is not matched as phrases; use entries()");
    }
    return indexes.get(kind);
  }

  public List<BoilerplateRule> boilerplate() {
    return boilerplate;
  }
}
