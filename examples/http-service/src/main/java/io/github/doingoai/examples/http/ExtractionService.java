package io.github.doingoai.examples.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.doingoai.Doingoai;
import io.github.doingoai.DoingoaiException;
import io.github.doingoai.Extractor;
import io.github.doingoai.json.JsonCodec;
import io.github.doingoai.match.Event;
import io.github.doingoai.match.EventIndex;
import io.github.doingoai.match.EventMatcher;
import io.github.doingoai.model.Extraction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP service around one shared {@link Extractor}, on the JDK's own
 * {@link HttpServer}: no dependency beyond the library.
 *
 * <ul>
 *   <li>{@code POST /extract} — body: the article as {@code text/plain; charset=UTF-8}; optional
 *       query parameters {@code referenceDate=YYYY-MM-DD} and {@code source=NAME}; answer: the
 *       extraction as JSON (the library's JSON contract).
 *   <li>{@code POST /match} — body: a JSON array of article texts (strings) or of extractions
 *       (objects, as {@code /extract} answers); answer: {@code {"events":[...],"officials":[...],
 *       "agreements":[...]}} as the CLI's {@code match} writes it, grouped by the library's
 *       {@link EventMatcher} (one new {@link EventIndex} per request; an article's id is its
 *       {@code source}, else {@code article-N} for the N-th item).
 *   <li>{@code GET /health} — {@code {"status":"ok","version":"..."}}.
 * </ul>
 *
 * <p>Errors are JSON {@code {"error":{"status":400,"message":"..."}}} with 400 (bad input),
 * 404, 405 (with {@code Allow}), 413 (body over the limit), 415 (wrong content type) and 503 (all
 * workers busy, with {@code Retry-After}).
 *
 * <p>Limits: a body limit checked on the declared length and again while reading (chunked bodies),
 * a fixed pool of workers with a bounded queue, and a cap on requests being extracted at once so a
 * burst is answered 503 quickly rather than queued without end. Slow clients are cut off by the
 * JDK server's own timers ({@code sun.net.httpserver.maxReqTime}/{@code maxRspTime}, seconds),
 * which {@link #main} sets when the caller has not.
 */
public final class ExtractionService implements AutoCloseable {

  /**
   * The service's limits.
   *
   * @param maxBodyBytes largest request body accepted
   * @param workers threads that handle requests
   * @param queue requests accepted while every worker is busy; beyond, the connection is closed
   * @param extractions extractions run at once (the CPU-bound part); fewer than {@code workers}
   *     so that health checks and errors are still answered under load
   * @param busyWait how long a request waits for a free extraction slot before a 503
   */
  public record Limits(int maxBodyBytes, int workers, int queue, int extractions, Duration busyWait) {
    /** Checks the limits. */
    public Limits {
      if (maxBodyBytes < 1 || workers < 1 || queue < 1 || extractions < 1 || busyWait.isNegative()) {
        throw new IllegalArgumentException("bad limits: " + maxBodyBytes + ", " + workers + ", " + queue
            + ", " + extractions + ", " + busyWait);
      }
    }

    /**
     * 2 MiB bodies, an extraction per core, twice as many workers, 64 queued, 2 s wait for a slot.
     *
     * @return the default limits
     */
    public static Limits defaults() {
      int cores = Runtime.getRuntime().availableProcessors();
      return new Limits(2 << 20, 2 * cores + 1, 64, cores, Duration.ofSeconds(2));
    }
  }

  private static final ObjectMapper JSON = JsonCodec.mapper();

  private final HttpServer server;
  private final ThreadPoolExecutor workers;
  private final Extractor extractor;
  private final Limits limits;
  private final Semaphore slots;
  private final EventMatcher matcher = Doingoai.matcher().build();

  private ExtractionService(HttpServer server, ThreadPoolExecutor workers, Extractor extractor, Limits limits) {
    this.server = server;
    this.workers = workers;
    this.extractor = extractor;
    this.limits = limits;
    this.slots = new Semaphore(limits.extractions());
  }

  /**
   * Builds the extractor and starts serving.
   *
   * @param address where to listen; port 0 picks a free port (see {@link #port()})
   * @param extractor the shared extractor
   * @param limits the limits
   * @return the running service; {@link #close()} stops it
   * @throws IOException if the address cannot be bound
   */
  public static ExtractionService start(InetSocketAddress address, Extractor extractor, Limits limits) throws IOException {
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(limits.workers(), limits.workers(), 60, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(limits.queue()), r -> {
          Thread t = new Thread(r, "doingoai-http-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    HttpServer server = HttpServer.create(address, 128);
    ExtractionService service = new ExtractionService(server, pool, extractor, limits);
    server.createContext("/", service::handle);
    server.setExecutor(pool);
    server.start();
    return service;
  }

  /**
   * The port the service listens on.
   *
   * @return the bound port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops accepting, lets requests in flight finish for up to a second, and stops the workers. */
  @Override
  public void close() {
    server.stop(1);
    workers.shutdownNow();
  }

  /** Thrown inside a handler to answer with an error status and a JSON body. */
  private static final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final Map<String, String> headers;

    HttpError(int status, String message) {
      this(status, message, Map.of());
    }

    HttpError(int status, String message, Map<String, String> headers) {
      super(message, null, false, false);
      this.status = status;
      this.headers = headers;
    }
  }

  private void handle(HttpExchange ex) {
    try {
      try {
        String path = ex.getRequestURI().getPath();
        switch (path) {
          case "/extract" -> extract(ex);
          case "/match" -> match(ex);
          case "/health" -> health(ex);
          default -> throw new HttpError(404, "no such endpoint: " + path + " (POST /extract, POST /match, GET /health)");
        }
      } catch (HttpError e) {
        error(ex, e.status, e.getMessage(), e.headers);
      } catch (DoingoaiException e) {
        // the library says the input is unusable (too long, undecodable): the client's to fix
        error(ex, 400, e.getMessage(), Map.of());
      } catch (RuntimeException e) {
        error(ex, 500, "internal error: " + e.getClass().getSimpleName(), Map.of());
      }
    } catch (IOException | UncheckedIOException e) {
      // the client went away mid-answer: nothing to tell it
    } finally {
      ex.close();
    }
  }

  private void extract(HttpExchange ex) throws IOException {
    requireMethod(ex, "POST");
    requireContentType(ex, "text/plain");
    Map<String, String> query = query(ex.getRequestURI().getRawQuery());
    LocalDate ref = null;
    if (query.containsKey("referenceDate")) {
      try {
        ref = LocalDate.parse(query.get("referenceDate"));
      } catch (DateTimeParseException e) {
        throw new HttpError(400, "referenceDate must be YYYY-MM-DD, was '" + query.get("referenceDate") + "'");
      }
    }
    String text = utf8(readBody(ex));
    if (text.isBlank()) {
      throw new HttpError(400, "empty body: send the article as text/plain; charset=UTF-8");
    }
    Extraction r = withSlot(extractor, text, ref);
    if (query.containsKey("source")) {
      r = r.withSource(query.get("source"));
    }
    send(ex, 200, JsonCodec.toJson(r));
  }

  private Extraction withSlot(Extractor e, String text, LocalDate ref) {
    boolean got;
    try {
      got = slots.tryAcquire(limits.busyWait().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new HttpError(503, "shutting down");
    }
    if (!got) {
      throw new HttpError(503, "busy: try again shortly", Map.of("Retry-After", "1"));
    }
    try {
      return e.extract(text, ref);
    } finally {
      slots.release();
    }
  }

  private void match(HttpExchange ex) throws IOException {
    requireMethod(ex, "POST");
    requireContentType(ex, "application/json");
    JsonNode body;
    try {
      body = JSON.readTree(readBody(ex));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new HttpError(400, "body is not JSON: " + e.getOriginalMessage());
    }
    if (body == null || !body.isArray()) {
      throw new HttpError(400, "body must be a JSON array of article texts or of extractions");
    }
    // read and check every item before extracting any: a bad item costs no extraction
    List<Extraction> given = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    int i = 0;
    for (JsonNode item : body) {
      if (item.isTextual()) {
        if (item.asText().isBlank()) {
          throw new HttpError(400, "item " + i + " is an empty text");
        }
        texts.add(item.asText());
        given.add(null);
      } else if (item.isObject()) {
        try {
          given.add(JsonCodec.fromJson(item.toString()));
        } catch (DoingoaiException e) {
          throw new HttpError(400, "item " + i + ": " + e.getMessage());
        }
        texts.add(null);
      } else {
        throw new HttpError(400, "item " + i + " is neither an article text (string) nor an extraction (object)");
      }
      i++;
    }
    EventIndex index = matcher.newIndex();
    Set<String> ids = new HashSet<>();
    for (int k = 0; k < given.size(); k++) {
      Extraction r = given.get(k) != null ? given.get(k) : withSlot(extractor, texts.get(k), null);
      // the article's id: its source when it has one, else its position; unique either way
      String id = r.source() != null ? r.source() : "article-" + (k + 1);
      String unique = id;
      for (int n = 2; !ids.add(unique); n++) {
        unique = id + "#" + n;
      }
      index.add(unique, r);
    }
    send(ex, 200, JSON.writeValueAsString(events(index)));
  }

  /** {@code {"events":[...],"officials":[...],"agreements":[...]}}, as the CLI's {@code match} writes. */
  private static Map<String, Object> events(EventIndex index) {
    return index.report();
  }

  private void health(HttpExchange ex) throws IOException {
    requireMethod(ex, "GET");
    ObjectNode o = JSON.createObjectNode().put("status", "ok").put("version", Doingoai.version());
    send(ex, 200, o.toString());
  }

  private static void requireMethod(HttpExchange ex, String method) {
    if (!ex.getRequestMethod().equals(method)) {
      throw new HttpError(405, ex.getRequestMethod() + " is not allowed here; use " + method, Map.of("Allow", method));
    }
  }

  /** The media type must match; a charset, when given, must be UTF-8. */
  private static void requireContentType(HttpExchange ex, String mediaType) {
    String ct = ex.getRequestHeaders().getFirst("Content-Type");
    if (ct == null) {
      throw new HttpError(415, "Content-Type missing; send " + mediaType + "; charset=UTF-8");
    }
    String[] parts = ct.split(";");
    if (!parts[0].strip().equalsIgnoreCase(mediaType)) {
      throw new HttpError(415, "Content-Type " + parts[0].strip() + " is not supported here; send " + mediaType + "; charset=UTF-8");
    }
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip().toLowerCase(Locale.ROOT);
      if (p.startsWith("charset=") && !p.substring(8).replace("\"", "").equals("utf-8")) {
        throw new HttpError(415, "charset " + p.substring(8) + " is not supported; send UTF-8");
      }
    }
  }

  /** Reads the body, refusing it as soon as it is known to be over the limit. */
  private byte[] readBody(HttpExchange ex) throws IOException {
    int max = limits.maxBodyBytes();
    String declared = ex.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      try {
        if (Long.parseLong(declared.strip()) > max) {
          throw new HttpError(413, "body of " + declared.strip() + " bytes is over the limit of " + max);
        }
      } catch (NumberFormatException e) {
        throw new HttpError(400, "bad Content-Length: " + declared);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try (InputStream in = ex.getRequestBody()) {
      int n;
      while ((n = in.read(buf)) != -1) {
        if (out.size() + n > max) {
          throw new HttpError(413, "body is over the limit of " + max + " bytes");
        }
        out.write(buf, 0, n);
      }
    }
    return out.toByteArray();
  }

  private static String utf8(byte[] bytes) {
    int off = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, off, bytes.length - off)).toString();
    } catch (CharacterCodingException e) {
      throw new HttpError(400, "body is not valid UTF-8");
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> q = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return q;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      q.put(k, v);
    }
    return q;
  }

  private static void error(HttpExchange ex, int status, String message, Map<String, String> headers) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.putObject("error").put("status", status).put("message", message);
    Headers h = ex.getResponseHeaders();
    headers.forEach(h::set);
    send(ex, status, o.toString());
  }

  private static void send(HttpExchange ex, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  /**
   * {@code java -jar doingoai-http-service.jar [PORT [HOST]]}: serves on {@code HOST:PORT}
   * (default {@code 127.0.0.1:8080}) until killed.
   *
   * @param args optional port and host
   * @throws IOException if the address cannot be bound
   */
  public static void main(String[] args) throws IOException {
    // the JDK server's own timers (seconds): drop clients that send or read too slowly
    System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", "30"));
    System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", "30"));
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    String host = args.length > 1 ? args[1] : "127.0.0.1";
    Extractor extractor = Doingoai.extractor().build();
    ExtractionService s = start(new InetSocketAddress(host, port), extractor, Limits.defaults());
    Runtime.getRuntime().addShutdownHook(new Thread(s::close));
    System.err.println("doingoai " + Doingoai.version() + " listening on http://" + host + ":" + s.port()
        + "  (POST /extract, POST /match, GET /health)");
  }
}
