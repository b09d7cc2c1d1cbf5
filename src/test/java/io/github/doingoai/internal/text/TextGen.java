package io.github.doingoai.internal.text;

import io.github.doingoai.testing.VietGen;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Texts for the oracle tests of the text layer: Vietnamese words in NFC and NFD with old and new
 * tone placement and any case, entities, CRLF, no-break and zero-width chars, surrogates, controls,
 * combining marks, mojibake in the four legacy encodings, and whole lines of the kinds article
 * structure tells apart (bylines, captions, dates, datelines, boilerplate).
 */
final class TextGen {
  private TextGen() {}

  private static final Charset W1252 = Charset.forName("windows-1252");

  static final List<String> ODD = List.of("&nbsp;", "&quot;", "&#39;", "&amp;", "&amp", "&shy;", "&zwnj;", "&hellip;",
      "&ldquo;", "&#7879;", "&#x1EC7;", "&#768;", "&#x300;", "&#13;", "&#10;", "&#0;", "&#xD800;", "&#65535;",
      "&#160;", "&#8203;", "&bogus;", "&;", "&#;", "&#x;", "&", "&#2392;", "&#x0958;", "&#12354;",
      "\r\n", "\r", "\n", "\n\n", "\u00A0", "\u00A0\u00A0", "  ", "\t", "\u000B", "\u000C", "\u0085", "\u2028",
      "\u2029", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u200E", "\u200F", "\u202E", "\u061C",
      "\u180E", "\u3000", "\u1680", "\u2009", "\u0001", "\u0007", "\u001F", "\u007F", "\u0080", "\u009F", "\uFFFF",
      "\uFFFE", "\uFFFD", "“", "”", "‘", "’", "`", "´", "«", "»", "–", "—", "―", "−", "…", "\uD83D\uDE00",
      "\uD834\uDD65", "\uD834\uDD5E", "\uD840\uDC00", "\uD800", "\uDC00", "\uDBFF", "\uDFFF", "\u0300", "\u0301",
      "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031B", "\u0334", "\u0345", "\u0958", "\u1100\u1161",
      "\uAC00\u11A8", "\u1161", "\u212B", "\u2126", "\u0F73", "\u0344", "İ", "ǅ", "ß", "Æ", "µ", "ĩ", "ḿ", "ǹ", "ǘ",
      "ṍ", "Ω", "ﬁ", "①", "Ⅻ", "ｈ", "٣", "é", "Ñ", "ö");

  static final List<String> LINES = List.of("Thu Hà", "Mai Hoa 13/12/2023 09:15", "Thứ hai - 22/08/2022 16:19",
      "22/03/2025 - 12:41", "Thứ Sáu, 07/06/2024, 08:05 (GMT+7)", "Cập nhật: 05/01/2024 10:30", "31/02/2024",
      "1.2.2020", "12-12-2012 25:61", "(Ảnh: Thu Hà/TTXVN)", "Quang cảnh buổi tiếp. (Ảnh: Thu Hà/TTXVN)",
      "ẢNH: BẮC BÌNH", "Ảnh: Hồng Hà/quangtri.gov.vn", "Toàn cảnh hội nghị. Ảnh: Xuân Khu", "(Nguồn: VGP)",
      "(Video: Lan Anh)", "Chú thích ảnh", "Tin liên quan", "Tin liên quan:", "Bình luận", "(12) Bình luận",
      "Chia sẻ:", "Lượt xem: 1.234", "1234567", "12345678", "Tối đa: 1500 ký tự", "Theo dõi Báo Nhân Dân trên",
      "Ảnh minh họa", "TTXVN - Ngày 26/4, tại Viêng Chăn, hai bên ký biên bản.", "(Báo Quảng Ninh) - Chiều 12/12,",
      "HÀ NỘI - Sáng nay", "TP.HCM -Ngày", "(Báo Điện tử Chính phủ) - Sáng 3/4, đoàn", "(Cổng TTĐT tỉnh Quảng Trị) - Chiều",
      "(Thông tấn xã Việt Nam 2025) - Ngày", "(abcdefghijklmnopqrstuvwx) - Ngày", "(abcdefghijklmnopqrstuvwx)- Ngày",
      "(abcdefghijklmnopqrstuvwxy) - Ngày", "ABCDEFGHIJ - Ngày", "ABCDEFGHIJK - Ngày", "A&B.C - x", "(Hà-Nội) - Sáng", "Phương - Diệp (TTXVN)", "Đinh Thị Thùy Vân - Phòng Hợp tác Quốc tế.",
      "Xuân Khu/TTXVN", "Ông Nguyễn Văn An", "Bà Lê Thị Hoa", "Hà Nội", "TP Huế", "Lan Anh, Minh Đức",
      "Lan Anh, Minh Đức, Hoàng Văn Thụ, Ngọc Bích, Mai Lan", "Trần Văn A 2024", "NGUYỄN VĂN AN", "Vũ  Minh",
      "a photo of the meeting hall", "anh chi em, ban be", "xin chao.", "the minister's visit to ha noi",
      "ha-noi meeting 2024", "x y", "nam 2024 - 2025", "abc", "ab c.", " a b", "a\tb c", "a_b c", "ab cD", "Tin mới nhất", "Xem thêm", "./.",
      "Hội nghị kết thúc tốt đẹp./.", "PGS.TS. Nguyễn Văn An và TS. Lê Thị Bình dự hội thảo.", "Ths. Phạm. Ông nói",
      "Đoàn đến P.Long An và Q. Ba Đình trong ngày 3.11 vừa qua.", "Có 5.200 đại biểu. Năm 2025 sẽ ký.",
      "Ông nói: “Chúng ta phải đoàn kết.” Sau đó ông rời hội trường.", "Vì sao vậy? Thật tuyệt! Còn nhiều việc… Ông đi.",
      "Kinh phí 3 tỷ đ. Mỗi năm.", "A. Bình. B. C", "v.v. Ông", "Mr. Smith. Dr. Who", "Ông A.B. Nguyễn", "x.Ông",
      ". . ! ? …", ", ,", " - ", "-", "(", "()", "(a) - b", "&.& - x", "AB-CD - Ef");

  private static Arbitrary<String> syllable() {
    return VietGen.syllables().map(s -> s.write());
  }

  /** A syllable with the tone on any nucleus letter (the old placement included), in NFC or NFD. */
  private static Arbitrary<String> anyPlacement() {
    return Combinators.combine(VietGen.syllables(), Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 3)).as((s, pos, form) -> {
          String w = s.write(pos);
          return switch (form) {
            case 0 -> Normalizer.normalize(w, Normalizer.Form.NFD);
            case 1 -> w.toUpperCase(Locale.ROOT);
            default -> w;
          };
        });
  }

  /** Short lines for the byline tests: names, agencies, sites, separators, odd spaces and letters. */
  static Arbitrary<String> bylines() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of("Thu", "Hà", "Xuân", "Khu", "Nguyễn", "Văn", "An", "BẮC", "BÌNH", "Lan", "Anh", "ông",
            "Bà", "Đồng chí", "TP", "Hà Nội", "Việt", "tại", "và", "Phòng", "Hợp", "tác", "Quốc", "tế", "iPhone", "McCain")),
        Tuple.of(4, Arbitraries.of(" ", " ", " - ", ", ", ",", "-", " -", "- ", "  ", "\t", "\u000B", "\f", "\r", "\n",
            "\u0085", "\u2028", "\u00A0", "(", ")", "/", ".", "&", "(TTXVN)", " (TTXVN)", "(VNA)", "(A.B/C)", "(abc)",
            "/TTXVN", "/quangtri.gov.vn", "/a b", "1", "2024", "٣", "\u0001", "𝐀", "𝐚", "ǅ", "ß", "İ", "Σ", "x")));
    Arbitrary<String> loose = piece.list().ofMaxSize(10).map(l -> String.join("", l));
    // name (one to five words), then maybe a separator and more, a suffix, a full stop, a terminator
    Arbitrary<String> word = Arbitraries.of("Thu", "Hà", "Xuân", "Khu", "Nguyễn", "Văn", "An", "BẮC", "Lan", "Đức", "ông",
        "tại", "𝐀nh", "ǅa", "Mc", "a1", "ß");
    Arbitrary<String> space = Arbitraries.of(" ", " ", " ", "  ", "\t", "\u000B", "\u00A0");
    Arbitrary<String> name = Combinators.combine(word.list().ofMinSize(1).ofMaxSize(5), space)
        .as((ws, sp) -> String.join(sp, ws));
    Arbitrary<String> sep = Arbitraries.of(" - ", ", ", ",", " -", "\t-\t", " , ", "-", " – ");
    Arbitrary<String> more = Arbitraries.oneOf(name, Arbitraries.of("Phòng Hợp tác Quốc tế", "phòng hợp tác quốc tế và",
        "tại Hà Nội", "ngày 26/4", "a b c d", "a\tb\tc\td e", "(x) y-z", ""));
    Arbitrary<String> suffix = Arbitraries.of("", "", " (TTXVN)", "(TTXVN)", " (VNA)", " (A.B/C)", "/TTXVN", "/vnexpress.net",
        " (abc)", "(TTXVN) ");
    Arbitrary<String> end = Arbitraries.of("", "", ".", "\n", "\r\n", "\u0085", "\u2028", ".\n");
    Arbitrary<String> shaped = Combinators.combine(name, sep, more, Arbitraries.integers().between(0, 2), suffix, end)
        .as((n, sp, m, k, sf, e) -> (k == 0 ? n : k == 1 ? n + sp + m : n + sp + m + sp + m) + sf + e);
    return Arbitraries.oneOf(loose, shaped, shaped);
  }

  /** Letters of Vietnamese words in every tone and case, and letters that must not confuse tone placement. */
  private static final List<Character> LETTERS = letters();

  private static List<Character> letters() {
    List<Character> out = new java.util.ArrayList<>();
    for (char c : "bcdđghklmnpqrstvxqgqgBCDĐGQ".toCharArray()) {
      out.add(c);
    }
    for (char v : "aăâeêioôơuưyAĂÂEÊIOÔƠUƯYiuiuIU".toCharArray()) {
      out.add(v);
      for (char t : "\u0300\u0301\u0303\u0309\u0323".toCharArray()) {
        out.add(Normalizer.normalize("" + v + t, Normalizer.Form.NFC).charAt(0));
      }
    }
    for (char f : "éüñśǹǘǵǴİöçåάÆøłőΣßḿṍẃỳfjwz".toCharArray()) {
      out.add(f);
    }
    return out;
  }

  /** Words of one to nine letters drawn from {@link #LETTERS}: syllables or not, tone anywhere. */
  static Arbitrary<String> letterWords() {
    Arbitrary<String> word = Arbitraries.of(LETTERS).list().ofMinSize(1).ofMaxSize(9).map(cs -> {
      StringBuilder sb = new StringBuilder();
      cs.forEach(sb::append);
      return sb.toString();
    });
    return word.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(" ", l));
  }

  /** One token of a mixed text. */
  static Arbitrary<String> token() {
    return Arbitraries.frequencyOf(
        Tuple.of(10, syllable()), Tuple.of(6, anyPlacement()), Tuple.of(4, Arbitraries.of(ODD)),
        Tuple.of(3, Arbitraries.of(" ", " ", ", ", ". ", "\n", ": ", " (", ") ", "/", "-", "\"", "'", "?", "!", "0",
            "2024", "13/12/2023", "09:15", "8h30")),
        Tuple.of(1, Arbitraries.chars().all().map(String::valueOf)),
        Tuple.of(1, Arbitraries.chars().range('\u0300', '\u036F').map(String::valueOf)),
        Tuple.of(1, Arbitraries.chars().range('\u00C0', '\u024F').map(String::valueOf)),
        Tuple.of(1, Arbitraries.chars().range('\u1E00', '\u1EFF').map(String::valueOf)));
  }

  /** A text of tokens glued together (no separators added: words run into odd chars). */
  static Arbitrary<String> mixed() {
    return token().list().ofMaxSize(60).map(l -> String.join("", l));
  }

  /** Words joined by spaces, each word possibly with odd chars glued to it. */
  static Arbitrary<String> words() {
    return token().list().ofMaxSize(40).map(l -> String.join(" ", l));
  }

  /** Lines of article kinds and random lines, joined by line breaks of any style. */
  static Arbitrary<String> article() {
    Arbitrary<String> line = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(LINES)),
        Tuple.of(3, VietGen.articles(25)), Tuple.of(2, words()),
        Tuple.of(1, Combinators.combine(Arbitraries.of(LINES), Arbitraries.of(LINES)).as((a, b) -> a + " " + b)));
    Arbitrary<String> sep = Arbitraries.of("\n", "\n", "\n", "\r\n", "\n\n", " \n ", "\n\u00A0\n");
    return Combinators.combine(line.list().ofMaxSize(14), sep.list().ofSize(14)).as((ls, ss) -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < ls.size(); i++) {
        if (i > 0) {
          sb.append(ss.get(i));
        }
        sb.append(ls.get(i));
      }
      return sb.toString();
    });
  }

  /** A Vietnamese text written in a legacy encoding and read back as Windows-1252. */
  static Arbitrary<String> mojibake() {
    Arbitrary<String> text = Arbitraries.oneOf(VietGen.articles(40), article(), words());
    return Combinators.combine(text, Arbitraries.integers().between(0, 3)).as(TextGen::encode);
  }

  /** Everything above, and the shared generators. */
  static Arbitrary<String> any() {
    return Arbitraries.frequencyOf(Tuple.of(3, mixed()), Tuple.of(3, words()), Tuple.of(3, article()),
        Tuple.of(2, mojibake()), Tuple.of(1, VietGen.nasty()), Tuple.of(2, VietGen.articles(60)));
  }

  static String encode(String text, int encoding) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    return switch (encoding) {
      case 0 -> utf8AsWindows1252(nfc);
      case 1 -> cp1258AsWindows1252(nfc);
      case 2 -> byTable(nfc, Tables.TCVN3);
      default -> byTable(nfc, Tables.VNI);
    };
  }

  private static String utf8AsWindows1252(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      String c = new String(new byte[] {b}, W1252);
      sb.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c.charAt(0));
    }
    return sb.toString();
  }

  private static String cp1258AsWindows1252(String s) {
    // Windows-1258 writes most toned letters as a base letter and a combining tone mark
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    String composed = d.replace("e\u0302", "ê").replace("o\u0302", "ô").replace("a\u0302", "â").replace("u\u031B", "ư")
        .replace("o\u031B", "ơ").replace("a\u0306", "ă").replace("E\u0302", "Ê").replace("O\u0302", "Ô")
        .replace("A\u0302", "Â").replace("U\u031B", "Ư").replace("O\u031B", "Ơ").replace("A\u0306", "Ă");
    return new String(composed.getBytes(Charset.forName("windows-1258")), W1252);
  }

  private static String byTable(String s, Map<Character, String> table) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String m = table.get(c);
      if (m == null) {
        m = table.get(Character.toLowerCase(c)); // TCVN3 has no capital toned letters
      }
      sb.append(m == null ? String.valueOf(c) : m);
    }
    return sb.toString();
  }

  /** Unicode letter to its legacy bytes read as Windows-1252, from the library's own table file. */
  private static final class Tables {
    static final Map<Character, String> TCVN3 = new HashMap<>();
    static final Map<Character, String> VNI = new HashMap<>();

    static {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          TextGen.class.getResourceAsStream("/io/github/doingoai/data/legacy-encodings.tsv"), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] cols = line.split("\t", -1);
          byte[] bytes = new byte[cols[3].length() / 2];
          for (int k = 0; k < bytes.length; k++) {
            bytes[k] = (byte) Integer.parseInt(cols[3].substring(2 * k, 2 * k + 2), 16);
          }
          String m = new String(bytes, W1252);
          if (m.indexOf('\uFFFD') >= 0) {
            m = new String(bytes, StandardCharsets.ISO_8859_1);
          }
          (cols[1].equals("tcvn3") ? TCVN3 : VNI).putIfAbsent(cols[0].charAt(0), m);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
