package io.github.doingoai.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.model.PartialDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Article structure on short articles written for these tests in the style of Vietnamese news. */
class ArticleStructureTest {

  private static List<BoilerplateRule> rules;

  @BeforeAll
  static void load() {
    rules = Gazetteer.load(List.of()).boilerplate();
  }

  private record Parsed(NormalizedText text, ArticleStructure s) {
    BlockKind kindOf(String lineStart) {
      int at = text.text().indexOf(lineStart);
      assertTrue(at >= 0, "no line " + lineStart);
      return s.blocks().get(s.blockAt(at)).kind();
    }

    boolean content(String piece) {
      return s.isContent(text.text().indexOf(piece));
    }

    List<String> authors() {
      return s.authors().stream().map(a -> text.text().substring(a.start(), a.end())).toList();
    }
  }

  private static Parsed parse(String article) {
    NormalizedText t = VietnameseNormalizer.instance().normalize(article);
    return new Parsed(t, ArticleStructure.of(t, rules));
  }

  private static final String ARTICLE = String.join("\n",
      "Quảng Ninh tăng cường hợp tác với các địa phương nước bạn",
      "Mai Hoa 13/12/2023 09:15",
      "(Báo Quảng Ninh) - Chiều 12/12, tại TP. Hạ Long, Chủ tịch UBND tỉnh Nguyễn Văn An tiếp đoàn công tác.",
      "Hai bên trao đổi về hợp tác kinh tế, du lịch và giáo dục.",
      "Quang cảnh buổi tiếp. (Ảnh: Thu Hà/TTXVN)",
      "Chú thích ảnh",
      "Ông Nguyễn Văn An phát biểu tại buổi tiếp",
      "Ông An khẳng định tỉnh luôn coi trọng quan hệ hữu nghị.",
      "Thu Hà",
      "Tin liên quan",
      "Quảng Ninh đón đoàn khách quốc tế đầu năm",
      "Bình luận",
      "Tối đa: 1500 ký tự");

  @Test
  void titleBylineBodyCaptionsAndTail() {
    Parsed p = parse(ARTICLE);
    assertEquals(0, p.s().titleBlock());
    assertEquals(BlockKind.TITLE, p.kindOf("Quảng Ninh tăng cường"));
    assertEquals(BlockKind.BYLINE, p.kindOf("Mai Hoa"));
    assertEquals(PartialDate.of(2023, 12, 13), p.s().published());
    assertEquals("09:15", p.s().publishedTime());
    assertEquals(BlockKind.BODY, p.kindOf("(Báo Quảng Ninh)"));
    assertFalse(p.content("(Báo Quảng Ninh)"), "the dateline is not content");
    assertTrue(p.content("Chiều 12/12"));
    assertEquals(BlockKind.CAPTION, p.kindOf("Quang cảnh"));
    assertTrue(p.content("Quang cảnh"));
    assertFalse(p.content("(Ảnh: Thu Hà"), "the photo credit is not content");
    assertEquals(BlockKind.BOILERPLATE, p.kindOf("Chú thích ảnh"));
    assertEquals(BlockKind.CAPTION, p.kindOf("Ông Nguyễn Văn An phát biểu"));
    assertEquals(BlockKind.BODY, p.kindOf("Ông An khẳng định"));
    assertEquals(BlockKind.BYLINE, p.kindOf("Thu Hà\n"));
    assertEquals(BlockKind.BOILERPLATE, p.kindOf("Tin liên quan"));
    assertEquals(BlockKind.BOILERPLATE, p.kindOf("Quảng Ninh đón đoàn"));
    assertFalse(p.content("Quảng Ninh đón đoàn"), "teasers after the related-articles label are not content");
    assertTrue(p.authors().containsAll(List.of("Mai Hoa", "Thu Hà")), p.authors().toString());
    assertFalse(p.authors().contains("TTXVN"));
  }

  @Test
  void sentencesComeOnlyFromContent() {
    Parsed p = parse(ARTICLE);
    for (Sentence s : p.s().sentences()) {
      assertTrue(p.s().isContent(s.start()), p.text().text().substring(s.start(), s.end()));
      String sentence = p.text().text().substring(s.start(), s.end());
      assertFalse(sentence.contains("Mai Hoa") || sentence.contains("Bình luận") || sentence.contains("Ảnh:"), sentence);
    }
    assertTrue(p.s().sentences().stream().anyMatch(s -> p.text().text().substring(s.start(), s.end()).startsWith("Chiều 12/12")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Mai Loan 13/12/2021 13:50|2021-12-13|13:50",
      "Thứ hai - 22/08/2022 16:19|2022-08-22|16:19",
      "22/03/2025 - 12:41|2025-03-22|12:41",
      "Thứ Sáu, 07/06/2024, 08:05 (GMT+7)|2024-06-07|08:05",
      "Cập nhật: 05/01/2024 10:30|2024-01-05|10:30"})
  void datelines(String line, String date, String time) {
    Parsed p = parse("Tỉnh Nghệ An đón đoàn đại biểu nước bạn sang thăm\n" + line
        + "\nSáng 4/1, lãnh đạo tỉnh tiếp đoàn đại biểu tại trụ sở.\n");
    assertEquals(date, String.valueOf(p.s().published()));
    assertEquals(time, p.s().publishedTime());
    assertFalse(p.content(line.substring(0, 4)));
  }

  @Test
  void datelineInsideBodyIsNotContent() {
    Parsed p = parse("Việt Nam và Lào tăng cường hợp tác giáo dục\nTTXVN - Ngày 26/4, tại Viêng Chăn, hai bên ký biên bản ghi nhớ.");
    assertFalse(p.content("TTXVN"));
    assertTrue(p.content("Ngày 26/4"));
    assertNull(p.s().published(), "a day without a year is not the article's date");
  }

  @Test
  void uppercaseCreditLineIsAByline() {
    Parsed p = parse("Đoàn đại biểu tỉnh thăm và làm việc tại Cuba\nĐoàn đại biểu chụp ảnh lưu niệm.\nẢNH: BẮC BÌNH\n"
        + "Chuyến thăm góp phần thắt chặt quan hệ hữu nghị.");
    assertEquals(BlockKind.BYLINE, p.kindOf("ẢNH: BẮC BÌNH"));
    assertTrue(p.authors().contains("BẮC BÌNH"), p.authors().toString());
    assertTrue(p.content("Chuyến thăm"));
  }

  @Test
  void allCapsHeadlineIsTheTitle() {
    Parsed p = parse("TPHCM THÀNH CÔNG TRONG CÔNG TÁC ĐỐI NGOẠI NĂM 2024\nNgày 20/12, Thành ủy tổ chức hội nghị tổng kết.");
    assertEquals(0, p.s().titleBlock());
    assertEquals(BlockKind.BODY, p.kindOf("Ngày 20/12"));
  }

  @Test
  void shareBarAndCommentBoxAreBoilerplate() {
    Parsed p = parse("Hà Tĩnh ký kết hợp tác với tỉnh Bolikhamxay\nChia sẻ:\nSáng 2/3, hai tỉnh ký biên bản ghi nhớ hợp tác."
        + "\nXem thêm\nHà Tĩnh thúc đẩy du lịch biên giới");
    assertEquals(BlockKind.BOILERPLATE, p.kindOf("Chia sẻ:"));
    assertTrue(p.content("Sáng 2/3"));
    assertFalse(p.content("Hà Tĩnh thúc đẩy"));
  }

  @Test
  void emptyAndOddTextsHaveNoBlocksOrSafeOnes() {
    assertTrue(parse("").s().blocks().isEmpty());
    assertTrue(parse("\n\n   \n").s().blocks().isEmpty());
    ArticleStructure s = parse("./.").s();
    assertEquals(-1, s.blockAt(-5));
    assertEquals(-1, s.blockAt(1000));
  }
}
