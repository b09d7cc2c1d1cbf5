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
  /** The type words (their keys), each of which a match of {@link #bare} may start with. */
  private final List<String> typeWordKeys;
  /** The first three chars of the type words, or null when one is shorter. */
  private final CharTriples typeWordHeads;
  /** {@link #kindOf} for the chars below U+2000. */
  private final byte[] charKinds = new byte[0x2000];
  /** The first chars of the type words. */
  private final String initials;

  // char kinds, as bits
  static final int NON_WORD = 0;
  /** A char {@code [\p{L}\p{N}]} matches. */
  static final int WORD = 1;
  /** The first char of a type word. */
  static final int INITIAL = 2;
  /** An ASCII digit, a char {@code \d} matches. */
  static final int DIGIT = 4;
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
    // only the last 40 chars before a code are examined, so this stays cheap per citation
    typeWordBefore = Pattern.compile("(?<![\\p{L}\\p{N}])(" + wordAlt + ")\\s(?:số\\s)?\\z");
    // "Luật Xử lý vi phạm hành chính số 67/2020/QH14": the type word opens a title ending in "số"
    titledTypeWordBefore = Pattern.compile("(?<![\\p{L}\\p{N}])(" + wordAlt
        + ")(?:\\s[^\\s,.;:()]{1,20}){1,12}\\ssố\\s\\z");
    typeWordKeys = words.stream().filter(k -> !k.isEmpty()).distinct().toList();
    initials = typeWordKeys.stream().map(k -> String.valueOf(k.charAt(0))).distinct()
        .collect(java.util.stream.Collectors.joining());
    CharTriples heads = new CharTriples(typeWordKeys.size());
    for (String k : typeWordKeys) {
      if (k.length() < 3) {
        heads = null;
        break;
      }
      heads.add(k.charAt(0), k.charAt(1), k.charAt(2));
    }
    typeWordHeads = heads;
    for (char c = 0; c < charKinds.length; c++) {
      charKinds[c] = (byte) kindOf(c);
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

  /** Matches, in a window of lower-case text ending at a code, the type word written before it. */
  Pattern typeWordBefore() {
    return typeWordBefore;
  }

  /** Like {@link #typeWordBefore()}, with the document's title between the type word and "số". */
  Pattern titledTypeWordBefore() {
    return titledTypeWordBefore;
  }

  /**
   * The kind of {@code c} as bits: {@link #WORD}, {@link #INITIAL}, {@link #DIGIT}, or none
   * ({@link #NON_WORD}). A surrogate is no {@link #WORD}: the look-behinds read one char, to which
   * a lone surrogate is no letter either.
   */
  private int kindOf(char c) {
    return (isLetterOrNumber(c) ? WORD : 0) | (initials.indexOf(c) >= 0 ? INITIAL : 0)
        | (c >= '0' && c <= '9' ? DIGIT : 0);
  }

  /** {@link #kindOf} of each char below U+2000, a table the scan reads at every char. */
  byte[] charKinds() {
    return charKinds;
  }

  /** {@link #kindOf} of a char at or above U+2000. */
  int kindAbove(char c) {
    return kindOf(c);
  }

  /** Whether {@code [\p{L}\p{N}]} matches {@code c}. */
  static boolean isLetterOrNumber(char c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }

  /**
   * Whether a match of {@link #bare()} may start at {@code i} of the lower-case {@code s}: a type
   * word stands there, followed by a space, "số" and a space maybe, and a digit, as in every match.
   */
  boolean bareMayStartAt(String s, int i) {
    int n = s.length();
    if (typeWordHeads != null && (i + 2 >= n || !typeWordHeads.contains(s.charAt(i), s.charAt(i + 1), s.charAt(i + 2)))) {
      return false;
    }
    for (String w : typeWordKeys) {
      if (s.startsWith(w, i)) {
        int k = i + w.length();
        if (k < n && isSpace(s.charAt(k))) {
          k++;
          if (k < n && isDigit(s.charAt(k))) {
            return true;
          }
          int d = k + NUMBER_WORD.length() + 1;
          if (s.startsWith(NUMBER_WORD, k) && d < n && isSpace(s.charAt(d - 1)) && isDigit(s.charAt(d))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The chars {@code \s} matches. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A small set of three chars in a row, an open-addressing table of longs. */
  private static final class CharTriples {
    private final long[] keys;

    /** A set for up to {@code n} triples, at most a quarter full. */
    CharTriples(int n) {
      keys = new long[Math.max(16, Integer.highestOneBit(Math.max(1, n)) * 8)];
    }

    private static long key(char a, char b, char c) {
      // 0 marks an empty slot: a key with three NUL chars is told apart by the extra bit
      return 1L << 48 | (long) a << 32 | (long) b << 16 | c;
    }

    private int slot(long key) {
      return (int) (key * 0x9E3779B97F4A7C15L >>> 32) & (keys.length - 1);
    }

    void add(char a, char b, char c) {
      long k = key(a, b, c);
      int i = slot(k);
      while (keys[i] != 0 && keys[i] != k) {
        i = (i + 1) & (keys.length - 1);
      }
      keys[i] = k;
    }

    boolean contains(char a, char b, char c) {
      long k = key(a, b, c);
      for (int i = slot(k); keys[i] != 0; i = (i + 1) & (keys.length - 1)) {
        if (keys[i] == k) {
          return true;
        }
      }
      return false;
    }
  }

  /** Matches, in lower-case text, a type word, a bare number, an optional date and a central Party body. */
  Pattern bare() {
    return bare;
  }

  static String lower(NormalizedText t) {
    return t.lower();
  }
}
