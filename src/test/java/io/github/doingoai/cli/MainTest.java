package io.github.doingoai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.doingoai.json.JsonCodec;
import io.github.doingoai.model.Extraction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process with byte-array streams. */
class MainTest {

  static final String ARTICLE = "Tỉnh Quảng Trị tiếp đoàn công tác của Lào\n"
      + "Ngày 12/3, tại Đông Hà, ông Trần Văn Minh tiếp đoàn công tác của tỉnh Savannakhet.\n";

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {
    List<String> lines() {
      return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
    }
  }

  static Run run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        new ByteArrayInputStream(stdin)).run(args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return run(new byte[0], args);
  }

  @Test
  void noArgumentsPrintsUsageWithExit2() {
    Run r = run();
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("Usage: doingoai"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void helpAndVersionExit0() {
    Run h = run("--help");
    assertEquals(0, h.code());
    assertTrue(h.out().contains("extract"));
    Run v = run("--version");
    assertEquals(0, v.code());
    assertTrue(v.out().startsWith("doingoai "), v.out());
  }

  @Test
  void unknownCommandOrOptionExit2WithAMessage() {
    Run c = run("frobnicate");
    assertEquals(2, c.code());
    assertTrue(c.err().contains("unknown command 'frobnicate'"), c.err());
    Run o = run("extract", "--frob", "x.txt");
    assertEquals(2, o.code());
    assertTrue(o.err().contains("unknown option '--frob'"), o.err());
    Run p = run("extract");
    assertEquals(2, p.code());
    assertTrue(p.err().contains("no PATH"), p.err());
  }

  @Test
  void badOptionValuesExit2() {
    Run d = run("extract", "--reference-date", "13/12/2021", "-");
    assertEquals(2, d.code());
    assertTrue(d.err().contains("'13/12/2021' is not a date"), d.err());
    Run m = run("extract", "--reference-date");
    assertEquals(2, m.code());
    assertTrue(m.err().contains("needs a value"), m.err());
    Run l = run("extract", "--max-text-length=abc", "-");
    assertEquals(2, l.code());
    assertTrue(l.err().contains("--max-text-length"), l.err());
    assertEquals("", d.out() + m.out() + l.out());
  }

  @Test
  void readsStdinAndPrintsOneJsonLine() {
    Run r = run(ARTICLE.getBytes(StandardCharsets.UTF_8), "extract", "--reference-date", "2024-03-12", "-");
    assertEquals(0, r.code(), r.err());
    assertEquals(1, r.lines().size());
    Extraction e = JsonCodec.fromJson(r.lines().get(0));
    assertEquals("-", e.source());
    assertEquals("2024-03-12", e.published().toString());
  }

  @Test
  void aBadFileAmongGoodOnesIsReportedAndTheOthersExtracted(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), ARTICLE);
    // Windows-1258 bytes are not UTF-8: "Hà" is H, a, then the combining grave 0xCC
    byte[] cp1258 = ("Tin ngắn\nHà Nội").getBytes(Charset.forName("windows-1258"));
    Files.write(dir.resolve("b.txt"), cp1258);
    Files.createDirectory(dir.resolve("c.txt")); // listed as an article, cannot be read
    Files.writeString(dir.resolve("d.txt"), ARTICLE);
    Files.writeString(dir.resolve("e.md"), "not an article: not a .txt");
    Run r = run("extract", dir.toString(), dir.resolve("missing.txt").toString());
    assertEquals(2, r.code());
    List<String> sources = r.lines().stream().map(l -> JsonCodec.fromJson(l).source()).toList();
    assertEquals(List.of("a.txt", "d.txt"), sources);
    int bad = indexOfFirstInvalidUtf8(cp1258);
    assertTrue(r.err().contains("b.txt: not UTF-8 text") && r.err().contains("at byte offset " + bad), r.err());
    assertTrue(r.err().contains("c.txt: cannot read"), r.err());
    assertTrue(r.err().contains("missing.txt: no such file"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  private static int indexOfFirstInvalidUtf8(byte[] b) {
    for (int i = 0; i < b.length; i++) {
      if ((b[i] & 0x80) != 0) {
        return i; // the Windows-1258 bytes here are lone high bytes
      }
    }
    return -1;
  }

  @Test
  void byteOrderMarksAreHonoured(@TempDir Path dir) throws IOException {
    byte[] utf8 = ARTICLE.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    Files.write(dir.resolve("1.txt"), withBom);
    Files.write(dir.resolve("2.txt"), ("\uFEFF" + ARTICLE).getBytes(StandardCharsets.UTF_16BE));
    Files.write(dir.resolve("3.txt"), ("\uFEFF" + ARTICLE).getBytes(StandardCharsets.UTF_16LE));
    Files.write(dir.resolve("4.txt"), utf8);
    Run r = run("extract", dir.toString());
    assertEquals(0, r.code(), r.err());
    List<Extraction> all = r.lines().stream().map(JsonCodec::fromJson).toList();
    assertEquals(4, all.size());
    // the same article whatever its encoding: equal results once the source is set aside
    Extraction plain = all.get(3).withSource(null);
    for (Extraction e : all) {
      assertEquals(plain.title(), e.withSource(null).title());
      assertEquals(plain.officials().size(), e.officials().size());
      assertEquals(plain.dates().size(), e.dates().size());
    }
    assertTrue(plain.title() != null && plain.title().startsWith("Tỉnh Quảng Trị"), String.valueOf(plain.title()));
  }

  @Test
  void decodeReportsTheOffsetOfTheBadByte() {
    byte[] b = "Hà Nội".getBytes(StandardCharsets.UTF_8);
    byte[] broken = Arrays.copyOf(b, b.length + 2);
    broken[b.length] = (byte) 0xC3; // a lead byte followed by ASCII
    broken[b.length + 1] = 'x';
    ArticleFile.NotUtf8Exception e = org.junit.jupiter.api.Assertions.assertThrows(ArticleFile.NotUtf8Exception.class,
        () -> ArticleFile.decode(broken));
    assertTrue(e.getMessage().contains("at byte offset " + b.length), e.getMessage());
    byte[] oddUtf16 = {(byte) 0xFF, (byte) 0xFE, 'a', 0, (byte) 0x00, (byte) 0xD8, 'b', 0}; // lone high surrogate
    org.junit.jupiter.api.Assertions.assertThrows(ArticleFile.NotUtf8Exception.class, () -> ArticleFile.decode(oddUtf16));
  }

  @Test
  void tooLongArticleIsSkippedWithSizeAndLimit(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), ARTICLE);
    Files.writeString(dir.resolve("b.txt"), "x ".repeat(600));
    Run r = run("extract", "--max-text-length", "1000", dir.toString());
    assertEquals(2, r.code());
    assertEquals(1, r.lines().size());
    assertTrue(r.err().contains("b.txt: text has 1200 chars; the limit is 1000"), r.err());
  }

  @Test
  void outputIsFlushedAfterEveryArticle(@TempDir Path dir) throws IOException {
    for (int i = 0; i < 5; i++) {
      Files.writeString(dir.resolve(i + ".txt"), ARTICLE);
    }
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    int[] linesAtFlush = new int[1];
    int[] flushes = new int[1];
    OutputStream counting = new OutputStream() {
      @Override
      public void write(int b) {
        sink.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        sink.write(b, off, len);
      }

      @Override
      public void flush() {
        String s = sink.toString(StandardCharsets.UTF_8);
        int lines = (int) s.chars().filter(c -> c == '\n').count();
        if (lines > linesAtFlush[0]) {
          flushes[0]++;
          linesAtFlush[0] = lines;
        }
      }
    };
    // a buffered stream, as in main(): only an explicit flush pushes an article out
    PrintStream out = new PrintStream(new java.io.BufferedOutputStream(counting, 1 << 16), false, StandardCharsets.UTF_8);
    int code = new Main(out, new PrintStream(new ByteArrayOutputStream()), new ByteArrayInputStream(new byte[0]))
        .run(new String[] {"extract", dir.toString()});
    assertEquals(0, code);
    assertEquals(5, flushes[0], "one flush per article");
  }

  @Test
  void aClosedStdoutEndsQuietly(@TempDir Path dir) throws IOException {
    for (int i = 0; i < 50; i++) {
      Files.writeString(dir.resolve(String.format("%03d.txt", i)), ARTICLE);
    }
    int[] articlesWritten = new int[1];
    OutputStream closedAfterOne = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        if (articlesWritten[0] >= 1) {
          throw new IOException("Broken pipe");
        }
        if (b == '\n') {
          articlesWritten[0]++;
        }
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Main(new PrintStream(closedAfterOne, false, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]))
        .run(new String[] {"extract", dir.toString()});
    assertEquals(0, code);
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void manyFilesStreamInOrder(@TempDir Path dir) throws IOException {
    int n = 3000;
    for (int i = 0; i < n; i++) {
      Files.writeString(dir.resolve(String.format("%05d.txt", i)), "Tin số " + i + ".");
    }
    int[] count = new int[1];
    String[] last = new String[1];
    Main m = new Main(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()),
        new ByteArrayInputStream(new byte[0]));
    m.forEachArticle(new Main.Options(null, false, List.of(dir.toString())),
        io.github.doingoai.Doingoai.extractor().build(), e -> {
          // each result reaches the sink before the next article is read, and in name order
          assertTrue(last[0] == null || last[0].compareTo(e.source()) < 0);
          last[0] = e.source();
          count[0]++;
        });
    assertEquals(n, count[0]);
  }
}
