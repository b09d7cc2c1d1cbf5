package io.github.doingoai.examples.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.doingoai.Doingoai;
import io.github.doingoai.Extractor;
import io.github.doingoai.json.JsonCodec;
import io.github.doingoai.match.Event;
import io.github.doingoai.match.EventIndex;
import io.github.doingoai.match.EventMatcher;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.Meeting;
import io.github.doingoai.model.MeetingKind;
import io.github.doingoai.model.PartialDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

/** Runs the job in local mode on generated articles and checks what it writes. */
class SparkArticlesTest {

  private static final String[] PROVINCES = {"Quảng Ninh", "Hải Phòng", "Cần Thơ", "Bình Định", "Lâm Đồng"};
  private static final String[] NAMES = {"Trịnh Văn An", "Vũ Thị Bích", "Hoàng Minh Đức", "Đặng Quốc Hưng", "Phan Thị Mai"};
  private static final String[] COUNTRIES = {"Hàn Quốc", "Australia", "Pháp", "Singapore", "Ấn Độ"};

  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("doingoai-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** An article in the style of a provincial news site, from templates. */
  static String article(int i) {
    String province = PROVINCES[i % PROVINCES.length];
    String name = NAMES[i % NAMES.length];
    String country = COUNTRIES[(i / 2) % COUNTRIES.length];
    int day = 3 + i % 5;
    return String.join("\n",
        "Lãnh đạo tỉnh " + province + " tiếp Đại sứ " + country,
        "",
        "Sáng " + day + "/9, tại trụ sở UBND tỉnh, đồng chí " + name + ", Chủ tịch UBND tỉnh " + province
            + " đã tiếp Đại sứ " + country + " tại Việt Nam cùng đoàn công tác.",
        "",
        "Hai bên trao đổi về hợp tác kinh tế, giáo dục và đối ngoại nhân dân; thống nhất giao Sở Ngoại vụ "
            + "phối hợp chuẩn bị ký kết biên bản ghi nhớ trong năm 202" + (i % 6) + ".",
        "",
        "Hồng Nhung");
  }

  @Test
  void extractsEveryArticleOnceAndPutsEachInExactlyOneEvent(@TempDir Path tmp) throws IOException {
    Path a = Files.createDirectories(tmp.resolve("in/a"));
    Path b = Files.createDirectories(tmp.resolve("in/b"));
    Map<String, String> texts = new TreeMap<>();
    for (int i = 0; i < 14; i++) {
      String name = String.format("bai-%02d.txt", i);
      String text = article(i);
      texts.put(name, text);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      if (i == 3) { // a byte-order mark, as some editors save
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        bytes = concat(bom, bytes);
      }
      Files.write((i % 2 == 0 ? a : b).resolve(name), bytes);
    }
    Files.writeString(a.resolve("ghi-chu.md"), "not an article: only *.txt is read");

    String out = tmp.resolve("out").toString();
    long[] n = SparkArticles.run(spark, new SparkArticles.Options(List.of(a.toString(), b.toString()), out, null, 4));

    // every article extracted once, exactly as the library extracts it on its own
    Extractor ex = Doingoai.extractor().build();
    Map<String, String> written = new TreeMap<>();
    for (String line : lines(Path.of(out, "extractions"))) {
      Extraction r = JsonCodec.fromJson(line);
      assertTrue(written.put(r.source(), line) == null, "twice: " + r.source());
    }
    assertEquals(texts.keySet(), written.keySet());
    for (Map.Entry<String, String> e : texts.entrySet()) {
      assertEquals(JsonCodec.toJson(ex.extract(e.getValue()).withSource(e.getKey())), written.get(e.getKey()), e.getKey());
    }

    // events: a partition of the articles, and the one the blocking key defines
    ObjectMapper json = new ObjectMapper();
    Set<Set<String>> events = new java.util.HashSet<>();
    Set<String> seen = new TreeSet<>();
    for (String line : lines(Path.of(out, "events"))) {
      JsonNode e = json.readTree(line);
      Set<String> members = new TreeSet<>();
      e.get("articles").forEach(s -> members.add(s.asText()));
      for (String s : members) {
        assertTrue(seen.add(s), s + " is in two events");
      }
      events.add(members);
    }
    assertEquals(texts.keySet(), seen);
    // expected: each block grouped by the library's own index in source order; no meeting, alone
    Map<String, List<String>> blocks = new TreeMap<>();
    Set<Set<String>> expected = new java.util.HashSet<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      Extraction r = ex.extract(e.getValue()).withSource(e.getKey());
      java.util.Optional<String> block = SparkArticles.block(r);
      if (block.isPresent()) {
        blocks.computeIfAbsent(block.get(), k -> new ArrayList<>()).add(e.getKey());
      } else {
        expected.add(Set.of(e.getKey()));
      }
    }
    // the generated articles share five days: the matching path is exercised, not only singletons
    assertTrue(blocks.values().stream().anyMatch(l -> l.size() > 1), "no block with several articles: " + blocks);
    EventMatcher matcher = Doingoai.matcher().build();
    for (List<String> members : blocks.values()) {
      EventIndex index = matcher.newIndex();
      for (String source : members) {
        index.add(source, ex.extract(texts.get(source)).withSource(source));
      }
      for (Event ev : index.events()) {
        expected.add(new TreeSet<>(ev.articles()));
      }
    }
    assertEquals(expected, events);
    assertArrayEquals(new long[] {texts.size(), expected.size()}, n);
  }

  @Test
  void theBlockIsTheDayAndMonthOfTheMainMeeting() {
    assertEquals("09-05", SparkArticles.block(withMeetings(meeting(MeetingKind.RECEPTION, "--09-05"))).orElseThrow());
    assertEquals("09-05", SparkArticles.block(withMeetings(meeting(MeetingKind.TALKS, "2024-09-05"),
        meeting(MeetingKind.RECEPTION, "--09-06"))).orElseThrow(), "the first meeting is the main one; the year does not split");
    assertEquals(SparkArticles.UNDATED, SparkArticles.block(withMeetings(meeting(MeetingKind.RECEPTION, "2024-09"))).orElseThrow());
    assertEquals(SparkArticles.UNDATED, SparkArticles.block(withMeetings(meeting(MeetingKind.RECEPTION, null))).orElseThrow());
    assertTrue(SparkArticles.block(withMeetings()).isEmpty(), "no meeting: matches nothing, no block");
  }

  @Test
  void eachBlockIsGroupedInSourceOrderWhateverOrderSparkGives() throws IOException {
    Extractor ex = Doingoai.extractor().build();
    List<Tuple2<String, String>> items = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String source = "b" + i + ".txt";
      items.add(new Tuple2<>(source, JsonCodec.toJson(ex.extract(article(i)).withSource(source))));
    }
    List<Tuple2<String, String>> reversed = new ArrayList<>(items);
    java.util.Collections.reverse(reversed);
    List<String> a = SparkArticles.matchBlock("09-03", items);
    assertEquals(a, SparkArticles.matchBlock("09-03", reversed));
    ObjectMapper json = new ObjectMapper();
    Set<String> all = new TreeSet<>();
    for (String line : a) {
      JsonNode e = json.readTree(line);
      assertEquals("09-03", e.get("block").asText());
      e.get("articles").forEach(x -> assertTrue(all.add(x.asText())));
    }
    assertEquals(Set.of("b0.txt", "b1.txt", "b2.txt", "b3.txt"), all);
  }

  @Test
  void helpers() throws IOException {
    JsonNode e = new ObjectMapper().readTree(SparkArticles.singletonJson("c.txt"));
    assertEquals("article-c.txt", e.get("id").asText());
    assertEquals("[\"c.txt\"]", e.get("articles").toString());
    assertEquals("bai.txt", SparkArticles.fileName("file:/tmp/in/a/bai.txt"));
    assertEquals("Sáng", SparkArticles.stripBom("\uFEFFSáng"));
  }

  private static Meeting meeting(MeetingKind kind, String date) {
    return new Meeting("m1", kind, null, date == null ? null : PartialDate.parse(date), null, null,
        null, null, null, null, null, null, null, null, null);
  }

  private static Extraction withMeetings(Meeting... ms) {
    return new Extraction("x.txt", null, null, null, List.of(ms), null, null, null, null, null, null, null, null, null);
  }

  private static List<String> lines(Path dir) throws IOException {
    List<String> all = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(all::add);
      }
    }
    assertTrue(Files.exists(dir.resolve("_SUCCESS")), "the job did not finish writing " + dir);
    return all;
  }

  private static byte[] concat(byte[] x, byte[] y) {
    byte[] r = new byte[x.length + y.length];
    System.arraycopy(x, 0, r, 0, x.length);
    System.arraycopy(y, 0, r, x.length, y.length);
    return r;
  }
}
