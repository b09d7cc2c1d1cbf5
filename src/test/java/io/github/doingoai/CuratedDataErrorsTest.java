package io.github.doingoai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A caller's malformed data file fails at build(), naming the file, the line and the reason. */
class CuratedDataErrorsTest {

  private static DoingoaiException fails(DataKind kind, String content) {
    ExtractorBuilder b = Doingoai.extractor().addData(kind, "mine.tsv", content); // nothing read yet
    return assertThrows(DoingoaiException.class, b::build);
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiterString = " » ", value = {
      "TITLES » # a comment\\n\\nBí thư Tỉnh ủy  party » mine.tsv line 3: needs at least 2 TAB-separated columns » separated by spaces",
      "TITLES » Bí thư\\tparty\\n\\tparty » mine.tsv line 2: column 1 (name) is empty » column 1 (name) is empty",
      "TITLES » Bí thư\\t » mine.tsv line 1: column 2 (kind) is empty » column 2 (kind) is empty",
      "TITLES » Bí thư\\tpolitburo » mine.tsv line 1: column 2 (kind) is \"politburo\"; allowed: » allowed: diplomatic",
      "PLACES » Huế\\tcity\\tThừa Thiên Huế||Hue » mine.tsv line 1: column 3 (aliases) has an empty alias » empty alias",
      "SURNAMES » Ng\uFFFDyễn\\tsurname » mine.tsv line 1: contains U+FFFD » not valid UTF-8",
      "BOILERPLATE » Chia sẻ[\\tline » mine.tsv line 1: column 1 is not a valid regular expression » regular expression",
      "BOILERPLATE » Chia sẻ\\tfooter » mine.tsv line 1: column 2 (kind) is \"footer\" » caption-label",
      "MEETING_CUES » phiên họp\\tstrong\\t\\tCONFERENCE\\ncuộc gặp\\tmeeting » mine.tsv line 2: column 2 (kind) is \"meeting\" » strong",
      "AGREEMENTS » hiệp ước\\tsort » mine.tsv line 1: column 2 (kind) is \"sort\" » kind",
      "DOCUMENTS » Công văn\\tword » mine.tsv line 1: column 2 (kind) is \"word\" » type-word",
      "ORDINALS » mười một\\tnumber » mine.tsv line 1: column 2 (kind) is \"number\" » ordinal"})
  void eachReasonNamesFileLineAndReason(DataKind kind, String content, String expected, String hint) {
    DoingoaiException e = fails(kind, content.replace("\\n", "\n").replace("\\t", "\t"));
    assertEquals(ErrorKind.BAD_DATA, e.kind());
    assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    assertTrue(e.getMessage().contains(hint), e.getMessage());
  }

  @Test
  void missingFileIsAnIoErrorNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("none.tsv");
    ExtractorBuilder b = Doingoai.extractor().addData(DataKind.BODIES, missing);
    DoingoaiException e = assertThrows(DoingoaiException.class, b::build);
    assertEquals(ErrorKind.IO, e.kind());
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void nonUtf8FileIsBadDataWithItsLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("latin1.tsv");
    Files.write(f, "Bí thư\tparty\nCh\u00FA tich\tparty\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    DoingoaiException e = assertThrows(DoingoaiException.class, Doingoai.extractor().addData(DataKind.TITLES, f)::build);
    assertEquals(ErrorKind.BAD_DATA, e.kind(), e.getMessage());
    assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("UTF-8"), e.getMessage());
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
  }

  @Test
  void wellFormedDataBuilds(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("ok.tsv");
    Files.writeString(f, "\uFEFF# titles of mine\nĐặc phái viên\tdiplomatic\tĐặc phái viên Chính phủ\n");
    Extractor ex = Doingoai.extractor().addData(DataKind.TITLES, f).addData(DataKind.BOILERPLATE, "b", "Quảng cáo\tline").build();
    assertTrue(ex.extract("Một bài báo ngắn.").warnings().isEmpty());
  }

  @Test
  void aCallersMeetingCueMakesANewWordingAMeeting() {
    String text = "Sáng 5/3, tại Hà Nội, Bộ Ngoại giao tổ chức phiên họp thường kỳ của Ủy ban liên chính phủ.";
    assertTrue(Doingoai.extractor().build().extract(text).meetings().isEmpty(), "phiên họp is not a bundled cue");
    var meetings = Doingoai.extractor()
        .addData(DataKind.MEETING_CUES, "my-cues.tsv", "phiên họp\tstrong\t\tCONFERENCE\n").build()
        .extract(text).meetings();
    assertEquals(1, meetings.size(), meetings.toString());
    assertEquals("--03-05", meetings.get(0).date().toString());
    assertEquals("Hà Nội", meetings.get(0).location());
  }
}
