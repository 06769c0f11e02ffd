package org.mathforml.applets.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The site module loads the catalog classes alone on the JVM (no TeaVM, no mathlib, no other applet
 * classes), so their bytecode may reference only the JDK and each other.
 */
class CatalogIsPlainJavaTest {

  @Test
  void catalogBytecodeReferencesOnlyTheJdkAndItself() throws IOException, URISyntaxException {
    Path dir =
        Paths.get(AppletCatalog.class.getResource("AppletCatalog.class").toURI()).getParent();
    List<Path> classes;
    try (Stream<Path> files = Files.list(dir)) {
      classes = files.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
    }
    assertTrue(classes.size() >= 4, "expected the catalog classes in " + dir);
    for (Path c : classes) {
      // Class references appear as UTF-8 names in the constant pool.
      String pool = new String(Files.readAllBytes(c), StandardCharsets.ISO_8859_1);
      String stripped = pool.replace("org/mathforml/applets/catalog/", "");
      assertFalse(stripped.contains("org/teavm"), c + " references TeaVM");
      assertFalse(stripped.contains("org/mathforml/"), c + " references code outside catalog");
    }
  }
}
