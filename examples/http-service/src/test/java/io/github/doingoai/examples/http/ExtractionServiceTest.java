package io.github.doingoai.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.doingoai.Doingoai;
import io.github.doingoai.Extractor;
import io.github.doingoai.json.JsonCodec;
import io.github.doingoai.match.Event;
import io.github.doingoai.match.EventIndex;
import io.github.doingoai.model.Extraction;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Starts the service on a loopback port and talks to it over real HTTP. */
class ExtractionServiceTest {

  private static final int LIMIT = 4096;
  private static final String ARTICLE = String.join("\n",
      "Phó Chủ tịch UBND tỉnh tiếp Tổng Lãnh sự Lào",
      "",
      "Chiều 8/10, tại trụ sở UBND tỉnh, đồng chí Phạm Thị Hồng, Phó Chủ tịch UBND tỉnh Nghệ An đã tiếp "
          + "ngài Khamphet Sisavath, Tổng Lãnh sự Lào tại Vinh.",
      "",
      "Hai bên trao đổi về hợp tác giáo dục, thương mại và đối ngoại nhân dân giữa các địa phương.");

  private static Extractor extractor;
  private static ExtractionService service;
  private static HttpClient client;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    extractor = Doingoai.extractor().build();
    service = ExtractionService.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), extractor,
        new ExtractionService.Limits(LIMIT, 4, 16, 2, Duration.ofSeconds(10)));
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
  }

  private static HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + pathAndQuery))
        .timeout(Duration.ofSeconds(30));
  }

  private static HttpResponse<String> post(String pathAndQuery, String contentType, byte[] body) throws Exception {
    HttpRequest.Builder b = request(pathAndQuery).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> postText(String pathAndQuery, String text) throws Exception {
    return post(pathAndQuery, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
  }

  /** The status, and an error body that is JSON carrying the same status. */
  private static void assertError(int status, HttpResponse<String> r) throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode error = JSON.readTree(r.body()).get("error");
    assertEquals(status, error.get("status").asInt(), r.body());
    assertTrue(error.get("message").asText().length() > 5, r.body());
  }

  @Test
  void extractAnswersWhatTheLibraryGivesAsJson() throws Exception {
    HttpResponse<String> r = postText("/extract?referenceDate=2024-10-09&source=nghe-an%20tiep.txt", ARTICLE);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    Extraction expected = extractor.extract(ARTICLE, LocalDate.of(2024, 10, 9)).withSource("nghe-an tiep.txt");
    assertEquals(JsonCodec.toJson(expected), r.body());
    assertEquals("nghe-an tiep.txt", JsonCodec.fromJson(r.body()).source());
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheArticle() throws Exception {
    byte[] text = ARTICLE.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    HttpResponse<String> r = post("/extract", "text/plain", withBom);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(JsonCodec.toJson(extractor.extract(ARTICLE, null)), r.body());
  }

  @Test
  void wrongMethodIs405WithAllow() throws Exception {
    HttpResponse<String> r = client.send(request("/extract").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertError(405, r);
    assertEquals("POST", r.headers().firstValue("Allow").orElse(null));
    HttpResponse<String> h = postText("/health", "x");
    assertError(405, h);
    assertEquals("GET", h.headers().firstValue("Allow").orElse(null));
  }

  @Test
  void wrongContentTypeOrCharsetIs415() throws Exception {
    assertError(415, post("/extract", "application/json", "{}".getBytes(StandardCharsets.UTF_8)));
    assertError(415, post("/extract", "text/plain; charset=ISO-8859-1", "abc".getBytes(StandardCharsets.ISO_8859_1)));
    assertError(415, post("/extract", null, "abc".getBytes(StandardCharsets.UTF_8)));
    assertError(415, post("/match", "text/plain", "[]".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void bodiesOverTheLimitAre413WhetherDeclaredOrChunked() throws Exception {
    String big = "Hợp tác ".repeat(LIMIT / 4);
    assertTrue(big.getBytes(StandardCharsets.UTF_8).length > LIMIT);
    assertError(413, postText("/extract", big));
    // no Content-Length: the body arrives chunked and is counted while read
    HttpRequest chunked = request("/extract").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
        .build();
    assertError(413, client.send(chunked, HttpResponse.BodyHandlers.ofString()));
    // just under the limit is fine
    String fits = "Hợp tác ".repeat(LIMIT / 12);
    assertTrue(fits.getBytes(StandardCharsets.UTF_8).length <= LIMIT);
    assertEquals(200, postText("/extract", fits).statusCode());
  }

  @Test
  void badInputIs400() throws Exception {
    assertError(400, post("/extract", "text/plain", new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'}));
    assertError(400, postText("/extract?referenceDate=13/12/2021", ARTICLE));
    assertError(400, postText("/extract", "  \n "));
    assertError(400, post("/match", "application/json", "[\"a\",".getBytes(StandardCharsets.UTF_8)));
    assertError(400, post("/match", "application/json", "{\"texts\":[]}".getBytes(StandardCharsets.UTF_8)));
    assertError(400, post("/match", "application/json", "[\"a\", 3]".getBytes(StandardCharsets.UTF_8)));
    assertError(400, post("/match", "application/json", "[{\"published\":\"2021-02-30\"}]".getBytes(StandardCharsets.UTF_8)));
    assertError(400, post("/match", "application/json", "[\" \"]".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void unknownPathIs404() throws Exception {
    assertError(404, client.send(request("/extrakt").GET().build(), HttpResponse.BodyHandlers.ofString()));
  }

  @Test
  void matchGroupsTextsAndExtractionsAsTheLibraryDoes() throws Exception {
    String other = ARTICLE.replace("Chiều 8/10", "Chiều ngày 8/10").replace("Hai bên trao đổi", "Tại buổi tiếp, hai bên trao đổi");
    String unrelated = "Sáng 2/11, tỉnh Nghệ An tổ chức Hội nghị tổng kết công tác đối ngoại năm 2024.";
    Extraction third = extractor.extract(unrelated).withSource("hoi-nghi.txt");
    byte[] body = JSON.writeValueAsBytes(List.of(ARTICLE, other, JSON.readTree(JsonCodec.toJson(third))));
    HttpResponse<String> r = post("/match", "application/json; charset=utf-8", body);
    assertEquals(200, r.statusCode(), r.body());

    List<Set<String>> got = new ArrayList<>();
    for (JsonNode e : JSON.readTree(r.body()).get("events")) {
      Set<String> members = new TreeSet<>();
      e.get("articles").forEach(a -> members.add(a.asText()));
      got.add(members);
    }
    EventIndex index = Doingoai.matcher().build().newIndex();
    index.add("article-1", extractor.extract(ARTICLE));
    index.add("article-2", extractor.extract(other));
    index.add("hoi-nghi.txt", third);
    List<Set<String>> expected = new ArrayList<>();
    for (Event e : index.events()) {
      expected.add(new TreeSet<>(e.articles()));
    }
    assertEquals(expected, got);
    Set<String> all = new TreeSet<>();
    got.forEach(all::addAll);
    assertEquals(Set.of("article-1", "article-2", "hoi-nghi.txt"), all, "every item in an event, by its id");

    HttpResponse<String> empty = post("/match", "application/json", "[]".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, empty.statusCode(), empty.body());
    assertEquals(0, JSON.readTree(empty.body()).get("events").size());
  }

  @Test
  void healthGivesTheLibraryVersion() throws Exception {
    HttpResponse<String> r = client.send(request("/health").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    JsonNode o = JSON.readTree(r.body());
    assertEquals("ok", o.get("status").asText());
    assertEquals(Doingoai.version(), o.get("version").asText());
  }

  @Test
  void concurrentRequestsAllGetTheirOwnAnswer() throws Exception {
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      HttpRequest req = request("/extract?source=a" + i + ".txt").header("Content-Type", "text/plain")
          .POST(HttpRequest.BodyPublishers.ofString(ARTICLE, StandardCharsets.UTF_8)).build();
      calls.add(client.sendAsync(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }
    for (int i = 0; i < calls.size(); i++) {
      HttpResponse<String> r = calls.get(i).get();
      assertEquals(200, r.statusCode(), r.body());
      assertEquals("a" + i + ".txt", JsonCodec.fromJson(r.body()).source());
    }
  }

  @Test
  void limitsAreChecked() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new ExtractionService.Limits(0, 1, 1, 1, Duration.ZERO));
    ExtractionService.Limits d = ExtractionService.Limits.defaults();
    assertTrue(d.extractions() < d.workers(), "health checks need a worker while extractions run");
  }
}
