package io.github.doingoai.cli;

import io.github.doingoai.Doingoai;
import io.github.doingoai.DoingoaiException;
import io.github.doingoai.ErrorKind;
import io.github.doingoai.Extractor;
import io.github.doingoai.ExtractorBuilder;
import io.github.doingoai.json.JsonCodec;
import io.github.doingoai.model.Extraction;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code doingoai extract [--reference-date YYYY-MM-DD] [--pretty] PATH...} prints one JSON object
 * per article (JSON Lines); {@code doingoai match ...} groups articles into events.
 *
 * <p>Exit codes: 0 all went well; 2 a bad option, or at least one file could not be read, was not
 * UTF-8/UTF-16 text or was too long (the others are still processed); 1 an internal error of the
 * library on at least one article (reported with the file's name; the others are still processed).
 * A closed standard output (a reader such as {@code head} that went away) ends the run quietly with 0.
 */
public final class Main {

  static final String USAGE = String.join("\n",
      "Usage: doingoai extract [--reference-date YYYY-MM-DD] [--max-text-length CHARS] [--format F] [--pretty] PATH...",
      "       doingoai match [--reference-date YYYY-MM-DD] PATH...",
      "       doingoai --help | --version",
      "       doingoai generate-completion   prints a bash/zsh completion script (source it)",
      "",
      "  extract  prints one JSON object per article (JSON Lines) on stdout",
      "  match    groups the articles into real-world events: {\"events\":[...]}",
      "",
      "  PATH     an article file (UTF-8 text), a directory (its *.txt files in name order),",
      "           or - for one article on standard input",
      "  --reference-date YYYY-MM-DD   resolve year-less and relative dates against this date",
      "  --max-text-length CHARS       skip (and report) articles longer than this; default "
          + ExtractorBuilder.DEFAULT_MAX_TEXT_LENGTH,
      "  --format jsonl|json|csv|tsv   jsonl (default): one JSON object per line; json: one JSON array;",
      "                                csv/tsv: a header, then one row per official and per meeting",
      "  --pretty                      indent the JSON (one object per article, no longer one per line)",
      "",
      "Exit status: 0 success; 2 a bad option, or a file that is unreadable, not UTF-8/UTF-16 text or too long;",
      "1 an internal error on some article. Either way every other article is still extracted.");

  private final PrintStream out;
  private final PrintStream err;
  private final java.io.InputStream in;
  private int status;

  Main(PrintStream out, PrintStream err, java.io.InputStream in) {
    this.out = out;
    this.err = err;
    this.in = in;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code;
    try {
      code = new Main(out, err, System.in).run(args);
    } catch (RuntimeException | Error e) {
      // last resort: one line, not a stack trace; the exit code tells scripts it was not their input
      err.println("doingoai: internal error: " + e);
      code = 1;
    }
    out.flush();
    System.exit(code);
  }

  /** Options shared by the subcommands. */
  record Options(LocalDate referenceDate, boolean pretty, List<String> paths, int maxTextLength, String format) {
    Options(LocalDate referenceDate, boolean pretty, List<String> paths) {
      this(referenceDate, pretty, paths, ExtractorBuilder.DEFAULT_MAX_TEXT_LENGTH, "jsonl");
    }
  }

  private static final List<String> FORMATS = List.of("jsonl", "json", "csv", "tsv");

  int run(String[] args) {
    if (args.length == 0) {
      err.println(USAGE);
      return 2;
    }
    String cmd = args[0];
    if (cmd.equals("--help") || cmd.equals("-h") || cmd.equals("help")) {
      out.println(USAGE);
      return 0;
    }
    if (cmd.equals("--version") || cmd.equals("-V")) {
      out.println("doingoai " + Doingoai.version());
      return 0;
    }
    if (cmd.equals("generate-completion")) {
      // picocli is optional for the library, so only this branch touches it
      out.print(CommandModel.completionScript());
      out.flush();
      return 0;
    }
    if (!cmd.equals("extract") && !cmd.equals("match")) {
      err.println("doingoai: unknown command '" + cmd + "' (expected extract or match; see --help)");
      return 2;
    }
    Options opts = parse(args);
    if (opts == null) {
      return 2;
    }
    try {
      if (cmd.equals("extract")) {
        extract(opts);
      } else {
        match(opts);
      }
    } catch (DoingoaiException e) {
      err.println("doingoai: " + e.getMessage());
      return 2;
    }
    out.flush();
    return status;
  }

  private Options parse(String[] args) {
    // picocli tokenizes (attached and detached values, "--", "-" as a path); the checks and their
    // one-line messages below stay ours, so scripts see the same errors as before
    picocli.CommandLine.ParseResult parsed;
    try {
      parsed = CommandModel.commandLine().parseArgs(args);
    } catch (picocli.CommandLine.UnmatchedArgumentException e) {
      List<String> unmatched = e.getUnmatched();
      err.println("doingoai: unknown option '" + (unmatched.isEmpty() ? "?" : unmatched.get(0)) + "' (see --help)");
      return null;
    } catch (picocli.CommandLine.MissingParameterException e) {
      for (picocli.CommandLine.Model.ArgSpec missing : e.getMissing()) {
        if (missing instanceof picocli.CommandLine.Model.OptionSpec o) {
          err.println("doingoai: option " + o.longestName() + " needs a value "
              + (o.longestName().equals("--reference-date") ? "YYYY-MM-DD" : o.paramLabel()));
          return null;
        }
      }
      err.println("doingoai: no PATH given (a file, a directory, or - for stdin; see --help)");
      return null;
    } catch (picocli.CommandLine.ParameterException e) {
      err.println("doingoai: " + e.getMessage() + " (see --help)");
      return null;
    }
    picocli.CommandLine.ParseResult sub = parsed.subcommand();
    if (sub == null) {
      err.println(USAGE);
      return null;
    }
    if (sub.isUsageHelpRequested()) {
      out.println(USAGE);
      return null;
    }
    if (sub.isVersionHelpRequested()) {
      out.println("doingoai " + Doingoai.version());
      return null;
    }
    LocalDate ref = null;
    int maxLength = ExtractorBuilder.DEFAULT_MAX_TEXT_LENGTH;
    boolean pretty = sub.hasMatchedOption("--pretty");
    String format = "jsonl";
    List<String> paths = new ArrayList<>();
    String[] positional = sub.matchedPositionalValue(0, new String[0]);
    paths.addAll(List.of(positional));
    if (sub.hasMatchedOption("--reference-date")) {
      String v = sub.matchedOptionValue("--reference-date", "");
      try {
        ref = LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        err.println("doingoai: option --reference-date: '" + v + "' is not a date YYYY-MM-DD");
        return null;
      }
    }
    if (sub.hasMatchedOption("--format")) {
      String v = sub.matchedOptionValue("--format", "");
      if (!FORMATS.contains(v)) {
        err.println("doingoai: option --format needs one of " + String.join(", ", FORMATS) + ", got '" + v + "'");
        return null;
      }
      format = v;
    }
    if (sub.hasMatchedOption("--max-text-length")) {
      String v = sub.matchedOptionValue("--max-text-length", "");
      try {
        maxLength = Integer.parseInt(v.strip());
      } catch (NumberFormatException e) {
        maxLength = 0;
      }
      if (maxLength <= 0) {
        err.println("doingoai: option --max-text-length needs a positive number of chars, got '" + v + "'");
        return null;
      }
    }
    if (paths.isEmpty()) {
      err.println("doingoai: no PATH given (a file, a directory, or - for stdin; see --help)");
      return null;
    }
    if (args[0].equals("match") && !format.equals("jsonl") && !format.equals("json")) {
      err.println("doingoai: match writes JSON only; option --format " + format + " is for extract");
      return null;
    }
    return new Options(ref, pretty, paths, maxLength, format);
  }

  private Extractor extractor(Options o) {
    ExtractorBuilder b = Doingoai.extractor().maxTextLength(o.maxTextLength());
    if (o.referenceDate() != null) {
      b = b.referenceDate(o.referenceDate());
    }
    return b.build();
  }

  private void extract(Options o) {
    Extractor ex = extractor(o);
    String format = o.format();
    TableWriter table = format.equals("csv") || format.equals("tsv") ? new TableWriter(out, format.equals("tsv")) : null;
    if (table != null) {
      table.header();
    } else if (format.equals("json")) {
      out.print("[");
    }
    boolean[] first = {true};
    forEachArticle(o, ex, r -> {
      if (table != null) {
        table.write(r);
      } else {
        String json = o.pretty() ? JsonCodec.toPrettyJson(r) : JsonCodec.toJson(r);
        if (format.equals("json")) {
          out.print(first[0] ? "\n" : ",\n");
          out.print(json);
        } else {
          out.println(json);
        }
      }
      first[0] = false;
      out.flush(); // a kill loses at most the article in flight
      if (out.checkError()) {
        throw new ClosedOutput();
      }
    });
    if (format.equals("json")) {
      out.println(first[0] ? "]" : "\n]");
    }
  }

  private void match(Options o) {
    new MatchCommand(out).run(o, extractor(o), this);
  }

  /** Thrown when stdout is closed (for example by {@code | head -1}): the run ends quietly. */
  static final class ClosedOutput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ClosedOutput() {
      super(null, null, false, false);
    }
  }

  /** Runs {@code sink} on the extraction of every article the paths name, reporting unreadable ones. */
  void forEachArticle(Options o, Extractor ex, Consumer<Extraction> sink) {
    List<Input> inputs = new ArrayList<>();
    for (String p : o.paths()) {
      collect(p, inputs);
    }
    Progress progress = Progress.create(err, inputs.size());
    try {
      for (Input input : inputs) {
        String text = read(input);
        Extraction r = text == null ? null : extractOne(ex, text, o, input);
        if (r != null) {
          sink.accept(r);
        }
        progress.step();
      }
    } catch (ClosedOutput e) {
      // the reader went away: nothing more to say
    } finally {
      progress.done();
    }
  }

  /** One article's extraction, or {@code null} after reporting why there is none. */
  private Extraction extractOne(Extractor ex, String text, Options o, Input input) {
    try {
      return ex.extract(text, o.referenceDate()).withSource(input.source());
    } catch (DoingoaiException e) {
      String name = input.path() == null ? "-" : input.path().toString();
      if (e.kind() == ErrorKind.INTERNAL) {
        err.println("doingoai: " + name + ": " + e.getMessage());
        status = 1;
      } else {
        fail(name, e.getMessage());
      }
      return null;
    }
  }

  record Input(Path path, String source) {}

  private void collect(String p, List<Input> inputs) {
    if (p.equals("-")) {
      inputs.add(new Input(null, "-"));
      return;
    }
    Path path = Path.of(p);
    if (Files.isDirectory(path)) {
      List<Path> files = new ArrayList<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(path, "*.txt")) {
        for (Path f : ds) {
          files.add(f);
        }
      } catch (IOException e) {
        fail(p, "cannot list directory: " + e.getMessage());
        return;
      }
      files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
      for (Path f : files) {
        inputs.add(new Input(f, f.getFileName().toString()));
      }
    } else {
      inputs.add(new Input(path, path.getFileName() == null ? p : path.getFileName().toString()));
    }
  }

  private String read(Input input) {
    String name = input.path() == null ? "-" : input.path().toString();
    try {
      byte[] bytes = input.path() == null ? in.readAllBytes() : Files.readAllBytes(input.path());
      return ArticleFile.decode(bytes);
    } catch (NoSuchFileException e) {
      fail(name, "no such file");
    } catch (AccessDeniedException e) {
      fail(name, "permission denied");
    } catch (IOException e) {
      fail(name, "cannot read: " + e.getMessage());
    } catch (ArticleFile.NotUtf8Exception e) {
      fail(name, e.getMessage());
    } catch (OutOfMemoryError e) {
      fail(name, "too large to read into memory");
    }
    return null;
  }

  private void fail(String name, String why) {
    err.println("doingoai: " + name + ": " + why);
    if (status == 0) {
      status = 2; // an internal error (1) already recorded stays the headline
    }
  }
}
