package org.mathforml.site.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mathforml.site.build.Problems;

/** Both ways of running KaTeX give the same output, and the cache knows when it is stale. */
class KatexBackendsTest {
  /** A fixture of formulas covering what lessons use: fractions, matrices, macros, environments. */
  static final List<String> FORMULAS =
      List.of(
          "x^2 + 3x - 1",
          "\\frac{a}{b} + \\sqrt{2}",
          "\\det \\begin{bmatrix} 2 & 1 \\\\ 1 & -1 \\end{bmatrix} = -3",
          "\\vec{v} \\in \\R^2",
          "\\begin{aligned} 2x + y &= 5 \\\\ x - y &= 1 \\end{aligned}",
          "\\left[\\begin{array}{cc|c} 1 & 1 & 5 \\\\ 1 & -1 & 1 \\end{array}\\right]",
          "\\sum_{i=1}^{n} w_i x_i + b",
          "\\text{minutes} = w \\cdot \\text{km} + b");

  static final Macros MACROS =
      Macros.parse(
          "macros.tex",
          "\\newcommand{\\R}{\\mathbb{R}}\n\\newcommand{\\vec}[1]{\\mathbf{#1}}",
          new Problems());

  private static NodeKatex node;
  private static GraalKatex graal;

  @BeforeAll
  static void start() {
    assertTrue(NodeKatex.available(), "node is needed on the PATH for this comparison");
    node = NodeKatex.start(MACROS);
    graal = GraalKatex.start(MACROS);
  }

  @AfterAll
  static void stop() {
    node.close();
    graal.close();
  }

  @Test
  void nodeAndGraalRenderIdentically() throws KatexException {
    for (String tex : FORMULAS) {
      for (boolean display : new boolean[] {false, true}) {
        String fromNode = node.render(tex, display);
        assertEquals(fromNode, graal.render(tex, display), tex);
        assertTrue(fromNode.contains("<math"), "MathML is included: " + tex);
      }
    }
  }

  @Test
  void nodeAndGraalReportTheSameErrorAndPosition() {
    KatexException a = assertThrows(KatexException.class, () -> node.render("a +\n\\nope", true));
    KatexException b = assertThrows(KatexException.class, () -> graal.render("a +\n\\nope", true));
    assertEquals(a.getMessage(), b.getMessage());
    assertEquals(4, a.position());
    assertEquals(a.position(), b.position());
  }

  @Test
  void macrosDoNotLeakBetweenFormulas() throws KatexException {
    node.render("\\gdef\\leak{1}", false);
    assertThrows(KatexException.class, () -> node.render("\\leak", false));
  }

  @Test
  void cacheKeyChangesWithMacrosAndKatexVersion(@TempDir Path dir) throws KatexException {
    Macros other = Macros.parse("macros.tex", "\\newcommand{\\R}{\\mathbf{R}}", new Problems());
    CachingKatex a = new CachingKatex(dir, MACROS, () -> node);
    CachingKatex b = new CachingKatex(dir, other, () -> node);
    CachingKatex older = new CachingKatex(dir, MACROS, "0.16.0", () -> node);
    assertNotEquals(a.fileFor("x", false), b.fileFor("x", false));
    assertNotEquals(a.fileFor("x", false), older.fileFor("x", false));
    assertNotEquals(a.fileFor("x", false), a.fileFor("x", true));
    assertEquals(
        a.fileFor("x", false), new CachingKatex(dir, MACROS, () -> node).fileFor("x", false));
  }

  @Test
  void warmCacheNeverStartsTheBackend(@TempDir Path dir) throws Exception {
    CachingKatex cold = new CachingKatex(dir, MACROS, () -> node);
    String html = cold.render("\\R^3", false);
    assertTrue(Files.isRegularFile(cold.fileFor("\\R^3", false)));
    CachingKatex warm =
        new CachingKatex(
            dir,
            MACROS,
            () -> {
              throw new AssertionError("the backend must not start on a warm cache");
            });
    assertEquals(html, warm.render("\\R^3", false));
    assertEquals(1, warm.hits());
    assertEquals(0, warm.misses());
  }
}
