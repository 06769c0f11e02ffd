package org.mathforml.site.applets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.LinearSystem;
import org.mathforml.mathlib.Solution;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.PageProbe;

/**
 * {@code span} in Chromium (strict bundle): vectors and the target moved with the keyboard and the
 * mouse; the span (rank of [u v]) and the coefficients of w = a u + b v compared with mathlib's
 * elimination.
 */
@BrowserTest
class SpanBrowserTest extends AppletPageTest {

  @BeforeAll
  static void serve() {
    serve("span", "data-u1=\"2\" data-u2=\"1\" data-v1=\"-1\" data-v2=\"1\"");
  }

  /** Checks data-span, data-independent, data-a and data-b against mathlib. */
  static void expectMathlib(Page page) {
    Fraction u1 = fraction(page, "u1");
    Fraction u2 = fraction(page, "u2");
    Fraction v1 = fraction(page, "v1");
    Fraction v2 = fraction(page, "v2");
    FractionMatrix m = FractionMatrix.of(new Fraction[][] {{u1, v1}, {u2, v2}});
    int rank = m.rank();
    assertThat(readout(page))
        .hasAttribute("data-span", rank == 2 ? "plane" : rank == 1 ? "line" : "point");
    assertThat(readout(page)).hasAttribute("data-independent", rank == 2 ? "true" : "false");
    Solution s =
        LinearSystem.of(m, new Fraction[] {fraction(page, "w1"), fraction(page, "w2")}).solve();
    switch (s.kind()) {
      case UNIQUE -> {
        assertThat(readout(page)).hasAttribute("data-solutions", "one");
        assertThat(readout(page)).hasAttribute("data-a", s.values()[0].toString());
        assertThat(readout(page)).hasAttribute("data-b", s.values()[1].toString());
      }
      case INFINITE -> {
        assertThat(readout(page)).hasAttribute("data-solutions", "many");
        // The one choice shown really gives w.
        Fraction a = fraction(page, "a");
        Fraction b = fraction(page, "b");
        assertEquals(fraction(page, "w1"), a.multiply(u1).add(b.multiply(v1)));
        assertEquals(fraction(page, "w2"), a.multiply(u2).add(b.multiply(v2)));
      }
      default -> {
        assertThat(readout(page)).hasAttribute("data-solutions", "none");
        assertThat(readout(page)).hasAttribute("data-a", "");
      }
    }
  }

  @Test
  void keyboardAndMouseGiveMathlibsCoefficients(Page page, PageProbe probe) {
    open(page);
    // u = (2, 1), v = (-1, 1), w = (3, 3): a = 2, b = 1.
    assertThat(readout(page)).hasAttribute("data-a", "2");
    assertThat(readout(page)).hasAttribute("data-b", "1");
    expectMathlib(page);

    // Keyboard: w one half-step right gives fractions with denominator 3.
    Locator w = page.locator(".applet-handle[data-vector=w]");
    w.focus();
    page.keyboard().press("ArrowRight");
    assertThat(w).hasAttribute("aria-label", "vector w = (7/2, 3)");
    assertThat(readout(page)).hasAttribute("data-a", "13/6");
    expectMathlib(page);

    // Keyboard: v onto the line of u (v = (-2, -1)): the span collapses to a line.
    Locator v = page.locator(".applet-handle[data-vector=v]");
    v.focus();
    page.keyboard().press("ArrowLeft");
    page.keyboard().press("ArrowLeft");
    for (int i = 0; i < 4; i++) {
      page.keyboard().press("ArrowDown");
    }
    assertThat(v).hasAttribute("aria-label", "vector v = (-2, -1)");
    assertThat(readout(page)).hasAttribute("data-span", "line");
    assertThat(readout(page)).hasAttribute("data-independent", "false");
    assertThat(readout(page)).hasAttribute("data-solutions", "none");
    assertThat(in(page, ".applet-span-line")).not().hasAttribute("visibility", "hidden");
    expectMathlib(page);

    // Mouse: drag w onto the line (4, 2): many solutions.
    Locator svg = in(page, "svg.applet-plot").first();
    AppletFixture.dragTo(page, w, svg, WINDOW, 4, 2);
    assertThat(w).hasAttribute("aria-label", "vector w = (4, 2)");
    assertThat(readout(page)).hasAttribute("data-solutions", "many");
    expectMathlib(page);

    // Mouse: drag u to the origin and v too: the span is just the origin.
    AppletFixture.dragTo(page, page.locator(".applet-handle[data-vector=u]"), svg, WINDOW, 0, 0);
    AppletFixture.dragTo(page, v, svg, WINDOW, 0, 0);
    assertThat(readout(page)).hasAttribute("data-span", "point");
    expectMathlib(page);
    probe.assertClean();
  }

  @Test
  void oneVectorSpansALine(Page page, PageProbe probe) {
    open(page);
    page.locator("input[name=two]").uncheck();
    assertThat(readout(page)).hasAttribute("data-vectors", "1");
    assertThat(readout(page)).hasAttribute("data-span", "line");
    assertThat(readout(page)).hasAttribute("data-independent", "true");
    // w = (3, 3) is not a multiple of u = (2, 1).
    assertThat(readout(page)).hasAttribute("data-solutions", "none");
    Locator w = page.locator(".applet-handle[data-vector=w]");
    w.focus();
    page.keyboard().press("ArrowDown");
    page.keyboard().press("ArrowDown");
    page.keyboard().press("ArrowDown"); // (3, 3/2) = 3/2 u
    assertThat(readout(page)).hasAttribute("data-a", "3/2");
    assertThat(readout(page)).hasAttribute("data-b", "");
    probe.assertClean();
  }
}
