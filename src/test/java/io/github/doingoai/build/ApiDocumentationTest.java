package io.github.doingoai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public type and member of the exported packages has a Javadoc comment. The build's
 * javadoc runs doclint without its "missing" group (which also demands {@code @param} and
 * {@code @return} on self-explanatory accessors); this test keeps the part of "missing" that
 * matters: no public API without a comment.
 */
class ApiDocumentationTest {

  private static final Path SOURCES = Path.of("src", "main", "java");

  @Test
  void everyPublicTypeAndMemberOfTheApiHasAComment(@TempDir Path out) throws IOException {
    Path moduleInfo = SOURCES.resolve("module-info.java");
    assumeTrue(Files.exists(moduleInfo), "sources not found from " + Path.of("").toAbsolutePath());
    List<String> exported = exportedPackages(Files.readString(moduleInfo, StandardCharsets.UTF_8));
    assertFalse(exported.isEmpty(), "module-info.java exports nothing");

    List<Path> files = new ArrayList<>();
    for (String pkg : exported) {
      Path dir = SOURCES.resolve(pkg.replace('.', '/'));
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
      }
    }
    DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
    assumeTrue(javadoc != null, "no javadoc tool (a JRE, not a JDK)");
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javadoc.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-d", out.toString(), "-quiet", "-Xdoclint:missing", "-encoding", "UTF-8",
          "-classpath", System.getProperty("java.class.path"), "-Xmaxwarns", "10000");
      javadoc.getTask(new StringWriter(), fm, diagnostics, null, options, fm.getJavaFileObjectsFromPaths(files)).call();
    }
    List<String> missing = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String msg = d.getMessage(Locale.ROOT);
      if (msg.contains("no comment")) {
        missing.add((d.getSource() == null ? "?" : Path.of(d.getSource().toUri()).getFileName()) + ":" + d.getLineNumber());
      }
    }
    assertEquals(List.of(), missing, "public API without a Javadoc comment");
  }

  @Test
  void readsTheExportsOfAModuleDescriptor() {
    String descriptor = "module m {\n  exports a.b;\n  // exports not.this;\n  exports c.d to x;\n  opens e.f to y;\n}";
    assertEquals(List.of("a.b", "c.d"), exportedPackages(descriptor));
  }

  static List<String> exportedPackages(String moduleInfo) {
    String code = moduleInfo.replaceAll("(?m)//[^\\n]*+", "").replaceAll("(?s)/\\*.*?\\*/", "");
    Matcher m = Pattern.compile("\\bexports\\s++([\\w.]++)").matcher(code);
    List<String> pkgs = new ArrayList<>();
    while (m.find()) {
      pkgs.add(m.group(1));
    }
    return pkgs;
  }
}
