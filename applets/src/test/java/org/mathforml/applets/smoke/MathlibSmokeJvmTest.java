package org.mathforml.applets.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The smoke suite itself on the JVM: every case runs, names are unique, the report is parsable. */
class MathlibSmokeJvmTest {

  @Test
  void everyCaseRunsOnTheJvm() {
    String report = MathlibSmoke.report(MathlibSmoke.cases());
    String[] lines = report.split("\n");
    assertEquals(MathlibSmoke.cases().size(), lines.length);
    if (System.getProperty("smoke.print") != null) {
      System.out.println(report);
    }
    for (String line : lines) {
      String[] parts = line.split("\t", -1);
      assertEquals(3, parts.length, line);
      assertEquals("ok", parts[1], line);
      assertFalse(parts[2].isEmpty(), line);
    }
  }

  @Test
  void namesAreUnique() {
    Set<String> names = new HashSet<>();
    for (SmokeCase c : MathlibSmoke.cases()) {
      assertTrue(names.add(c.name()), "duplicate case " + c.name());
    }
  }

  @Test
  void failingCaseIsReportedAndTheRunGoesOn() {
    String report =
        MathlibSmoke.report(List.of(MathlibSmoke.failingCase(), MathlibSmoke.cases().get(0)));
    String[] lines = report.split("\n");
    assertEquals(
        MathlibSmoke.FAILING_CASE
            + "\terror\tjava.lang.ArrayIndexOutOfBoundsException: Index 2 out of bounds for length 2",
        lines[0]);
    assertTrue(lines[1].contains("\tok\t"), lines[1]);
  }

  @Test
  void escapesTabsNewlinesAndBackslashes() {
    assertEquals("a\\tb\\nc\\\\d", MathlibSmoke.escape("a\tb\nc\\d"));
  }

  @Test
  void canonicalNumbers() {
    assertEquals("~0", Canon.num(0.0));
    assertEquals("~1e0", Canon.num(1.0));
    assertEquals("~-2.5e-3", Canon.num(-0.0025));
    assertEquals("~3.33333333333333e-1", Canon.num(1.0 / 3));
    assertEquals("~1.23456789012346e22", Canon.num(1.2345678901234567e22));
    assertEquals("~1e15", Canon.num(999999999999999.9));
    assertEquals("~4.94065645841247e-324", Canon.num(Double.MIN_VALUE));
    assertEquals("~1.79769313486232e308", Canon.num(Double.MAX_VALUE));
    assertEquals(
        "~NaN ~Infinity ~-Infinity",
        Canon.num(Double.NaN)
            + " "
            + Canon.num(Double.POSITIVE_INFINITY)
            + " "
            + Canon.num(Double.NEGATIVE_INFINITY));
  }

  @Test
  void benchKernelsRun() {
    for (String name : BenchKernels.names()) {
      double checksum = BenchKernels.run(name);
      assertTrue(Double.isFinite(checksum) && checksum != 0, name + " " + checksum);
    }
  }
}
