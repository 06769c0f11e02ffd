package org.mathforml.applets.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mathforml.applets.catalog.AppletCatalog;
import org.mathforml.applets.quiz.Generators;

/**
 * Every applet and every generator is in some bundle, bundle names are unique, and applets/pom.xml
 * compiles each bundle twice (production and strict) from its nested main class with the global its
 * self-start tail calls.
 */
class BundlesTest {

  @Test
  void everyAppletAndGeneratorHasABundle() {
    Set<String> applets = new HashSet<>();
    Set<String> generators = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (Bundle b : Bundles.all()) {
      assertTrue(names.add(b.name()), "bundle " + b.name() + " twice");
      applets.addAll(b.applets());
      generators.addAll(b.generators());
      assertTrue(b.hasQuiz() || b.generators().isEmpty(), b.name());
    }
    assertEquals(new HashSet<>(AppletCatalog.names()), applets);
    assertEquals(new HashSet<>(Generators.names()), generators);
  }

  @Test
  void thePomBuildsEveryBundle() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    for (Bundle b : Bundles.all()) {
      String main = mainClass(b);
      for (String id : new String[] {b.name(), b.name() + "-strict"}) {
        String execution = "<id>" + id + "</id>";
        int at = pom.indexOf(execution);
        assertTrue(at >= 0, "applets/pom.xml has no execution " + id);
        String block = pom.substring(at, pom.indexOf("</execution>", at));
        assertTrue(block.contains("<mainClass>" + main + "</mainClass>"), id + ": " + main);
        assertTrue(block.contains("<entryPointName>" + b.global() + "</entryPointName>"), id);
        assertTrue(block.contains("<targetFileName>" + id + ".js</targetFileName>"), id);
      }
      assertTrue(pom.contains("<arg value=\"" + b.name() + "\"/>"), b.name() + " self-start");
    }
  }

  @Test
  void globalsAreCamelCase() {
    assertEquals("mathformlQuizLinearAlgebra", SelfStart.global("quiz-linear-algebra"));
    assertEquals("mathformlSystems", SelfStart.global("systems"));
  }

  /** The nested class whose simple name is the bundle name in CamelCase. */
  private static String mainClass(Bundle b) {
    String simple = b.global().substring("mathforml".length());
    for (Class<?> c : Bundles.class.getDeclaredClasses()) {
      if (c.getSimpleName().equals(simple)) {
        return c.getName();
      }
    }
    throw new AssertionError("Bundles has no nested class " + simple + " for " + b.name());
  }
}
