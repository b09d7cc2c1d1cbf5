package io.github.doingoai.internal.extract.document;

import io.github.doingoai.internal.extract.ArticleContext;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.text.NormalizedText;
import io.github.doingoai.internal.text.RegexScan;
import io.github.doingoai.model.DocumentRef;
import io.github.doingoai.model.DocumentType;
import io.github.doingoai.model.PartialDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Party and State documents cited by number. Built once; thread-safe.
 *
 * <p>Two shapes are recognised: a full code ({@code 31-NQ/TW}, {@code 15/2020/NĐ-CP},
 * {@code 98/2023/QH15}, {@code 1234/QĐ-TTg}) whose type code is curated, and a bare number after a
 * type word issued by a central Party body ({@code Kết luận 14 của Bộ Chính trị} → {@code 14-KL/TW}).
 * Codes are written in their standard letter case ({@code 02-Qđi/TW} → {@code 02-QĐi/TW}).
 */
public final class DocumentExtractor {

  // A space may stand around a separator ("31 - NQ/TW"); the canonical code has none.
  // Every quantifier is bounded and the alternatives are told apart by their separators, so a
  // failed attempt costs a few dozen steps at most.
  private static final Pattern CODE = Pattern.compile(
      "(?<![\\p{L}\\p{N}/.\\-])(\\d{1,5})(?:"
          + " ?- ?(\\p{L}{1,5}) ?/ ?(\\p{L}{1,8}\\p{N}{0,2})"
          + "| ?/ ?(\\d{4}) ?/ ?(\\p{L}{1,5}) ?- ?(\\p{L}{1,8}\\p{N}{0,2})"
          + "| ?/ ?(\\d{4}) ?/ ?(\\p{L}{1,8}\\p{N}{1,2})"
          + "| ?/ ?(\\p{L}{1,5}) ?- ?(\\p{L}{1,8}\\p{N}{0,2})"
          + ")(?![\\p{L}\\p{N}/\\-])");
  private static final Pattern DATE_AFTER = Pattern.compile(
      "^,?\\s?(?:ban hành\\s)?ngày\\s(\\d{1,2})\\s?(?:[/.\\-]|\\stháng\\s)\\s?(\\d{1,2})\\s?(?:[/.\\-]|\\snăm\\s)\\s?(\\d{4})");
  private static final Pattern DATE_IN = Pattern.compile(
      "(\\d{1,2})\\s?[/.\\-]\\s?(\\d{1,2})\\s?[/.\\-]\\s?(\\d{4})");

  private final DocumentLexicon lexicon;

  public DocumentExtractor(Gazetteer gazetteer) {
    this.lexicon = new DocumentLexicon(gazetteer);
  }

  /** Every document cited, once per code, in order of first citation. */
  public List<DocumentRef> extract(ArticleContext ctx) {
    NormalizedText t = ctx.text();
    String text = t.text();
    String lower = t.lower();
    int n = lower.length();
    List<Found> found = new ArrayList<>();
    Matcher m = null;
    int nextCode = 0;
    IntList bareStarts = new IntList();
    IntConsumer addBareStart = bareStarts::add;
    // Both patterns need a digit: a code starts with one, and a bare number has one after its type
    // word, a space, and "số" and a space maybe. So the scan looks at digits only (the first of
    // each run: inside one, neither pattern can start): a code's regex runs there when the next
    // chars fit, and the places where a type word ends right before it are where the bare
    // pattern's may. Each pattern is tried in text order and resumes after its own last match,
    // as its find() loop did, so the matches are those of whole-text scans.
    for (int i = nextDigit(lower, 0); i < n; i = nextDigit(lower, i + 1)) {
      if (i >= nextCode && codeMayStartAt(text, i)) {
        if (m == null) {
          m = CODE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        m.region(i, n);
        if (m.lookingAt()) {
          nextCode = m.end();
          if (ctx.structure().isContent(m.start())) {
            Found f = fullCode(m, t);
            if (f != null) {
              found.add(f);
            }
          }
        }
      }
      lexicon.bareStartsFor(lower, i, addBareStart);
      while (i + 1 < n && RegexScan.isAsciiDigit(lower.charAt(i + 1))) {
        i++;
      }
    }
    // the codes first, then the bare numbers, as the two scans listed them: the sort below is stable
    if (bareStarts.size > 0) {
      int[] starts = bareStarts.sorted();
      Matcher b = lexicon.bare().matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
      int nextBare = 0;
      for (int i : starts) {
        if (i < nextBare) {
          continue;
        }
        b.region(i, n);
        if (b.lookingAt()) {
          nextBare = b.end();
          Found f = bare(b, ctx);
          if (f != null) {
            found.add(f);
          }
        }
      }
    }
    found.sort((x, y) -> Integer.compare(x.at, y.at));
    Map<String, DocumentRef> byCode = new LinkedHashMap<>();
    for (Found f : found) {
      DocumentRef prev = byCode.get(f.ref.code());
      if (prev == null) {
        byCode.put(f.ref.code(), f.ref);
      } else if (prev.date() == null && f.ref.date() != null) {
        // a later citation may give the date the first one left out; the first place stays
        byCode.put(f.ref.code(), new DocumentRef(prev.code(), prev.type(), prev.number(),
            prev.year() != null ? prev.year() : f.ref.year(), prev.issuer(), f.ref.date(), prev.span()));
      }
    }
    return List.copyOf(byCode.values());
  }

  private record Found(int at, DocumentRef ref) {}

  /** A growing list of ints. */
  private static final class IntList {
    private int[] values = new int[8];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, 2 * size);
      }
      values[size++] = v;
    }

    /** The distinct values in ascending order. */
    int[] sorted() {
      int[] v = Arrays.copyOf(values, size);
      Arrays.sort(v);
      int k = 0;
      for (int x : v) {
        if (k == 0 || v[k - 1] != x) {
          v[k++] = x;
        }
      }
      return Arrays.copyOf(v, k);
    }
  }

  /**
   * Whether {@link #CODE} may match at digit {@code i} of {@code text}: its look-behind
   * {@code (?<![\p{L}\p{N}/.\-])} holds (a surrogate is left to the regex), and one to five digits
   * are followed by a hyphen and a letter, or a slash and a letter or digit, a space maybe on either
   * side of the separator, as in every alternative.
   */
  private static boolean codeMayStartAt(String text, int i) {
    if (i > 0) {
      char p = text.charAt(i - 1);
      if (p == '/' || p == '.' || p == '-' || DocumentLexicon.isLetterOrNumber(p)) {
        return false;
      }
    }
    int n = text.length();
    int k = i;
    while (k < n && k - i <= 5 && RegexScan.isAsciiDigit(text.charAt(k))) {
      k++;
    }
    if (k - i > 5) {
      return false;
    }
    if (k < n && text.charAt(k) == ' ') {
      k++;
    }
    if (k >= n) {
      return false;
    }
    char sep = text.charAt(k++);
    if (sep != '-' && sep != '/') {
      return false;
    }
    if (k < n && text.charAt(k) == ' ') {
      k++;
    }
    if (k >= n) {
      return false;
    }
    char c = text.charAt(k);
    return Character.isLetter(c) || Character.isSurrogate(c) || sep == '/' && RegexScan.isAsciiDigit(c);
  }

  /** The citation a match of the bare pattern names, or null when its words name none. */
  private Found bare(Matcher b, ArticleContext ctx) {
    if (!ctx.structure().isContent(b.start())) {
      return null;
    }
    DocumentLexicon.TypeWord w = lexicon.typeWord(b.group(1));
    String issuer = lexicon.partyIssuer(b.group(4));
    if (w == null || w.bareCode() == null || issuer == null) {
      return null;
    }
    String number = b.group(2);
    PartialDate date = null;
    Matcher d = DATE_IN.matcher(b.group(3));
    if (d.find()) {
      date = date(d.group(1), d.group(2), d.group(3));
    }
    String code = number + "-" + w.bareCode() + "/" + issuer;
    return new Found(b.start(), new DocumentRef(code, w.type(), number,
        date == null ? null : date.year().orElse(null), issuer, date, ctx.text().span(b.start(), b.end(2))));
  }

  private Found fullCode(Matcher m, NormalizedText t) {
    String number = m.group(1);
    if (allZeros(number)) {
      return null;
    }
    String type = null;
    String issuer;
    Integer year = null;
    String code;
    if (m.group(2) != null) {
      type = lexicon.typeCode(m.group(2));
      issuer = lexicon.issuer(m.group(3), false);
      if (type == null || issuer == null) {
        return null;
      }
      code = number + "-" + type + "/" + issuer;
    } else if (m.group(4) != null) {
      year = Integer.valueOf(m.group(4));
      type = lexicon.typeCode(m.group(5));
      issuer = lexicon.issuer(m.group(6), false);
      if (type == null || issuer == null) {
        return null;
      }
      code = number + "/" + year + "/" + type + "-" + issuer;
    } else if (m.group(7) != null) {
      year = Integer.valueOf(m.group(7));
      issuer = lexicon.issuer(m.group(8), true);
      if (issuer == null) {
        return null;
      }
      code = number + "/" + year + "/" + issuer;
    } else {
      type = lexicon.typeCode(m.group(9));
      issuer = lexicon.issuer(m.group(10), false);
      if (type == null || issuer == null) {
        return null;
      }
      code = number + "/" + type + "-" + issuer;
    }
    if (year != null && (year < 1945 || year > 2100)) {
      return null;
    }
    String lower = t.lower();
    int start = m.start();
    DocumentType docType = type == null ? DocumentType.OTHER : lexicon.typeOfCode(type);
    DocumentLexicon.Before before = lexicon.typeWordBefore(lower, Math.max(0, m.start() - 40), m.start());
    String typeWord = null;
    if (before != null) {
      start = before.start();
      typeWord = before.key();
    } else {
      int from = Math.max(0, m.start() - 160);
      Matcher titled = lexicon.titledTypeWordBefore().matcher(lower.substring(from, m.start()));
      if (titled.find()) {
        start = from + titled.start();
        typeWord = titled.group(1);
      }
    }
    if (typeWord != null) {
      DocumentLexicon.TypeWord w = lexicon.typeWord(typeWord);
      if (w != null && (type == null || docType == DocumentType.OTHER)) {
        docType = w.type();
      }
    }
    PartialDate date = null;
    // a region with anchoring, opaque bounds reads as the 40-char substring after the code would
    Matcher d = DATE_AFTER.matcher(lower).region(m.end(), Math.min(lower.length(), m.end() + 40));
    if (d.lookingAt()) {
      date = date(d.group(1), d.group(2), d.group(3));
    }
    if (year == null && date != null) {
      year = date.year().orElse(null);
    }
    return new Found(m.start(), new DocumentRef(code, docType, number, year, issuer, date, t.span(start, m.end())));
  }

  /** The first ASCII digit at or after {@code i}, or the length: a loop of its own, the hot one. */
  private static int nextDigit(String s, int i) {
    int n = s.length();
    while (i < n && (char) (s.charAt(i) - '0') > 9) {
      i++;
    }
    return i;
  }

  private static boolean allZeros(String number) {
    for (int k = 0; k < number.length(); k++) {
      if (number.charAt(k) != '0') {
        return false;
      }
    }
    return true;
  }

  static PartialDate date(String d, String mo, String y) {
    return PartialDate.tryOf(Integer.valueOf(y), Integer.valueOf(mo), Integer.valueOf(d)).orElse(null);
  }
}
