// doingoai in JShell. From the project root, after `mvn -q -DskipTests package`:
//
//   jshell --class-path target/doingoai-0.1.0-SNAPSHOT-cli.jar examples/jshell/start.jsh
//
// (the -cli jar carries the library and its dependencies, so one jar is the whole class path).
// Then paste an article into `var r = show("""...""")` or read a file with `var r = showFile("path")`
// (assigned to a variable, JShell echoes the record on one short line instead of in full).

import io.github.doingoai.*;
import io.github.doingoai.model.*;
import io.github.doingoai.json.*;
import io.github.doingoai.match.*;
import java.nio.file.*;
import java.time.*;

// built once: loading and indexing the curated data is the expensive part
Extractor ex = Doingoai.extractor().build();

/** Extracts a pasted article and prints it for people; returns the records for a closer look. */
Extraction show(String article) {
  Extraction r = ex.extract(article);
  System.out.println(Describe.of(r));
  return r;
}

/** The same for a UTF-8 file, its name as the source. */
Extraction showFile(String path) throws java.io.IOException {
  Path p = Path.of(path);
  Extraction r = ex.extract(Files.readString(p)).withSource(p.getFileName().toString());
  System.out.println(Describe.of(r));
  return r;
}

/** The JSON contract's form of an extraction, indented. */
void json(Extraction r) {
  System.out.println(JsonCodec.toPrettyJson(r));
}

/** Groups the *.txt articles of a folder into real-world events and prints one line per event. */
EventIndex events(String dir) throws java.io.IOException {
  EventIndex index = Doingoai.matcher().build().newIndex();
  try (var files = Files.list(Path.of(dir))) {
    for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
      index.add(p.getFileName().toString(), ex.extract(Files.readString(p)));
    }
  }
  for (Event e : index.events()) {
    System.out.println(e.id() + ": " + String.join(", ", e.articles()));
  }
  return index;
}

System.out.println("doingoai " + Doingoai.version() + " ready: show(\"\"\"<paste an article>\"\"\"), showFile(\"path.txt\"), json(r), events(\"dir\")");
