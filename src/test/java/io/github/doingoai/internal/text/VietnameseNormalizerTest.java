package io.github.doingoai.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.doingoai.model.Span;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseNormalizerTest {

  private static final VietnameseNormalizer N = VietnameseNormalizer.instance();

  private static String norm(String s) {
    return N.normalize(s).text();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      // open two-vowel syllables: the mark sits on the first vowel
      "hoà, hòa", "thuỷ, thủy", "Uỷ, Ủy", "Thuỵ, Thụy", "khoẻ, khỏe", "hoá, hóa", "toà, tòa", "loè, lòe",
      // qu and gi: their u and i are consonants
      "qúy, quý", "Qúy, Quý", "qủa, quả", "gìa, già", "gịam, giạm", "Gĩư, Giữ",
      // a final consonant moves the mark to the second vowel
      "hòan, hoàn", "tóan, toán", "Hùynh, Huỳnh", "khỏang, khoảng", "thúyt, thuýt",
      // ươ and other marked vowels carry the tone, the later one in ươ
      "ngừơi, người", "trừơng, trường", "thủơ, thuở", "rựơu, rượu", "mứa, mứa", "khúyên, khuyến",
      // three vowels: the middle one
      "ngòai, ngoài", "khủyu, khuỷu", "xóay, xoáy", "ngỏeo, ngoẻo",
      // capitals keep their case
      "HOÀ, HÒA", "THUỶ, THỦY", "ỦY, ỦY", "NGỪƠI, NGƯỜI", "QÚY, QUÝ",
      // already canonical words stay
      "Nguyễn, Nguyễn", "Việt, Việt", "quốc, quốc", "giường, giường", "gì, gì", "thuê, thuê"
  })
  void placesTheToneMarkCanonically(String in, String expected) {
    assertEquals(expected, norm(in));
    assertEquals(expected, norm(Normalizer.normalize(in, Normalizer.Form.NFD)), "NFD input");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Chamaléa", "Champasak", "Nestlé", "café", "São", "José", "Müller", "Peña", "résumé",
      "Phnôm", "Viêng", "iPhone", "COVID-19"})
  void leavesForeignWordsAlone(String word) {
    assertEquals(word, norm(word));
  }

  @Test
  void oldAndNewPlacementOfAPhraseAreEqual() {
    assertEquals(norm("Ủy ban nhân dân tỉnh Khánh Hòa, Thụy Điển, sức khỏe, quý khách"),
        norm("Uỷ ban nhân dân tỉnh Khánh Hoà, Thuỵ Điển, sức khoẻ, qúy khách"));
  }

  @Test
  void mapsSpacesQuotesDashesAndEntities() {
    NormalizedText t = N.normalize("Ông\u00A0A\u2009\u2009nói:\u00A0\u201CHợp tác\u201D \u2013 &quot;tốt&quot;&nbsp;&#39;x&#39;");
    assertEquals("Ông A nói: \"Hợp tác\" - \"tốt\" 'x'", t.text());
  }

  @Test
  void dropsInvisibleCharsAndKeepsTheirOffsetsCovered() {
    String original = "Hà\u200BNội\u00AD\u200E và\uFEFF Huế";
    NormalizedText t = N.normalize(original);
    assertEquals("HàNội và Huế", t.text());
    Span s = t.span(0, t.text().indexOf(" và"));
    assertEquals(original.substring(0, original.indexOf("\u00AD")), s.text());
  }

  @Test
  void crlfAndCrBecomeLineFeeds() {
    NormalizedText t = N.normalize("Dòng một\r\nDòng hai\rDòng ba");
    assertEquals("Dòng một\nDòng hai\nDòng ba", t.text());
    int i = t.text().indexOf("Dòng hai");
    assertEquals("Dòng hai", t.span(i, i + 8).text());
  }

  @Test
  void unpairedSurrogatesAndControlsAreReplaced() {
    NormalizedText t = N.normalize("a\uD800b\uDC00c\u0007d\u0000e😀f");
    assertEquals("a\uFFFDb\uFFFDc d e😀f", t.text());
    assertEquals(t.text().length(), t.length());
  }

  @Test
  void spanOfAnNfdWordCoversItsCombiningMarks() {
    String nfd = Normalizer.normalize("Bộ Ngoại giao", Normalizer.Form.NFD);
    NormalizedText t = N.normalize("Ông " + nfd + ".");
    assertEquals("Ông Bộ Ngoại giao.", t.text());
    int s = t.text().indexOf("Bộ");
    Span span = t.span(s, s + "Bộ Ngoại giao".length());
    assertEquals(nfd, span.text());
    assertEquals(4, span.start());
    assertEquals(s, t.toNormalized(span.start()));
  }

  @Test
  void keyIsLowerCaseWithSingleSpaces() {
    assertEquals("ủy ban nhân dân", N.key("  Uỷ   BAN\u00A0nhân dân "));
  }

  @Test
  void unicodeTextIsNotMistakenForMojibake() {
    NormalizedText t = N.normalize("Bí thư Thành ủy Hà Nội tiếp Đại sứ Pháp tại Hà Nội. Ông nói: « Très bien, "
        + "c'est déjà fait à l'été ».");
    assertNull(t.legacyEncoding());
    assertTrue(t.warnings().isEmpty());
  }

  @Test
  void frenchTextIsNotConverted() {
    String fr = "Le ministre français a été reçu à Hanoï. Les deux délégations ont évoqué la coopération "
        + "économique, l'éducation et la santé publique, précisément après la réunion de février.";
    NormalizedText t = N.normalize(fr);
    assertNull(t.legacyEncoding());
    assertEquals(fr.replace("'", "'"), t.text());
  }
}
