package io.github.doingoai.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A run-on text is cut into bounded pieces at spaces; ordinary sentences are not touched. */
class LongSentenceTest {

  @Test
  void cutsARunOnTextAtSpacesIntoBoundedPieces() {
    String text = "Hội nghị lần thứ 20 hội đàm tiếp làm việc với ".repeat(500).trim();
    List<Sentence> pieces = Segmenter.sentences(text, 0, text.length(), 0);
    assertTrue(pieces.size() >= text.length() / Segmenter.MAX_SENTENCE, "pieces: " + pieces.size());
    StringBuilder joined = new StringBuilder();
    for (Sentence p : pieces) {
      assertTrue(p.end() - p.start() <= Segmenter.MAX_SENTENCE, "piece of " + (p.end() - p.start()));
      assertTrue(p.start() == 0 || text.charAt(p.start() - 1) == ' ', "a piece starts after a space");
      assertTrue(p.end() == text.length() || text.charAt(p.end()) == ' ', "a piece ends before a space");
      joined.append(joined.length() == 0 ? "" : " ").append(text, p.start(), p.end());
    }
    assertEquals(text, joined.toString(), "no word lost");
  }

  @Test
  void leavesOrdinarySentencesWhole() {
    String first = "Chiều 8/4, tại trụ sở Ủy ban nhân dân tỉnh, " + "ông Chủ tịch cho biết hai bên sẽ hợp tác, ".repeat(30)
        + "nhất là về đào tạo nghề.";
    String text = first + " Đại sứ cảm ơn tỉnh.";
    List<Sentence> s = Segmenter.sentences(text, 0, text.length(), 0);
    assertEquals(2, s.size());
    assertEquals(first, text.substring(s.get(0).start(), s.get(0).end()));
  }
}
