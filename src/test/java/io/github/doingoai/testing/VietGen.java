package io.github.doingoai.testing;

import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of Vietnamese-like text: syllables with every vowel nucleus and tone, names
 * with titles, dates, punctuation and site furniture. Shared by the property tests.
 */
public final class VietGen {
  private VietGen() {}

  static final List<String> INITIALS = List.of("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l",
      "m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x");
  static final List<String> NUCLEI = List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao",
      "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ua", "uâ",
      "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "oai", "oay", "oeo", "uây", "uôi", "uya", "uyê",
      "uyu", "ươi", "ươu", "iêu", "yêu");
  static final List<String> FINALS = List.of("", "c", "ch", "m", "n", "ng", "nh", "p", "t");
  /** no tone, grave, acute, hook above, tilde, dot below */
  static final List<String> TONES = List.of("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323");

  /** A syllable: its parts, the tone, and where in the nucleus the tone goes. */
  public record Syllable(String initial, String nucleus, String fin, String tone, int at, int caps) {
    /** The syllable written with the tone on nucleus letter {@code pos} (NFC). */
    public String write(int pos) {
      String n = nucleus;
      if (!tone.isEmpty()) {
        int p = Math.min(pos, n.length() - 1);
        n = Normalizer.normalize(n.substring(0, p + 1), Normalizer.Form.NFD) + tone + n.substring(p + 1);
      }
      String s = Normalizer.normalize(initial + n + fin, Normalizer.Form.NFC);
      if (caps == 1) {
        return s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
      }
      return caps == 2 ? s.toUpperCase(java.util.Locale.ROOT) : s;
    }

    public String write() {
      return write(at);
    }
  }

  public static Arbitrary<Syllable> syllables() {
    return Combinators.combine(Arbitraries.of(INITIALS), Arbitraries.of(NUCLEI), Arbitraries.of(FINALS),
        Arbitraries.of(TONES), Arbitraries.integers().between(0, 2), Arbitraries.frequency(
            net.jqwik.api.Tuple.of(6, 0), net.jqwik.api.Tuple.of(3, 1), net.jqwik.api.Tuple.of(1, 2)))
        .as(Syllable::new)
        // gi + i.., qu + u.. are not syllables; keep words short enough to be handled as one syllable
        .filter(s -> !(s.initial().equals("gi") && s.nucleus().startsWith("i"))
            && !(s.initial().equals("qu") && s.nucleus().startsWith("u"))
            && s.initial().length() + s.nucleus().length() + s.fin().length() <= 8);
  }

  static final List<String> TITLES = List.of("Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Bộ trưởng Bộ Ngoại giao",
      "Phó Thủ tướng", "Đại sứ", "Ủy viên Bộ Chính trị", "Giám đốc Sở Ngoại vụ", "Thứ trưởng", "đồng chí", "ông", "bà");
  static final List<String> SURNAMES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi");
  static final List<String> FURNITURE = List.of("Chia sẻ:", "Bình luận", "Xem thêm", "Tối đa: 1500 ký tự",
      "(Ảnh: Thu Hà/TTXVN)", "Chú thích ảnh", "TTXVN - Ngày 12/3", "Thứ hai - 22/08/2022 16:19", "./.", "&nbsp;",
      "&quot;", "\u200B", "\u00AD", "\r\n", "\n", "\n\n", "…", "\"", "“", "”", "–", "TP.HCM", "TS.", "PGS.TS.", "5.200",
      "26/4", "3.11", "Nghị quyết 31-NQ/TW", "Thứ nhất,", "lần thứ 20", "gần 200 đại biểu", "😀", "\u200F");

  /** A personal name: surname, middle name, given name. */
  public static Arbitrary<String> names() {
    return Combinators.combine(Arbitraries.of(SURNAMES), syllables(), syllables())
        .as((s, a, b) -> s + " " + cap(a.write()) + " " + cap(b.write()));
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }

  /** One token of an article: a syllable, a title and name, a date, punctuation or furniture. */
  public static Arbitrary<String> tokens() {
    Arbitrary<String> word = syllables().map(Syllable::write);
    Arbitrary<String> official = Combinators.combine(Arbitraries.of(TITLES), names()).as((t, n) -> t + " " + n);
    Arbitrary<String> date = Combinators.combine(Arbitraries.of("Ngày", "sáng", "Chiều", "tối", "ngày"),
        Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 14), Arbitraries.of("/", "-", "."))
        .as((w, d, m, sep) -> w + " " + d + sep + m);
    Arbitrary<String> punct = Arbitraries.of(",", ".", ":", ";", "!", "?", "(", ")", "-", "\"");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, word), net.jqwik.api.Tuple.of(2, official), net.jqwik.api.Tuple.of(1, date),
        net.jqwik.api.Tuple.of(3, punct), net.jqwik.api.Tuple.of(1, Arbitraries.of(FURNITURE)));
  }

  /** An article-like text of up to {@code maxTokens} tokens joined by spaces and line breaks. */
  public static Arbitrary<String> articles(int maxTokens) {
    return tokens().list().ofMaxSize(maxTokens).map(VietGen::join);
  }

  private static String join(List<String> tokens) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0) {
        sb.append(i % 17 == 0 ? "\n" : " ");
      }
      sb.append(tokens.get(i));
    }
    return sb.toString();
  }

  /** Any string, weighted towards the chars that break text code. */
  public static Arbitrary<String> nasty() {
    Arbitrary<Character> chars = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Arbitraries.chars().all()),
        net.jqwik.api.Tuple.of(3, Arbitraries.chars().with('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\u0000', '\u0007',
            '\r', '\n', '\t', '\u00A0', '\u00AD', '\u200B', '\u200F', '\u202E', '\uFEFF', '\uFFFF', '&', ';', '#',
            '\u0300', '\u0301', '\u0323', '.', ' ', '/', 'Đ', 'ư', 'ơ', 'Ñ', 'ö', 'ù', 'µ', '¸', 'Ã', '»')),
        net.jqwik.api.Tuple.of(4, Arbitraries.chars().range('a', 'z')));
    Arbitrary<String> raw = chars.list().ofMaxSize(120).map(l -> {
      StringBuilder sb = new StringBuilder(l.size());
      l.forEach(sb::append);
      return sb.toString();
    });
    return Arbitraries.oneOf(raw, Arbitraries.strings().ofMaxLength(80),
        Arbitraries.of("&nbsp;", "&quot;", "&#39;", "&#x1F600;", "&#55296;", "&amp;amp;", "&", "&;", "&#;")
            .list().ofMaxSize(10).map(l -> String.join("x", l)));
  }
}
