package io.github.doingoai;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every {@code java} block of the README compiles against the current API, so the docs cannot rot. */
class ReadmeSnippetsTest {

  private static final String IMPORTS = String.join("\n",
      "import io.github.doingoai.*;",
      "import io.github.doingoai.model.*;",
      "import io.github.doingoai.json.*;",
      "import java.time.*;",
      "import java.util.*;",
      "import java.nio.file.*;",
      "");

  @Test
  void javaBlocksOfTheReadmeCompile(@TempDir Path out) throws Exception {
    Path readme = Path.of("README.md");
    assumeTrue(Files.exists(readme), "README.md not found from " + Path.of("").toAbsolutePath());
    String md = Files.readString(readme, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(md);
    List<JavaFileObject> units = new ArrayList<>();
    int i = 0;
    while (m.find()) {
      String body = m.group(1);
      String imports = IMPORTS + (body.contains("Matcher") || body.contains("EventIndex") ? "import io.github.doingoai.match.*;\n" : "");
      String src = imports + "class Snippet" + i + " { void run() throws Exception {\n" + body + "\n} }\n";
      String name = "Snippet" + i;
      units.add(new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return src;
        }
      });
      i++;
    }
    assertFalse(units.isEmpty(), "the README has no java block");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assumeTrue(javac != null, "no system Java compiler (a JRE, not a JDK)");
    StringWriter diagnostics = new StringWriter();
    boolean ok = javac.getTask(diagnostics, null, null,
        List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:none"), null, units).call();
    assertTrue(ok, "README java blocks do not compile:\n" + diagnostics);
  }
}
