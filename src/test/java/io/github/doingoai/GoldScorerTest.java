package io.github.doingoai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The Java scorer behind the regression test follows the rules of GUIDELINES.md. */
class GoldScorerTest {
  private final ObjectMapper mapper = new ObjectMapper();

  private JsonNode gold() throws Exception {
    return mapper.readTree("""
        {"source":"x.txt","published":null,
         "officials":[{"name":"Nguyễn Văn A","positions":[{"text":"Chủ tịch UBND TP.HCM"}]},
                      {"name":"Trần Thị Bình","positions":[{"text":"Bộ trưởng Bộ Ngoại giao"}]}],
         "meetings":[{"kind":"CONFERENCE","date":"--04-26","partOfDay":null,"location":"Thành phố Hồ Chí Minh",
                      "chairs":["Nguyễn Văn A"],"edition":null,"attendees":null}],
         "agreements":[{"kind":"TWINNING","status":"SIGNED","date":"--04-26","parties":["tỉnh X","tỉnh Y"]}],
         "pillars":[{"pillar":"ECONOMIC"}],"documents":[{"code":"31-NQ/TW"}]}""");
  }

  @Test
  void goldAgainstItselfScoresOneEverywhere() throws Exception {
    GoldScorer s = new GoldScorer();
    s.add(gold(), gold());
    s.summary().forEach((k, v) -> assertEquals(1.0, v, 1e-9, k));
    assertTrue(s.differences.isEmpty(), s.differences.toString());
  }

  @Test
  void spellingsOfOneBodyAndTonePlacementsCompareEqual() {
    assertEquals(GoldScorer.norm("Chủ tịch UBND TP.HCM"), GoldScorer.norm("chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh"));
    assertEquals(GoldScorer.norm("hoà bình"), GoldScorer.norm("hòa bình"));
    assertEquals(GoldScorer.norm("Uỷ ban"), GoldScorer.norm("Ủy ban"));
  }

  @Test
  void aMissingOfficialAndAWrongDateLowerTheScores() throws Exception {
    ObjectNode pred = (ObjectNode) gold().deepCopy();
    ((ArrayNode) pred.get("officials")).remove(1);
    ((ObjectNode) pred.get("meetings").get(0)).put("date", "2021-04-27");
    GoldScorer s = new GoldScorer();
    s.add(gold(), pred);
    assertEquals(2.0 / 3, s.summary().get("officials"), 1e-9);
    assertEquals(0.0, s.summary().get("meetings"), 1e-9); // the date keys the pairing: 04-27 is not 04-26
  }
}
