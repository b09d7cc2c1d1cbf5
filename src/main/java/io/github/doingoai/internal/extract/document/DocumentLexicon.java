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
import java.util.function.IntConsumer;
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
  /** The type words (their keys). */
  private final List<String> typeWordKeys;
  private final Pattern titledTypeWordBefore;
  private final Pattern bare;
  /**
   * The type words (their keys) by the low bits of their last char: the words that may end at a
   * place, found by one look-up and told apart by {@link String#startsWith(String, int)}.
   */
  private final String[][] typeWordsByLast = new String[64][];
  /** "số", between a type word and its number. */
  private static final String NUMBER_WORD = "số";

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
    // "Luật Xử lý vi phạm hành chính số 67/2020/QH14": the type word opens a title ending in "số"
    titledTypeWordBefore = Pattern.compile("(?<![\\p{L}\\p{N}])(" + wordAlt
        + ")(?:\\s[^\\s,.;:()]{1,20}){1,12}\\ssố\\s\\z");
    typeWordKeys = words.stream().filter(k -> !k.isEmpty()).distinct().toList();
    for (String k : typeWordKeys) {
      int b = k.charAt(k.length() - 1) & (typeWordsByLast.length - 1);
      String[] bucket = typeWordsByLast[b] == null ? new String[0] : typeWordsByLast[b];
      typeWordsByLast[b] = java.util.Arrays.copyOf(bucket, bucket.length + 1);
      typeWordsByLast[b][bucket.length] = k;
    }
    bare = Pattern.compile("(?<![\\p{L}\\p{N}])(" + wordAlt + ")\\s(?:" + NUMBER_WORD + "\\s)?(\\d{1,4})(?![\\p{L}\\p{N}/.\\-])"
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

  /** The type words (their keys), which {@link #bare()} and {@link #titledTypeWordBefore()} start with. */
  List<String> typeWordKeys() {
    return typeWordKeys;
  }

  /** Like {@link #typeWordBefore(String, int, int)}, with the document's title between the type word and "số". */
  Pattern titledTypeWordBefore() {
    return titledTypeWordBefore;
  }

  /** Matches, in lower-case text, a type word, a bare number, an optional date and a central Party body. */
  Pattern bare() {
    return bare;
  }

  /**
   * Gives {@code start} each place where a match of {@link #bare()} may start with its number at
   * {@code d} of the lower-case {@code s}: where a type word ends right before a space, or before a
   * space, "số" and a space, and the space before {@code d}.
   */
  void bareStartsFor(String s, int d, IntConsumer start) {
    if (d < 2 || !isSpace(s.charAt(d - 1))) {
      return;
    }
    typeWordsEndingAt(s, d - 1, start);
    int e = d - 2 - NUMBER_WORD.length();
    if (e >= 0 && isSpace(s.charAt(e)) && s.startsWith(NUMBER_WORD, e + 1)) {
      typeWordsEndingAt(s, e, start);
    }
  }

  private void typeWordsEndingAt(String s, int end, IntConsumer start) {
    if (end == 0) {
      return;
    }
    String[] bucket = typeWordsByLast[s.charAt(end - 1) & (typeWordsByLast.length - 1)];
    if (bucket != null) {
      for (String w : bucket) {
        int i = end - w.length();
        if (i >= 0 && s.startsWith(w, i)) {
          start.accept(i);
        }
      }
    }
  }

  /** A type word written before a code: where it starts, and its key. */
  record Before(int start, String key) {}

  /**
   * The type word written right before a code at {@code end} of the lower-case {@code s}, in the
   * window from {@code from}: followed by a space, or a space, "số" and a space, up to {@code end},
   * with no letter or number before it inside the window; the leftmost, and the longest there.
   * Null if there is none. What the regex
   * {@code (?<![\p{L}\p{N}])(type words, longest first)\s(?:số\s)?\z} finds in
   * {@code s.substring(from, end)} (DocumentOracle), without the substring and the regex tried at
   * every place of it.
   */
  Before typeWordBefore(String s, int from, int end) {
    if (end - 1 < from || !isSpace(s.charAt(end - 1))) {
      return null;
    }
    Before best = leftmostEndingAt(s, from, end - 1, null);
    int e = end - 2 - NUMBER_WORD.length();
    if (e >= from && isSpace(s.charAt(e)) && s.startsWith(NUMBER_WORD, e + 1)) {
      best = leftmostEndingAt(s, from, e, best);
    }
    return best;
  }

  private Before leftmostEndingAt(String s, int from, int end, Before best) {
    if (end == from) {
      return best;
    }
    String[] bucket = typeWordsByLast[s.charAt(end - 1) & (typeWordsByLast.length - 1)];
    if (bucket == null) {
      return best;
    }
    for (String w : bucket) {
      int i = end - w.length();
      if (i >= from && s.startsWith(w, i) && (i == from || !isLetterOrNumber(s.charAt(i - 1)))
          && (best == null || i < best.start() || i == best.start() && w.length() > best.key().length())) {
        best = new Before(i, w);
      }
    }
    return best;
  }

  /** Whether {@code [\p{L}\p{N}]} matches {@code c} (one char: a surrogate, as the look-behinds read it, no). */
  static boolean isLetterOrNumber(char c) {
    if (c < 128) {
      return c >= '0' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    if (Character.isLetter(c)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }

  /** The chars {@code \s} matches. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  static String lower(NormalizedText t) {
    return t.lower();
  }
}
