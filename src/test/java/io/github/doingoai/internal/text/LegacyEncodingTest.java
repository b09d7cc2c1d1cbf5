package io.github.doingoai.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Mojibake in, Unicode out. The legacy forms below are written by hand from the byte tables of the
 * encodings (as a scraper would decode them with Windows-1252), never copied from a publication.
 */
class LegacyEncodingTest {

  private static final VietnameseNormalizer N = VietnameseNormalizer.instance();
  private static final String UNICODE =
      "Chiều 5/3, Chủ tịch UBND tỉnh Bình Định tiếp Đại sứ Hàn Quốc. Hai bên thống nhất đẩy mạnh hợp tác.";

  @Test
  void vniReadAsWindows1252IsConverted() {
    String vni = "Chieàu 5/3, Chuû tòch UBND tænh Bình Ñònh tieáp Ñaïi söù Haøn Quoác. "
        + "Hai beân thoáng nhaát ñaåy maïnh hôïp taùc.";
    NormalizedText t = N.normalize(vni);
    assertEquals(LegacyEncoding.VNI, t.legacyEncoding());
    assertEquals(UNICODE, t.text());
    assertTrue(t.warnings().get(0).contains("VNI-Windows"), t.warnings().toString());
    // a span of the converted text points at the mojibake the caller gave
    int s = t.text().indexOf("Đại sứ");
    assertEquals("Ñaïi söù", t.span(s, s + "Đại sứ".length()).text());
  }

  @Test
  void uppercaseVniIsConverted() {
    NormalizedText t = N.normalize("THUÛ TÖÔÙNG CHÍNH PHUÛ LAØM VIEÄC VÔÙI TÆNH ÑOÀNG THAÙP");
    assertEquals(LegacyEncoding.VNI, t.legacyEncoding());
    assertEquals("THỦ TƯỚNG CHÍNH PHỦ LÀM VIỆC VỚI TỈNH ĐỒNG THÁP", t.text());
  }

  @Test
  void tcvn3ReadAsWindows1252IsConverted() {
    String tcvn = "ChiÒu 5/3, Chñ tÞch UBND tØnh B×nh §Þnh tiÕp §¹i sø Hµn Quèc. "
        + "Hai bªn thèng nhÊt ®Èy m¹nh hîp t¸c.";
    // TCVN3 has no capital toned letters: the ABC fonts drew "Chiều" from these lower-case codes
    NormalizedText t = N.normalize(tcvn);
    assertEquals(LegacyEncoding.TCVN3, t.legacyEncoding());
    assertEquals(UNICODE, t.text());
  }

  @Test
  void utf8ReadAsWindows1252IsConverted() {
    // as browsers read Windows-1252: the five undefined bytes become C1 controls
    StringBuilder sb = new StringBuilder();
    for (byte b : UNICODE.getBytes(StandardCharsets.UTF_8)) {
      String c = new String(new byte[] {b}, Charset.forName("windows-1252"));
      sb.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c.charAt(0));
    }
    String moji = sb.toString();
    NormalizedText t = N.normalize(moji);
    assertEquals(LegacyEncoding.UTF8, t.legacyEncoding());
    assertEquals(UNICODE, t.text());
  }

  @Test
  void windows1258ReadAsWindows1252IsConverted() {
    Charset cp1258 = Charset.forName("windows-1258");
    // Windows-1258 writes most toned letters as a base letter and a combining tone mark
    String decomposed = java.text.Normalizer.normalize(UNICODE, java.text.Normalizer.Form.NFD)
        .replace("ê\u0301", "ế").replace("e\u0302", "ê").replace("o\u0302", "ô").replace("a\u0302", "â")
        .replace("u\u031B", "ư").replace("o\u031B", "ơ").replace("a\u0306", "ă").replace("D\u0302", "D");
    String legacy = new String(decomposed.getBytes(cp1258), Charset.forName("windows-1252"));
    NormalizedText t = N.normalize(legacy);
    assertEquals(LegacyEncoding.CP1258, t.legacyEncoding());
    assertEquals(UNICODE, t.text());
  }

  @Test
  void shortOrCleanTextIsLeftAlone() {
    assertNull(N.normalize("Hµ").legacyEncoding());
    assertNull(N.normalize(UNICODE).legacyEncoding());
    assertNull(N.normalize("Plain ASCII text about nothing in particular.").legacyEncoding());
    assertNull(N.normalize("Straße, Größe, Übermaß, schön, für, über, Bäcker, Köln, Düsseldorf").legacyEncoding());
  }

  @Test
  void syllableShape() {
    assertTrue(LegacyEncoding.isSyllable("Nguyễn"));
    assertTrue(LegacyEncoding.isSyllable("nghiêng"));
    assertTrue(LegacyEncoding.isSyllable("ĐỒNG"));
    assertFalse(LegacyEncoding.isSyllable("ộtộ"));
    assertFalse(LegacyEncoding.isSyllable("straße"));
  }
}
