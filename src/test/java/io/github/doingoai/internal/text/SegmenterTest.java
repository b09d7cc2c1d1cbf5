package io.github.doingoai.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SegmenterTest {

  private static List<String> split(String s) {
    String t = VietnameseNormalizer.instance().normalize(s).text();
    return Segmenter.sentences(t, 0, t.length(), 0).stream().map(x -> t.substring(x.start(), x.end())).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Chiều 26/4, tại TP. Hồ Chí Minh, lãnh đạo hai bên ký quy chế phối hợp.",
      "PGS.TS. Nguyễn Văn An và TS. Lê Thị Bình dự hội thảo.",
      "Ths. Phạm Văn Cường, Phó Giám đốc Sở, trình bày tham luận.",
      "Đoàn đến P.Long An và Q. Ba Đình trong ngày 3.11 vừa qua.",
      "Hội nghị có 5.200 đại biểu tham dự, tăng 1.500 người so với năm 2022.",
      "Ông Trần A. Bình cùng GS. Vũ Minh và các đại biểu.",
      "Tin mới nhất",
      "Hội nghị kết thúc tốt đẹp./."
  })
  void oneSentence(String s) {
    assertEquals(List.of(s), split(s));
  }

  @Test
  void splitsAtSentenceEnds() {
    assertEquals(List.of("Hội nghị khai mạc sáng nay.", "Hai bên trao đổi nhiều nội dung.", "Năm 2025 sẽ ký kết."),
        split("Hội nghị khai mạc sáng nay. Hai bên trao đổi nhiều nội dung. Năm 2025 sẽ ký kết."));
  }

  @Test
  void quoteClosingAfterTheStopStaysWithItsSentence() {
    assertEquals(List.of("Ông nói: \"Chúng ta phải đoàn kết.\"", "Sau đó ông rời hội trường."),
        split("Ông nói: “Chúng ta phải đoàn kết.” Sau đó ông rời hội trường."));
  }

  @Test
  void questionExclamationAndEllipsis() {
    assertEquals(List.of("Vì sao vậy?", "Thật tuyệt!", "Còn nhiều việc…", "Ông nói tiếp."),
        split("Vì sao vậy? Thật tuyệt! Còn nhiều việc… Ông nói tiếp."));
  }

  @Test
  void lowerCaseAfterAStopDoesNotSplit() {
    assertEquals(1, split("Kinh phí khoảng 3 tỷ đ. mỗi năm cho hoạt động này.").size());
  }

  @Test
  void terminalRunAndTrailingSpace() {
    assertEquals(List.of("Xong./.", "Tiếp theo."), split("Xong./. Tiếp theo.   "));
  }

  @Test
  void sentencesNeverEmptyAndInsideTheRange() {
    String t = "  .  . ! ? … ";
    for (Sentence s : Segmenter.sentences(t, 0, t.length(), 3)) {
      assertEquals(3, s.block());
      org.junit.jupiter.api.Assertions.assertTrue(s.end() > s.start() && s.start() >= 0 && s.end() <= t.length());
      org.junit.jupiter.api.Assertions.assertFalse(Character.isWhitespace(t.charAt(s.start())));
    }
  }
}
