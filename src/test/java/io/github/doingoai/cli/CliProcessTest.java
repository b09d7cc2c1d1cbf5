package io.github.doingoai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a real process: what only a real pipe and a real heap limit can show. */
class CliProcessTest {

  private static ProcessBuilder java(String heap, String... args) {
    String javaBin = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(javaBin, heap, "-cp", System.getProperty("java.class.path"),
        "io.github.doingoai.cli.Main"));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd);
  }

  private static String read(java.io.InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void closedPipeEndsQuietly(@TempDir Path dir) throws Exception {
    for (int i = 0; i < 200; i++) {
      Files.writeString(dir.resolve(String.format("%03d.txt", i)), MainTest.ARTICLE);
    }
    Process p = java("-Xmx128m", "extract", dir.toString()).start();
    // read one line, then close the pipe, as `| head -1` does
    java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String first = r.readLine();
    p.getInputStream().close();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the process ends after its reader went away");
    String err = read(p.getErrorStream());
    assertTrue(first != null && first.startsWith("{"), String.valueOf(first));
    assertEquals(0, p.exitValue(), err);
    assertFalse(err.contains("Exception"), err);
  }

  @Test
  void manyArticlesStreamUnderASmallHeap(@TempDir Path dir) throws Exception {
    // 400 articles of 64 KB: 25 MB of text (50 MB as Java strings), more than the whole heap, so the
    // run only passes if each article's text and result are let go before the next is read
    String para = "Hai bên trao đổi về hợp tác kinh tế, văn hóa và giáo dục giữa hai địa phương trong thời gian tới. ";
    String body = "Tin hợp tác địa phương\n" + para.repeat(64 * 1024 / para.getBytes(StandardCharsets.UTF_8).length);
    int n = 400;
    for (int i = 0; i < n; i++) {
      Files.writeString(dir.resolve(String.format("%04d.txt", i)), body);
    }
    Path out = dir.resolve("out.jsonl");
    Process p = java("-Xmx40m", "extract", dir.toString()).redirectOutput(out.toFile()).start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "finished");
    String err = read(p.getErrorStream());
    assertEquals(0, p.exitValue(), err);
    try (var lines = Files.lines(out)) {
      assertEquals(n, lines.count());
    }
  }

  @Test
  void badFileReportedWithByteOffsetAndExit2(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), MainTest.ARTICLE);
    Files.write(dir.resolve("b.txt"), new byte[] {'T', 'i', 'n', ' ', (byte) 0xFF, 'x'});
    Process p = java("-Xmx128m", "extract", dir.toString()).start();
    String out = read(p.getInputStream());
    String err = read(p.getErrorStream());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(2, p.exitValue(), err);
    assertEquals(1, out.lines().count());
    assertTrue(err.contains("b.txt: not UTF-8 text: invalid byte 0xFF at byte offset 4"), err);
  }
}
