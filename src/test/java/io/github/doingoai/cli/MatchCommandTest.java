package io.github.doingoai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code doingoai match} on raw articles written for this test: one signing told by three outlets,
 * the working session of the day before, and the next day's conference with the same officials.
 */
class MatchCommandTest {

  private static final String CITY_PAPER = """
      Thành phố Hồ Chí Minh và Bộ Ngoại giao ký kết Quy chế phối hợp

      Sáng 12/5, tại Thành phố Hồ Chí Minh, Ban Cán sự Đảng Bộ Ngoại giao và Ban Thường vụ Thành ủy \
      Thành phố Hồ Chí Minh tổ chức Hội nghị ký kết Quy chế phối hợp trong công tác đối ngoại.

      Đồng chí Trần Quốc Hưng, Ủy viên Bộ Chính trị, Bí thư Thành ủy Thành phố Hồ Chí Minh và đồng chí \
      Lê Minh Khoa, Bí thư Ban Cán sự Đảng, Bộ trưởng Bộ Ngoại giao đồng chủ trì hội nghị.

      Phát biểu tại hội nghị, Bộ trưởng Lê Minh Khoa nhấn mạnh ngoại giao kinh tế là động lực quan \
      trọng của Thành phố.
      """;

  private static final String NATIONAL_DAILY = """
      Ngày 12-5, Ban thường vụ Thành ủy TP.HCM và Ban cán sự đảng Bộ Ngoại giao đã ký kết Quy chế phối \
      hợp công tác đối ngoại giai đoạn mới.

      Tham dự hội nghị có ông Lê Minh Khoa, Bộ trưởng Bộ Ngoại giao; ông Trần Quốc Hưng, Bí thư Thành \
      ủy TP.HCM.

      Theo Bí thư Thành ủy Trần Quốc Hưng, TP.HCM mong muốn Bộ Ngoại giao tiếp tục hỗ trợ thành phố mở \
      rộng quan hệ đối ngoại.
      """;

  private static final String PORTAL = """
      Sáng 12/5/2023, Bộ trưởng Bộ Ngoại giao Lê Minh Khoa và Bí thư Thành ủy TPHCM Trần Quốc Hưng chủ \
      trì hội nghị ký kết Quy chế phối hợp giữa hai cơ quan.

      Chủ tịch UBND TPHCM Đỗ Thị Lan báo cáo kết quả công tác đối ngoại của thành phố năm qua.
      """;

  private static final String EVE = """
      Chiều 11/5, Bộ trưởng Bộ Ngoại giao Lê Minh Khoa có buổi làm việc với lãnh đạo Thành ủy Thành \
      phố Hồ Chí Minh.

      Tại buổi làm việc, Bí thư Thành ủy Thành phố Hồ Chí Minh Trần Quốc Hưng đề nghị Bộ Ngoại giao \
      hỗ trợ thành phố trong công tác thông tin đối ngoại.
      """;

  private static final String NEXT_DAY = """
      Sáng 13/5, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị Ngoại vụ toàn quốc lần thứ 21.

      Bộ trưởng Bộ Ngoại giao Lê Minh Khoa chủ trì hội nghị. Bí thư Thành ủy Thành phố Hồ Chí Minh \
      Trần Quốc Hưng dự và phát biểu.
      """;

  private static JsonNode run(Path dir, List<String> problems) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]))
        .run(new String[] {"match", dir.toString()});
    if (code != 0) {
      problems.add("exit " + code + ": " + err.toString(StandardCharsets.UTF_8));
    }
    return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void groupsOneEventToldThreeTimesAndKeepsTheNearMissesApart(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a-city.txt"), CITY_PAPER);
    Files.writeString(dir.resolve("b-daily.txt"), NATIONAL_DAILY);
    Files.writeString(dir.resolve("c-portal.txt"), PORTAL);
    Files.writeString(dir.resolve("d-eve.txt"), EVE);
    Files.writeString(dir.resolve("e-next.txt"), NEXT_DAY);
    List<String> problems = new ArrayList<>();
    JsonNode doc = run(dir, problems);
    assertEquals(List.of(), problems);
    List<List<String>> groups = new ArrayList<>();
    for (JsonNode ev : doc.path("events")) {
      List<String> arts = new ArrayList<>();
      ev.path("articles").forEach(a -> arts.add(a.asText()));
      groups.add(arts);
      assertTrue(ev.path("id").asText().matches("[a-z0-9-]+"), ev.path("id").asText());
    }
    assertEquals(List.of(List.of("a-city.txt", "b-daily.txt", "c-portal.txt"), List.of("d-eve.txt"),
        List.of("e-next.txt")), groups);
    JsonNode signing = doc.path("events").get(0);
    assertEquals("conference-05-12-a-city", signing.path("id").asText());
    assertEquals("2023-05-12", signing.path("date").asText());
    assertEquals(2, signing.path("links").size());
    assertTrue(signing.path("links").get(0).path("decision").path("evidence").size() > 2);
    // one person per official across the five articles
    int khoa = 0;
    for (JsonNode p : doc.path("officials")) {
      if (p.path("name").asText().equals("Lê Minh Khoa")) {
        khoa++;
        assertEquals(5, p.path("articles").size());
      }
    }
    assertEquals(1, khoa);
  }
}
