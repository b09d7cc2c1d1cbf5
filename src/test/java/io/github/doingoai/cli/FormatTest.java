package io.github.doingoai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.doingoai.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format jsonl|json|csv|tsv} of the command line's extract. */
class FormatTest {

  static final String ARTICLE = "Chủ tịch UBND tỉnh Gia Lai tiếp Đại sứ Hàn Quốc\n\n"
      + "Sáng 8/4, tại Pleiku, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Gia Lai Trương Văn Đạt đã tiếp ông "
      + "Kim Min-ho, Đại sứ Hàn Quốc tại Việt Nam, cùng đoàn công tác.\n";

  private static Path twoArticles(Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), ARTICLE, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.txt"), ARTICLE.replace("8/4", "9/4"), StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void jsonIsOneArrayOfTheArticles(@TempDir Path dir) throws Exception {
    MainTest.Run r = MainTest.run("extract", "--format", "json", twoArticles(dir).toString());
    assertEquals(0, r.code(), r.err());
    JsonNode arr = JsonCodec.mapper().readTree(r.out());
    assertTrue(arr.isArray());
    assertEquals(List.of("a.txt", "b.txt"), List.of(arr.get(0).get("source").asText(), arr.get(1).get("source").asText()));
  }

  @Test
  void anEmptyRunIsAnEmptyArray(@TempDir Path dir) throws Exception {
    MainTest.Run r = MainTest.run("extract", "--format=json", dir.toString());
    assertEquals(0, JsonCodec.mapper().readTree(r.out()).size());
  }

  @Test
  void csvHasAHeaderThenOneRowPerOfficialAndPerMeeting(@TempDir Path dir) throws Exception {
    MainTest.Run r = MainTest.run("extract", "--format", "csv", twoArticles(dir).resolve("a.txt").toString());
    assertEquals(0, r.code(), r.err());
    String[] rows = r.out().split("\r\n");
    assertEquals(String.join(",", TableWriter.HEADER), rows[0]);
    assertTrue(rows[1].startsWith("a.txt,official,o1,Trương Văn Đạt,"), rows[1]);
    // a field with a comma is quoted; positions are joined with "; "
    assertTrue(r.out().contains("Phó Bí thư Tỉnh ủy Gia Lai; Chủ tịch UBND tỉnh Gia Lai"), r.out());
    assertTrue(r.out().contains(",meeting,m1,") && r.out().contains(",RECEPTION,--04-08,MORNING,Pleiku,"), r.out());
  }

  @Test
  void tsvNeedsNoQuotes(@TempDir Path dir) throws Exception {
    MainTest.Run r = MainTest.run("extract", "--format", "tsv", twoArticles(dir).resolve("a.txt").toString());
    String[] rows = r.out().split("\n");
    assertEquals(TableWriter.HEADER.size(), rows[0].split("\t", -1).length);
    for (String row : rows) {
      assertEquals(TableWriter.HEADER.size(), row.split("\t", -1).length, row);
    }
  }

  @Test
  void csvQuotingFollowsRfc4180() {
    assertEquals("plain", TableWriter.csv("plain"));
    assertEquals("\"a, b\"", TableWriter.csv("a, b"));
    assertEquals("\"say \"\"hi\"\"\"", TableWriter.csv("say \"hi\""));
    assertEquals("a b", TableWriter.tsv("a\tb"));
  }

  @Test
  void anUnknownFormatOrATableForMatchIsABadOption(@TempDir Path dir) throws Exception {
    MainTest.Run r = MainTest.run("extract", "--format", "xml", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--format") && r.err().contains("xml"), r.err());
    MainTest.Run m = MainTest.run("match", "--format", "csv", dir.toString());
    assertEquals(2, m.code());
    assertTrue(m.err().contains("match writes JSON only"), m.err());
  }
}
