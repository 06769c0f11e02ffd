package org.mathforml.mathlib.special.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ElementaryTest {

  /** Kahan's compensations are within a few ulps of the correctly rounded value. */
  private static final double REL = 1e-15;

  @Test
  void matchesTheJdkOverManyMagnitudes() {
    Random r = new Random(6L);
    for (int i = 0; i < 50_000; i++) {
      double x = Math.pow(10, -20 + 20.5 * r.nextDouble()) * (r.nextBoolean() ? 1 : -1);
      if (x > -1) {
        assertEquals(
            Math.log1p(x), Elementary.log1p(x), REL * Math.abs(Math.log1p(x)), "log1p " + x);
      }
      assertEquals(Math.expm1(x), Elementary.expm1(x), REL * Math.abs(Math.expm1(x)), "expm1 " + x);
    }
    assertEquals(Double.NEGATIVE_INFINITY, Elementary.log1p(-1), 0.0);
    assertTrue(Double.isNaN(Elementary.log1p(-2)));
    assertEquals(Double.POSITIVE_INFINITY, Elementary.log1p(Double.POSITIVE_INFINITY), 0.0);
    assertEquals(-1.0, Elementary.expm1(Double.NEGATIVE_INFINITY), 0.0);
    assertEquals(Double.POSITIVE_INFINITY, Elementary.expm1(1000), 0.0);
    assertEquals(1e-300, Elementary.expm1(1e-300), 0.0);
  }

  /** TeaVM 0.15's Math.log1p/expm1 are naive; the probability packages must not call them. */
  @Test
  void probabilityPackagesDoNotCallTeaVmsNaiveLog1pOrExpm1() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String pkg : new String[] {"random", "special", "distribution", "stats"}) {
      Path root = Paths.get("src/main/java/org/mathforml/mathlib", pkg);
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(p -> p.toString().endsWith(".java")).toList();
      }
      for (Path f : files) {
        String code = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        if (code.contains("Math.log1p(") || code.contains("Math.expm1(")) {
          problems.add(f.toString());
        }
      }
    }
    assertTrue(problems.isEmpty(), "use Elementary instead in " + problems);
  }
}
