package io.github.doingoai.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.annotations.Mode;

/**
 * Runs the whole performance suite and prints every figure next to its baseline, as a ratio, and
 * against its goal.
 *
 * <pre>
 * java -jar target/benchmarks.jar [quick|full] [--cli-jar JAR] [--corpus DIR] [--verbose]
 * java -jar target/benchmarks.jar jmh [JMH options...]     # plain JMH, for one benchmark at a time
 * </pre>
 *
 * <p>The baseline is ICU4J NFC normalization plus word-boundary iteration ({@link Baseline}) over
 * the same texts, set up and measured the same way; the cold start of the command line is compared
 * with the cold start of a main that does nothing ({@link Trivial}).
 */
public final class Report {

  /**
   * How long each JMH run warms up and measures. {@code extractWarmups} is for the runs of the
   * extraction itself: its code is large, and on 2 cores the JIT needs 15 to 30 s before the
   * throughput settles (measured: 38, 72, 102, 124, 145, 156, 174 ops/s over the first seven 2 s
   * iterations, with two threads it took twice as long, as the compiler shares the cores with
   * them). Warm up for less and the figure is the interpreter's: a 2 s warm-up reported 11x the
   * baseline where the settled code ran at 5x. The baseline and build() settle in a few seconds.
   */
  private record Settings(int forks, int warmups, int extractWarmups, TimeValue warmupTime, int iterations,
      TimeValue iterationTime, int singleShotForks, int processRuns, int cpuSeconds) {}

  private static final Settings QUICK =
      new Settings(1, 2, 12, TimeValue.seconds(2), 3, TimeValue.seconds(2), 3, 3, 20);
  private static final Settings FULL =
      new Settings(2, 4, 16, TimeValue.seconds(2), 5, TimeValue.seconds(2), 8, 10, 40);

  /** One line of the final table. */
  private record Row(String figure, String value, String baseline, String ratio, String goal) {}

  private final Settings settings;
  private final Path corpus;
  private final Path self;
  private final Path cliJar;
  private final boolean verbose;
  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  private Report(Settings settings, Path corpus, Path self, Path cliJar, boolean verbose) {
    this.settings = settings;
    this.corpus = corpus;
    this.self = self;
    this.cliJar = cliJar;
    this.verbose = verbose;
  }

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("jmh")) {
      org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    Settings settings = QUICK;
    Path corpus = Corpus.sharedDir();
    Path cliJar = null;
    boolean verbose = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "quick" -> settings = QUICK;
        case "full" -> settings = FULL;
        case "--verbose" -> verbose = true;
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--cli-jar" -> cliJar = Path.of(args[++i]);
        default -> {
          System.err.println("usage: java -jar benchmarks.jar [quick|full] [--cli-jar JAR] [--corpus DIR] [--verbose]"
              + "\n       java -jar benchmarks.jar jmh [JMH options]");
          System.exit(2);
        }
      }
    }
    System.setProperty(Corpus.PROPERTY, corpus.toAbsolutePath().toString());
    Path self = selfJar();
    if (cliJar == null) {
      cliJar = findCliJar(self);
    }
    new Report(settings, corpus.toAbsolutePath(), self, cliJar, verbose).run();
  }

  private void run() throws Exception {
    List<String> texts = Corpus.articles();
    long chars = Corpus.chars(texts);
    int own = Corpus.own().size();
    System.out.printf(Locale.ROOT, "corpus: %d articles (%d written for the benchmarks, %d from %s), %d chars%n",
        texts.size(), own, texts.size() - own, corpus, chars);
    System.out.println("machine: " + machine());
    double loadBefore = load();

    throughput(texts.size(), chars);
    scaling();
    build(texts.size(), chars);
    heap();
    coldStart();

    double loadAfter = load();
    System.out.println();
    System.out.printf(Locale.ROOT, "load average (1 min) before %.2f, after %.2f on %d cores%n", loadBefore, loadAfter,
        Runtime.getRuntime().availableProcessors());
    printTable();
    for (String n : notes) {
      System.out.println("note: " + n);
    }
  }

  // ---- figures --------------------------------------------------------------------------------

  private void throughput(int articles, long chars) throws RunnerException, IOException, InterruptedException {
    progress("throughput and allocation, 1 thread");
    Collection<RunResult> one = runPair(ThroughputBench.class, 1, true);
    double ex1 = score(one, "extract", null);
    double base1 = score(one, "baseline", null);
    rows.add(new Row("throughput, 1 thread", String.format(Locale.ROOT, "%s chars/s, %s articles/s",
        si(ex1 * chars), fmt(ex1 * articles)), si(base1 * chars) + " chars/s",
        fmt(base1 / ex1) + "x slower", "<= 4x slower" + met(base1 / ex1 <= 4)));
    cpuRatio();
    progress("throughput of the text layer alone");
    Collection<RunResult> stages = runJmh(options(StagesBench.class.getName() + "\\.")
        .warmupIterations(settings.extractWarmups() / 2).threads(1));
    double norm = score(stages, "normalize", null);
    double front = score(stages, "normalizeAndStructure", null);
    rows.add(new Row("  of which normalization", si(norm * chars) + " chars/s (" + pct(ex1 / norm) + " of extraction time)",
        si(base1 * chars) + " chars/s", fmt(base1 / norm) + "x slower", "-"));
    rows.add(new Row("  of which normalization + structure", si(front * chars) + " chars/s (" + pct(ex1 / front)
        + " of extraction time)", si(base1 * chars) + " chars/s", fmt(base1 / front) + "x slower", "-"));

    double allocEx = secondary(one, "extract", "alloc.rate.norm") / articles;
    double allocBase = secondary(one, "baseline", "alloc.rate.norm") / articles;
    rows.add(new Row("allocation per article", bytes(allocEx) + " (" + fmt(allocEx / (chars / (double) articles))
        + " B/char)", bytes(allocBase), fmt(allocEx / allocBase) + "x", "-"));

    progress("throughput, 2 threads sharing one extractor");
    Collection<RunResult> two = runPair(ThroughputBench.class, 2, false);
    double ex2 = score(two, "extract", null);
    double base2 = score(two, "baseline", null);
    rows.add(new Row("2 threads / 1 thread", String.format(Locale.ROOT, "%sx (%s chars/s)", fmt(ex2 / ex1),
        si(ex2 * chars)), fmt(base2 / base1) + "x", fmt((ex2 / ex1) / (base2 / base1)) + " of baseline's",
        ">= 1.8x" + met(ex2 / ex1 >= 1.8)));
  }

  /**
   * The throughput ratio again, from {@link Stages} in a fresh JVM: extraction and baseline
   * alternate in one loop and each is timed in the thread's CPU time, so that other work on a
   * shared machine (which JMH's wall clock counts against whichever benchmark it hits) cancels out.
   */
  private void cpuRatio() throws IOException, InterruptedException {
    progress("throughput in CPU time, extraction and baseline alternating, " + settings.cpuSeconds() + " s");
    String out = runProcess(List.of(java(), "-cp", self.toString(), Stages.class.getName(),
        String.valueOf(settings.cpuSeconds())), true);
    Matcher ex = Pattern.compile("extract\\(\\)\\s+([\\d.]+) ns/char\\s+([\\d.]+)").matcher(out);
    Matcher base = Pattern.compile("ICU baseline\\s+([\\d.]+) ns/char").matcher(out);
    if (!ex.find() || !base.find()) {
      throw new IllegalStateException("Stages said: " + out);
    }
    double ratio = Double.parseDouble(ex.group(2));
    rows.add(new Row("throughput, 1 thread, CPU time", ex.group(1) + " ns/char", base.group(1) + " ns/char",
        fmt(ratio) + "x slower", "<= 4x slower" + met(ratio <= 4)));
  }

  private void scaling() throws RunnerException {
    progress("scaling with text length");
    Collection<RunResult> rs = runPair(ScalingBench.class, 1, false);
    StringBuilder ex = new StringBuilder();
    StringBuilder base = new StringBuilder();
    double[] exMinMax = {Double.MAX_VALUE, 0};
    double[] baseMinMax = {Double.MAX_VALUE, 0};
    for (String size : List.of("1000", "100000", "1000000")) {
      int n = Integer.parseInt(size);
      double e = score(rs, "extract", size) * 1000 / n; // us per op -> ns per char
      double b = score(rs, "baseline", size) * 1000 / n;
      exMinMax[0] = Math.min(exMinMax[0], e);
      exMinMax[1] = Math.max(exMinMax[1], e);
      baseMinMax[0] = Math.min(baseMinMax[0], b);
      baseMinMax[1] = Math.max(baseMinMax[1], b);
      String label = n >= 1_000_000 ? n / 1_000_000 + " MB" : n / 1000 + " KB";
      ex.append(ex.length() == 0 ? "" : ", ").append(label).append(' ').append(fmt(e));
      base.append(base.length() == 0 ? "" : ", ").append(fmt(b));
      rows.add(new Row("cost per char, " + label, fmt(e) + " ns/char", fmt(b) + " ns/char", fmt(e / b) + "x", "-"));
    }
    double spread = exMinMax[1] / exMinMax[0];
    rows.add(new Row("cost per char, max/min over sizes", fmt(spread) + "x", fmt(baseMinMax[1] / baseMinMax[0]) + "x",
        "-", "<= 1.5x" + met(spread <= 1.5)));
  }

  private void build(int articles, long chars) throws RunnerException {
    progress("build(), warm");
    Collection<RunResult> warm = runJmh(options(BuildBench.class.getName() + "\\.").mode(Mode.AverageTime));
    double w = score(warm, "build", null);
    double wb = score(warm, "baseline", null);
    rows.add(new Row("build(), warm", fmt(w) + " ms", fmt(wb) + " ms", fmt(w / wb) + "x", "-"));

    progress("build(), first in a fresh JVM");
    Collection<RunResult> cold = runJmh(options(BuildBench.class.getName() + "\\.").mode(Mode.SingleShotTime)
        .forks(settings.singleShotForks()).warmupIterations(0).measurementIterations(1));
    double c = score(cold, "build", null);
    double cb = score(cold, "baseline", null);
    rows.add(new Row("build(), first in a fresh JVM", fmt(c) + " ms", fmt(cb) + " ms", fmt(c / cb) + "x", "-"));
  }

  private void heap() throws IOException, InterruptedException {
    progress("retained heap, " + settings.processRuns() + " fresh JVMs");
    Pattern p = Pattern.compile("baseline=(-?\\d+) first=(-?\\d+) second=(-?\\d+)");
    List<Double> base = new ArrayList<>();
    List<Double> first = new ArrayList<>();
    List<Double> second = new ArrayList<>();
    for (int i = 0; i < settings.processRuns(); i++) {
      String out = runProcess(List.of(java(), "-XX:+UseSerialGC", "-Xmx1g", "-cp", self.toString(),
          HeapProbe.class.getName()), true);
      Matcher m = p.matcher(out);
      if (!m.find()) {
        throw new IllegalStateException("heap probe said: " + out);
      }
      base.add(Double.parseDouble(m.group(1)));
      first.add(Double.parseDouble(m.group(2)));
      second.add(Double.parseDouble(m.group(3)));
    }
    double goal = 32.0 * 1024 * 1024;
    double f = median(first);
    rows.add(new Row("retained heap, first extractor", bytes(f) + " (runs: " + bytesList(first) + ")",
        bytes(median(base)), fmt(f / median(base)) + "x", "< 32 MB" + met(f < goal)));
    rows.add(new Row("retained heap, each further extractor", bytes(median(second)), "-", "-", "-"));
  }

  private void coldStart() throws IOException, InterruptedException {
    if (cliJar == null || !Files.isRegularFile(cliJar)) {
      notes.add("no CLI jar found (build it with mvn -q -o -DskipTests package, or pass --cli-jar): cold start skipped");
      return;
    }
    progress("command-line cold start, " + settings.processRuns() + " runs each");
    Path article = Files.createTempFile("doingoai-bench", ".txt");
    Path archive = Files.createTempFile("doingoai-bench", ".jsa");
    try {
      Files.writeString(article, Corpus.own().get(0), StandardCharsets.UTF_8);
      // the README's recipe for many short runs: a class-data archive written by one run, then C1 only
      Files.delete(archive);
      wall(List.of(java(), "-XX:ArchiveClassesAtExit=" + archive, "-jar", cliJar.toString(), "extract", article.toString()));
      boolean cds = Files.isRegularFile(archive);
      List<Double> cli = new ArrayList<>();
      List<Double> tuned = new ArrayList<>();
      List<Double> trivial = new ArrayList<>();
      for (int i = 0; i < settings.processRuns(); i++) {
        // alternate, so that a burst of load on the shared machine hits all alike
        trivial.add(wall(List.of(java(), "-cp", self.toString(), Trivial.class.getName())));
        cli.add(wall(List.of(java(), "-jar", cliJar.toString(), "extract", article.toString())));
        if (cds) {
          tuned.add(wall(List.of(java(), "-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-jar",
              cliJar.toString(), "extract", article.toString())));
        }
      }
      double c = median(cli);
      double t = median(trivial);
      rows.add(new Row("CLI, one article, cold JVM (wall)", fmt(c) + " ms", fmt(t) + " ms (trivial main)",
          fmt(c / t) + "x", "-"));
      if (cds) {
        double k = median(tuned);
        rows.add(new Row("CLI, cold, class-data archive + C1", fmt(k) + " ms", fmt(t) + " ms (trivial main)",
            fmt(k / t) + "x", "-"));
      } else {
        notes.add("this JVM wrote no class-data archive (-XX:ArchiveClassesAtExit): the tuned cold start was skipped");
      }
    } finally {
      Files.deleteIfExists(article);
      Files.deleteIfExists(archive);
    }
  }

  // ---- JMH plumbing ---------------------------------------------------------------------------

  private ChainedOptionsBuilder options(String include) {
    return new OptionsBuilder()
        .include(include)
        .forks(settings.forks())
        .warmupIterations(settings.warmups())
        .warmupTime(settings.warmupTime())
        .measurementIterations(settings.iterations())
        .measurementTime(settings.iterationTime())
        .jvmArgs("-Xms1g", "-Xmx1g", "-D" + Corpus.PROPERTY + "=" + corpus)
        .shouldFailOnError(true)
        .verbosity(verbose ? VerboseMode.NORMAL : VerboseMode.SILENT);
  }

  private static Collection<RunResult> runJmh(ChainedOptionsBuilder b) throws RunnerException {
    return new Runner(b.build()).run();
  }

  /**
   * The {@code extract} and {@code baseline} methods of {@code bench} on {@code threads} threads,
   * each with the warm-up it needs (see {@link Settings}); with two threads the extraction warms
   * up for half as long again. Notes a run whose measurement was still speeding up.
   */
  private Collection<RunResult> runPair(Class<?> bench, int threads, boolean gc) throws RunnerException {
    int warm = settings.extractWarmups() * (threads > 1 ? 3 : 2) / 2;
    ChainedOptionsBuilder ex = options(bench.getName() + "\\.extract$").threads(threads).warmupIterations(warm);
    ChainedOptionsBuilder base = options(bench.getName() + "\\.baseline$").threads(threads);
    if (gc) {
      ex.addProfiler(GCProfiler.class);
      base.addProfiler(GCProfiler.class);
    }
    List<RunResult> all = new ArrayList<>(runJmh(ex));
    all.addAll(runJmh(base));
    for (RunResult r : all) {
      checkSettled(r, threads);
    }
    return all;
  }

  /**
   * Adds a note when the second half of a run's measured iterations is more than 10% faster than
   * the first half: the JIT was still at work, and the figure understates the settled code.
   */
  private void checkSettled(RunResult r, int threads) {
    boolean higherIsFaster = r.getParams().getMode() == Mode.Throughput;
    List<Double> scores = new ArrayList<>();
    for (BenchmarkResult b : r.getBenchmarkResults()) {
      for (IterationResult i : b.getIterationResults()) {
        scores.add(i.getPrimaryResult().getScore());
      }
    }
    int half = scores.size() / 2;
    if (half == 0) {
      return;
    }
    double early = scores.subList(0, half).stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double late = scores.subList(scores.size() - half, scores.size()).stream().mapToDouble(Double::doubleValue)
        .average().orElse(0);
    double gain = higherIsFaster ? late / early : early / late;
    if (gain > 1.10) {
      String size = r.getParams().getParam("size");
      notes.add(String.format(Locale.ROOT, "%s%s, %d thread(s): still %.0f%% faster at the end of the measurement"
          + " than at its start; the figure understates the settled code (use full, or more warm-up)",
          r.getParams().getBenchmark().replaceFirst(".*\\.bench\\.", ""), size == null ? "" : " size " + size,
          threads, (gain - 1) * 100));
    }
  }

  /** The primary score of the benchmark method {@code method} (with param size {@code size}). */
  private static double score(Collection<RunResult> rs, String method, String size) {
    return find(rs, method, size).getPrimaryResult().getScore();
  }

  private static double secondary(Collection<RunResult> rs, String method, String keySuffix) {
    RunResult r = find(rs, method, null);
    for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
      if (e.getKey().endsWith(keySuffix)) {
        return e.getValue().getScore();
      }
    }
    throw new IllegalStateException("no " + keySuffix + " in " + r.getSecondaryResults().keySet());
  }

  private static RunResult find(Collection<RunResult> rs, String method, String size) {
    for (RunResult r : rs) {
      BenchmarkParams p = r.getParams();
      if (p.getBenchmark().endsWith("." + method) && (size == null || size.equals(p.getParam("size")))) {
        return r;
      }
    }
    throw new IllegalStateException("no result for " + method + (size == null ? "" : " size " + size));
  }

  // ---- processes ------------------------------------------------------------------------------

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static double wall(List<String> cmd) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    runProcess(cmd, false);
    return (System.nanoTime() - t0) / 1e6;
  }

  private static String runProcess(List<String> cmd, boolean capture) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
    if (!capture) {
      pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }
    Process p = pb.start();
    String out = capture ? new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("timed out: " + cmd);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException("exit " + p.exitValue() + ": " + cmd);
    }
    return out;
  }

  private static Path selfJar() throws URISyntaxException {
    return Path.of(Report.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** The plain build's CLI jar beside ours: {@code target/doingoai-*-cli.jar}. */
  private static Path findCliJar(Path self) throws IOException {
    Path dir = self.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      return null;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().matches("doingoai-.*-cli\\.jar")).findFirst().orElse(null);
    }
  }

  // ---- output ---------------------------------------------------------------------------------

  private void progress(String what) {
    System.out.println("running: " + what + " ...");
  }

  private void printTable() {
    String[] head = {"figure", "value", "baseline", "ratio", "goal"};
    int[] w = new int[head.length];
    List<String[]> cells = new ArrayList<>();
    cells.add(head);
    for (Row r : rows) {
      cells.add(new String[] {r.figure(), r.value(), r.baseline(), r.ratio(), r.goal()});
    }
    for (String[] c : cells) {
      for (int i = 0; i < c.length; i++) {
        w[i] = Math.max(w[i], c[i].length());
      }
    }
    for (int k = 0; k < cells.size(); k++) {
      String[] c = cells.get(k);
      StringBuilder sb = new StringBuilder("| ");
      for (int i = 0; i < c.length; i++) {
        sb.append(c[i]).append(" ".repeat(w[i] - c[i].length())).append(" | ");
      }
      System.out.println(sb.toString().stripTrailing());
      if (k == 0) {
        StringBuilder sep = new StringBuilder("|");
        for (int x : w) {
          sep.append("-".repeat(x + 2)).append('|');
        }
        System.out.println(sep);
      }
    }
  }

  private static String machine() {
    Runtime rt = Runtime.getRuntime();
    return String.format(Locale.ROOT, "%d cores, %s, Java %s (%s), max heap %s", rt.availableProcessors(),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"), System.getProperty("java.version"),
        System.getProperty("java.vm.name"), bytes(rt.maxMemory()));
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  private static String met(boolean ok) {
    return ok ? " (met)" : " (NOT met)";
  }

  private static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    s.sort(null);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  /** Three significant digits, never in exponent form. */
  static String fmt(double x) {
    double a = Math.abs(x);
    if (a >= 100 || a == 0) {
      return String.format(Locale.ROOT, "%.0f", x);
    }
    int decimals = Math.min(6, 2 - (int) Math.floor(Math.log10(a)));
    return String.format(Locale.ROOT, "%." + decimals + "f", x);
  }

  static String si(double x) {
    if (x >= 1e6) {
      return fmt(x / 1e6) + " M";
    }
    if (x >= 1e3) {
      return fmt(x / 1e3) + " k";
    }
    return fmt(x);
  }

  static String bytes(double b) {
    if (Math.abs(b) >= 1024 * 1024) {
      return fmt(b / (1024 * 1024)) + " MB";
    }
    if (Math.abs(b) >= 1024) {
      return fmt(b / 1024) + " KB";
    }
    return fmt(b) + " B";
  }

  private static String bytesList(List<Double> xs) {
    StringBuilder sb = new StringBuilder();
    for (double x : xs) {
      sb.append(sb.length() == 0 ? "" : ", ").append(fmt(x / (1024 * 1024)));
    }
    return sb.append(" MB").toString();
  }
}
