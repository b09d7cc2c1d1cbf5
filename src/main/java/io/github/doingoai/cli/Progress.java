package io.github.doingoai.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A progress bar on stderr, only when stderr is a terminal and there are many files. */
class Progress {
  private static final int MIN_FILES = 20;

  static Progress create(PrintStream err, int total) {
    return total >= MIN_FILES && stderrIsTerminal() ? new Bar(err, total) : new Progress();
  }

  void step() {}

  void done() {}

  /** Linux: fd 2 links to a tty or pts device. Elsewhere: assume not, and stay silent. */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return false;
    }
  }

  private static final class Bar extends Progress {
    private final PrintStream err;
    private final int total;
    private final long started = System.nanoTime();
    private int done;
    private long lastDraw;

    Bar(PrintStream err, int total) {
      this.err = err;
      this.total = total;
    }

    @Override
    void step() {
      done++;
      long now = System.nanoTime();
      if (now - lastDraw < 100_000_000L && done < total) {
        return;
      }
      lastDraw = now;
      double secs = Math.max(1e-3, (now - started) / 1e9);
      double rate = done / secs;
      long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      int width = 30;
      int fill = (int) ((long) width * done / total);
      err.print("\r[" + "#".repeat(fill) + " ".repeat(width - fill) + "] " + done + "/" + total
          + String.format(" %.1f articles/s, ETA %ds ", rate, eta));
      err.flush();
    }

    @Override
    void done() {
      err.print("\r" + " ".repeat(80) + "\r");
      err.flush();
    }
  }
}
