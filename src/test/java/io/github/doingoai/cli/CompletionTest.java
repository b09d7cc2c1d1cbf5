package io.github.doingoai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompletionTest {

  @Test
  void generateCompletionPrintsABashScriptForBothSubcommandsAndTheirOptions() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]))
        .run(new String[] {"generate-completion"});
    String script = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(script.contains("complete -F"), "a bash completion registration");
    assertTrue(script.contains("extract"), script);
    assertTrue(script.contains("match"), script);
    assertTrue(script.contains("--reference-date"), script);
    assertTrue(script.contains("tsv"), "the --format candidates are completed");
  }
}
