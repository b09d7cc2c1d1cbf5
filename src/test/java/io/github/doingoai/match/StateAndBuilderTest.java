package io.github.doingoai.match;

import static io.github.doingoai.match.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.doingoai.Doingoai;
import io.github.doingoai.DoingoaiException;
import io.github.doingoai.ErrorKind;
import io.github.doingoai.model.AgreementKind;
import io.github.doingoai.model.AgreementStatus;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.MeetingKind;
import org.junit.jupiter.api.Test;

/** The matcher's configuration and the index's saved state. */
class StateAndBuilderTest {

  private static Extraction signing(String date, String... officials) {
    Articles a = article();
    for (String o : officials) {
      a.official(o, "Chủ tịch UBND tỉnh Tây Ninh");
    }
    return a.meeting(MeetingKind.CONFERENCE, date, "Hội nghị ký kết biên bản hợp tác", "phường Long An", null)
        .agreement(AgreementKind.COOPERATION_AGREEMENT, AgreementStatus.SIGNED, date, "UBND tỉnh Tây Ninh",
            "tỉnh Svay Rieng")
        .build();
  }

  @Test
  void builderIsImmutableAndFailsFast() {
    MatcherBuilder b = Doingoai.matcher();
    MatcherBuilder strict = b.threshold(0.9);
    assertNotSame(b, strict);
    assertEquals(MatcherBuilder.DEFAULT_THRESHOLD, b.build().threshold());
    assertEquals(0.9, strict.build().threshold());
    assertEquals(7, b.dateWindowDays(7).build().dateWindowDays());
    assertEquals(-2.0, b.weight(EvidenceKind.DATE_CONFLICT, -2).build().weights().get(EvidenceKind.DATE_CONFLICT));
    assertEquals(EvidenceKind.SAME_DATE.defaultWeight(), b.build().weights().get(EvidenceKind.SAME_DATE));
    for (Runnable bad : new Runnable[] {
        () -> b.threshold(0), () -> b.threshold(Double.NaN), () -> b.threshold(-1),
        () -> b.dateWindowDays(-1), () -> b.dateWindowDays(400), () -> b.maxCandidatesPerKey(0),
        () -> b.weight(EvidenceKind.SAME_KIND, Double.POSITIVE_INFINITY)}) {
      DoingoaiException e = assertThrows(DoingoaiException.class, bad::run);
      assertEquals(ErrorKind.BAD_ARGUMENT, e.kind());
    }
    assertThrows(NullPointerException.class, () -> b.weight(null, 1));
  }

  @Test
  void thresholdDecides() {
    Extraction a = signing("2025-11-03", "Nguyễn Văn Út");
    Extraction c = signing("--11-03", "Nguyễn Văn Út");
    MatchDecision lenient = Doingoai.matcher().build().explain("a", a, "c", c);
    assertTrue(lenient.sameEvent());
    MatchDecision strict = Doingoai.matcher().threshold(lenient.score() + 0.01).build().explain("a", a, "c", c);
    assertEquals(lenient.score(), strict.score());
    assertEquals(false, strict.sameEvent());
  }

  @Test
  void savedIndexLoadsWithTheSameEventsAndKeepsMatching() {
    EventIndex index = Doingoai.matcher().threshold(0.7).dateWindowDays(2).build().newIndex();
    index.add("w1", signing("2025-11-03", "Nguyễn Văn Út", "Lê Văn Quyết"));
    index.add("w2", signing("--11-03", "Nguyễn Văn Út", "Lê Văn Quyết"));
    index.add("w3", signing("2025-11-20", "Nguyễn Văn Út"));
    String json = index.toJson();
    EventIndex loaded = EventIndex.fromJson(json);
    assertEquals(0.7, loaded.matcher().threshold());
    assertEquals(2, loaded.matcher().dateWindowDays());
    assertEquals(index.events(), loaded.events());
    assertEquals(index.officials().persons(), loaded.officials().persons());
    assertEquals(index.agreements().agreements(), loaded.agreements().agreements());
    assertEquals(json, loaded.toJson());
    // the loaded index goes on matching as the original would
    Extraction late = signing("2025-11-03", "Nguyễn Văn Út", "Lê Văn Quyết");
    assertEquals(index.add("w4", late), loaded.add("w4", late));
    assertEquals(index.eventOf("w1"), loaded.eventOf("w4"));
  }

  @Test
  void badStateFailsAsBadJson() {
    for (String bad : new String[] {"", "[]", "{\"version\":99,\"articles\":[]}", "{\"version\":1}",
        "{\"version\":1,\"threshold\":0.6,\"dateWindowDays\":3,\"maxCandidatesPerKey\":5,"
            + "\"articles\":[{\"event\":\"x\"}]}"}) {
      DoingoaiException e = assertThrows(DoingoaiException.class, () -> EventIndex.fromJson(bad), bad);
      assertEquals(ErrorKind.BAD_JSON, e.kind(), bad);
    }
  }
}
