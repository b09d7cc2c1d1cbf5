package io.github.doingoai.internal.extract.document;

import io.github.doingoai.internal.extract.ArticleContext;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.text.NormalizedText;
import io.github.doingoai.internal.text.RegexScan;
import io.github.doingoai.model.DocumentRef;
import io.github.doingoai.model.DocumentType;
import io.github.doingoai.model.PartialDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document scan as it was before its single pass: {@link RegexScan} over every digit for the
 * codes, and over every char that starts a type word for the bare numbers. Kept as the oracle
 * DocumentOracleProperties compares {@link DocumentExtractor} with.
 */
final class DocumentOracle {

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
  /** The type word right before a code, in the 40 chars before it, as the lexicon once compiled it. */
  private final Pattern typeWordBefore;

  DocumentOracle(Gazetteer gazetteer) {
    this.lexicon = new DocumentLexicon(gazetteer);
    this.typeWordBefore = typeWordBefore(lexicon);
  }

  /** Every document cited, once per code, in order of first citation. */
  public List<DocumentRef> extract(ArticleContext ctx) {
    NormalizedText t = ctx.text();
    String text = t.text();
    String lower = t.lower();
    List<Found> found = new ArrayList<>();
    Matcher m = CODE.matcher(text);
    // the regex runs only at digits (RegexScan): find() would set up its look-behind at every char
    for (int from = 0; RegexScan.find(m, text, from, RegexScan::isAsciiDigit); from = m.end()) {
      if (ctx.structure().isContent(m.start())) {
        Found f = fullCode(m, t);
        if (f != null) {
          found.add(f);
        }
      }
    }
    Matcher b = lexicon.bare().matcher(lower);
    // was gated on lexicon.bareCanStart, the first chars of the type words: the same matches
    for (int from = 0; RegexScan.find(b, lower, from, c -> true); from = b.end()) {
      if (!ctx.structure().isContent(b.start())) {
        continue;
      }
      DocumentLexicon.TypeWord w = lexicon.typeWord(b.group(1));
      String issuer = lexicon.partyIssuer(b.group(4));
      if (w == null || w.bareCode() == null || issuer == null) {
        continue;
      }
      String number = b.group(2);
      PartialDate date = null;
      Matcher d = DATE_IN.matcher(b.group(3));
      if (d.find()) {
        date = date(d.group(1), d.group(2), d.group(3));
      }
      String code = number + "-" + w.bareCode() + "/" + issuer;
      found.add(new Found(b.start(), new DocumentRef(code, w.type(), number,
          date == null ? null : date.year().orElse(null), issuer, date, t.span(b.start(), b.end(2)))));
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

  static Pattern typeWordBefore(DocumentLexicon lexicon) {
    String wordAlt = lexicon.typeWordKeys().stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElse("(?!)");
    return Pattern.compile("(?<![\\p{L}\\p{N}])(" + wordAlt + ")\\s(?:số\\s)?\\z");
  }

  private Found fullCode(Matcher m, NormalizedText t) {
    String number = m.group(1);
    if (number.chars().allMatch(c -> c == '0')) {
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
    int from = Math.max(0, m.start() - 40);
    Matcher before = typeWordBefore.matcher(lower.substring(from, m.start()));
    boolean found = before.find();
    if (!found) {
      from = Math.max(0, m.start() - 160);
      before = lexicon.titledTypeWordBefore().matcher(lower.substring(from, m.start()));
      found = before.find();
    }
    if (found) {
      start = from + before.start();
      DocumentLexicon.TypeWord w = lexicon.typeWord(before.group(1));
      if (w != null && (type == null || docType == DocumentType.OTHER)) {
        docType = w.type();
      }
    }
    PartialDate date = null;
    Matcher d = DATE_AFTER.matcher(lower.substring(m.end(), Math.min(lower.length(), m.end() + 40)));
    if (d.find()) {
      date = date(d.group(1), d.group(2), d.group(3));
    }
    if (year == null && date != null) {
      year = date.year().orElse(null);
    }
    return new Found(m.start(), new DocumentRef(code, docType, number, year, issuer, date, t.span(start, m.end())));
  }

  private static PartialDate date(String d, String mo, String y) {
    return DocumentExtractor.date(d, mo, y);
  }
}
