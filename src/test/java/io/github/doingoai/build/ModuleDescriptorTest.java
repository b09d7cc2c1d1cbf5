package io.github.doingoai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.doingoai.Doingoai;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compiled module descriptor exports the API and nothing else, and lets Jackson into the model.
 * Tests run on the class path (see the surefire configuration), so the descriptor is read as a file.
 */
class ModuleDescriptorTest {

  /** The API packages; {@code io.github.doingoai.match} joins them once the matcher is merged. */
  private static final Set<String> API = Set.of("io.github.doingoai", "io.github.doingoai.model", "io.github.doingoai.json");
  private static final String OPTIONAL_API = "io.github.doingoai.match";

  private static ModuleDescriptor descriptor;
  /** Packages holding classes: javac does not record them all in the descriptor. */
  private static Set<String> packages;

  @BeforeAll
  static void read() throws Exception {
    // the descriptor beside the library's classes, not the first module-info.class on the class path
    Path where = Path.of(Doingoai.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    packages = new TreeSet<>();
    if (Files.isDirectory(where)) {
      try (Stream<Path> s = Files.walk(where)) {
        s.filter(p -> p.toString().endsWith(".class") && p.getParent() != null && !p.getParent().equals(where))
            .forEach(p -> packages.add(where.relativize(p.getParent()).toString().replace(java.io.File.separatorChar, '.')));
      }
      Path file = where.resolve("module-info.class");
      assertTrue(Files.exists(file), "no module-info.class in " + where);
      try (InputStream in = Files.newInputStream(file)) {
        descriptor = ModuleDescriptor.read(in);
      }
    } else {
      try (JarFile jar = new JarFile(where.toFile())) {
        jar.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class") && n.contains("/") && !n.startsWith("META-INF/"))
            .forEach(n -> packages.add(n.substring(0, n.lastIndexOf('/')).replace('/', '.')));
        JarEntry e = jar.getJarEntry("module-info.class");
        assertNotNull(e, "no module-info.class in " + where);
        try (InputStream in = jar.getInputStream(e)) {
          descriptor = ModuleDescriptor.read(in);
        }
      }
    }
  }

  @Test
  void isTheNamedModule() {
    assertEquals("io.github.doingoai", descriptor.name());
    assertFalse(descriptor.isAutomatic());
    assertFalse(descriptor.isOpen(), "an open module would expose the internals to reflection");
  }

  @Test
  void exportsTheApiPackagesUnqualifiedAndNothingElse() {
    Set<String> exported = new TreeSet<>();
    for (ModuleDescriptor.Exports e : descriptor.exports()) {
      assertFalse(e.isQualified(), e.source() + " is exported only to " + e.targets());
      exported.add(e.source());
    }
    Set<String> expected = new TreeSet<>(API);
    if (packages.contains(OPTIONAL_API)) {
      expected.add(OPTIONAL_API);
    }
    assertEquals(expected, exported);
  }

  @Test
  void internalsAndTheCommandLineStayUnexported() {
    Set<String> internal = packages.stream()
        .filter(p -> p.contains(".internal") || p.endsWith(".cli"))
        .collect(Collectors.toCollection(TreeSet::new));
    assertFalse(internal.isEmpty(), "expected internal packages in " + packages);
    for (ModuleDescriptor.Exports e : descriptor.exports()) {
      assertFalse(internal.contains(e.source()), e.source() + " is internal but exported");
    }
    for (ModuleDescriptor.Opens o : descriptor.opens()) {
      assertFalse(internal.contains(o.source()), o.source() + " is internal but opened");
    }
  }

  @Test
  void opensTheModelToJacksonOnly() {
    Map<String, Set<String>> opens = descriptor.opens().stream()
        .collect(Collectors.toMap(ModuleDescriptor.Opens::source, ModuleDescriptor.Opens::targets));
    assertEquals(Set.of("com.fasterxml.jackson.databind"), opens.get("io.github.doingoai.model"));
    // every opening is to Jackson alone, never to everyone
    opens.forEach((pkg, targets) -> assertEquals(Set.of("com.fasterxml.jackson.databind"), targets, pkg));
  }

  @Test
  void requiresTheRuntimeDependenciesAndJacksonTransitively() {
    Map<String, ModuleDescriptor.Requires> req = descriptor.requires().stream()
        .collect(Collectors.toMap(ModuleDescriptor.Requires::name, r -> r));
    for (String m : Set.of("com.google.common", "com.ibm.icu", "com.fasterxml.jackson.databind")) {
      assertTrue(req.containsKey(m), "does not require " + m + ": " + req.keySet());
    }
    // JsonCodec.mapper() returns an ObjectMapper: callers must read Jackson without requiring it
    assertTrue(req.get("com.fasterxml.jackson.databind").modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
  }
}
