package io.github.doingoai.internal.extract.official;

import io.github.doingoai.DataKind;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.gazetteer.LexiconEntry;
import io.github.doingoai.internal.gazetteer.PhraseIndex;
import io.github.doingoai.internal.text.NormalizedText;
import io.github.doingoai.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds bodies (with the place or ministry written after them) and places in a range of an
 * article, for the stages that need parties, locations or organisers: {@code Ban Thường vụ Thành
 * ủy Thành phố Hồ Chí Minh}, {@code Ban Cán sự Đảng Bộ Ngoại giao}, {@code UBND tỉnh Tây Ninh},
 * {@code Sở Ngoại vụ TP.HCM}. Built once from the gazetteer; immutable and thread-safe.
 */
public final class OrganisationFinder {

  /**
   * A body as written.
   *
   * @param start normalized start
   * @param end normalized end
   * @param span where the article writes it
   * @param body canonical name of the outermost body ({@code Thành ủy}, {@code Bộ Ngoại giao})
   * @param bodies canonical names of every body written, innermost first ({@code Ban Thường vụ Thành ủy})
   * @param place canonical name of the place or country written after it, or {@code null}
   * @param ministry true when one of its bodies is a ministry or ministry-level body
   */
  public record Organisation(int start, int end, Span span, String body, List<String> bodies, String place,
      boolean ministry) {
    public Organisation {
      bodies = List.copyOf(bodies);
    }
  }

  /**
   * A province, city or country as written.
   *
   * @param start normalized start
   * @param end normalized end
   * @param span where the article writes it
   * @param name canonical name ({@code Thành phố Hồ Chí Minh} for {@code TP.HCM})
   * @param country true for a country, foreign region or international organisation
   */
  public record PlaceRef(int start, int end, Span span, String name, boolean country) {}

  private final OfficialLexicon lex;
  private final PhraseIndex<LexiconEntry> places;
  private final PhraseIndex<LexiconEntry> countries;

  /** Indexes the curated bodies, places and countries of {@code gazetteer}; build once and share. */
  public OrganisationFinder(Gazetteer gazetteer) {
    this.lex = new OfficialLexicon(gazetteer);
    this.places = gazetteer.index(DataKind.PLACES);
    this.countries = gazetteer.index(DataKind.COUNTRIES);
  }

  /** Every body written in normalized {@code [from, to)}, left to right, not overlapping. */
  public List<Organisation> organisations(NormalizedText text, int from, int to) {
    String t = text.text();
    String lower = text.lower();
    List<Organisation> out = new ArrayList<>();
    // a short range: each look-up probes the first-word filter afresh rather than remembering it
    PhraseParser parser = new PhraseParser(lex, t, lower, false);
    int i = Math.max(0, from);
    int limit = Math.min(to, t.length());
    while (i < limit) {
      // bodies are proper nouns: "đảng viên", "bộ ngành" are not organisations
      if (!PhraseParser.isWordStart(t, i) || !Character.isUpperCase(t.charAt(i))
          || parser.bodyAt(i) == null) {
        i++;
        continue;
      }
      PhraseParser.Tail tl = parser.tail(i, null, true, false);
      int end = Math.min(tl.end(), limit);
      if (tl.bodies().isEmpty() || end <= i) {
        i++;
        continue;
      }
      List<String> names = new ArrayList<>();
      boolean ministry = false;
      for (LexiconEntry b : tl.bodies()) {
        names.add(b.name());
        ministry |= OfficialLexicon.isMinistry(b);
      }
      String place = tl.placeKey() == null ? null : tl.placeKey().substring(tl.placeKey().indexOf(':') + 1);
      if (place != null && tl.placeTextStart() >= 0 && tl.placeKey().startsWith("place:") && place.equals(
          lower.substring(tl.placeTextStart(), tl.placeEnd()))) {
        // an unlisted (foreign) place: keep it as written
        place = t.substring(tl.placeTextStart(), tl.placeEnd());
      }
      out.add(new Organisation(i, end, text.span(i, end), names.get(names.size() - 1), names, place, ministry));
      i = end;
    }
    return out;
  }

  /** Every listed province, city or country written in normalized {@code [from, to)}. */
  public List<PlaceRef> places(NormalizedText text, int from, int to) {
    String lower = text.lower();
    List<PlaceRef> out = new ArrayList<>();
    int i = Math.max(0, from);
    int limit = Math.min(to, lower.length());
    while (i < limit) {
      PhraseIndex.Hit<LexiconEntry> p = PhraseParser.isWordStart(lower, i) ? places.longestAt(lower, i, limit) : null;
      PhraseIndex.Hit<LexiconEntry> c = PhraseParser.isWordStart(lower, i) ? countries.longestAt(lower, i, limit) : null;
      PhraseIndex.Hit<LexiconEntry> h = p == null ? c : c == null ? p : p.end() >= c.end() ? p : c;
      // a lower-case country word ("anh", "đức", "mỹ") is an ordinary word, not a country
      if (h != null && (h == p || Character.isUpperCase(text.text().charAt(i)))) {
        out.add(new PlaceRef(h.start(), h.end(), text.span(h.start(), h.end()), h.value().name(), h == c));
        i = h.end();
      } else {
        i++;
      }
    }
    return out;
  }
}
