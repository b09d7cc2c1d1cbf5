package io.github.doingoai.internal.extract.document;

import io.github.doingoai.DataKind;

import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.gazetteer.LexiconEntry;
import io.github.doingoai.internal.gazetteer.LexiconReader;
import io.github.doingoai.internal.text.NormalizedText;
import io.github.doingoai.internal.text.VietnameseNormalizer;
import io.github.doingoai.model.DocumentType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The curated vocabulary of {@code documents.tsv}: type words, type codes and issuers. Immutable. */
final class DocumentLexicon {
  static final String FILE = "documents.tsv";

  /** A type as written before a number. */
  record TypeWord(String word, DocumentType type, String bareCode) {}

  private final Map<String, TypeWord> typeWords = new HashMap<>();
  private final Map<String, String> typeCodes = new HashMap<>();
  private final Map<String, DocumentType> typeOfCode = new HashMap<>();
  private final Map<String, String> issuers = new HashMap<>();
  private final Map<String, String> partyIssuers = new HashMap<>();
  private final Pattern typeWordBefore;
  private final Pattern titledTypeWordBefore;
  private final Pattern bare;
  /** The first chars of the type words, where a match of {@link #bare} can start. */
  private final String bareStarts;

  DocumentLexicon(Gazetteer gazetteer) {
    VietnameseNormalizer norm = VietnameseNormalizer.instance();
    List<LexiconEntry> entries = gazetteer.entries(DataKind.DOCUMENTS, Set.of("type-word", "type-code", "issuer", "party-issuer"));
    List<String> words = new ArrayList<>();
    List<String> party = new ArrayList<>();
    for (LexiconEntry e : entries) {
      switch (e.kind()) {
        case "type-word" -> {
          DocumentType t = type(e, e.column(4));
          String code = e.column(5);
          for (String f : e.forms()) {
            String k = norm.key(f);
            typeWords.put(k, new TypeWord(f, t, code.isEmpty() ? null : code));
            words.add(k);
          }
        }
        case "type-code" -> {
          typeCodes.put(upper(e.name()), e.name());
          typeOfCode.put(e.name(), type(e, e.column(4)));
        }
        case "issuer" -> {
          for (String f : e.forms()) {
            issuers.put(upper(norm.normalizeString(f)), e.name());
          }
        }
        default -> {
          String code = e.column(4).isEmpty() ? "TW" : e.column(4);
          for (String f : e.forms()) {
            partyIssuers.put(norm.key(f), code);
            party.add(norm.key(f));
          }
        }
      }
    }
    String wordAlt = alternation(words);
    // only the last 40 chars before a code are examined, so this stays cheap per citation
    typeWordBefore = Pattern.compile("(?<![\\p{L}\\p{N}])(" + wordAlt + ")\\s(?:số\\s)?\\z");
    // "Luật Xử lý vi phạm hành chính số 67/2020/QH14": the type word opens a title ending in "số"
    titledTypeWordBefore = Pattern.compile("(?<![\\p{L}\\p{N}])(" + wordAlt
        + ")(?:\\s[^\\s,.;:()]{1,20}){1,12}\\ssố\\s\\z");
    bareStarts = words.stream().filter(k -> !k.isEmpty()).map(k -> String.valueOf(k.charAt(0))).distinct()
        .collect(java.util.stream.Collectors.joining());
    bare = Pattern.compile("(?<![\\p{L}\\p{N}])(" + wordAlt + ")\\s(?:số\\s)?(\\d{1,4})(?![\\p{L}\\p{N}/.\\-])"
        + "((?:,?\\s(?:ban hành\\s)?ngày\\s\\d{1,2}\\s?[/.\\-]\\s?\\d{1,2}\\s?[/.\\-]\\s?\\d{4})?)"
        + "\\s(?:của|do)\\s(" + alternation(party) + ")(?![\\p{L}\\p{N}])");
  }

  private static DocumentType type(LexiconEntry e, String name) {
    try {
      return DocumentType.valueOf(name);
    } catch (IllegalArgumentException ex) {
      throw LexiconReader.bad(e.source(), "column 4 is not a DocumentType: \"" + name + "\"");
    }
  }

  private static String alternation(List<String> keys) {
    return keys.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElse("(?!)");
  }

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  /** The standard spelling of a type code written in any letter case, or null if unknown. */
  String typeCode(String written) {
    return typeCodes.get(upper(written));
  }

  DocumentType typeOfCode(String canonical) {
    return typeOfCode.getOrDefault(canonical, DocumentType.OTHER);
  }

  /**
   * The standard spelling of an issuer code, or null when it is neither known nor shaped like one
   * (capital letters, possibly followed by a term number: {@code QH15}).
   */
  String issuer(String written, boolean needsTerm) {
    String known = issuers.get(upper(written));
    if (known != null) {
      return known;
    }
    String pattern = needsTerm ? "[A-ZĐ]{1,8}\\d{1,2}" : "[A-ZĐ]{2,10}\\d{0,2}";
    return written.matches(pattern) ? written : null;
  }

  TypeWord typeWord(String lowerKey) {
    return typeWords.get(lowerKey);
  }

  String partyIssuer(String lowerKey) {
    return partyIssuers.get(lowerKey);
  }

  /** Matches, in a window of lower-case text ending at a code, the type word written before it. */
  Pattern typeWordBefore() {
    return typeWordBefore;
  }

  /** Like {@link #typeWordBefore()}, with the document's title between the type word and "số". */
  Pattern titledTypeWordBefore() {
    return titledTypeWordBefore;
  }

  /** Whether a match of {@link #bare()} can start with {@code c}: it starts with a type word. */
  boolean bareCanStart(char c) {
    return bareStarts.indexOf(c) >= 0;
  }

  /** Matches, in lower-case text, a type word, a bare number, an optional date and a central Party body. */
  Pattern bare() {
    return bare;
  }

  static String lower(NormalizedText t) {
    return t.lower();
  }
}
