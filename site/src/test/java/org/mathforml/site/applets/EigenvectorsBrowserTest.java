package org.mathforml.site.applets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.numeric.Complex;
import org.mathforml.mathlib.numeric.Eigen2x2;
import org.mathforml.mathlib.numeric.Matrix;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.PageProbe;

/**
 * {@code eigenvectors} in Chromium (strict bundle): x moved with the keyboard and the mouse onto
 * eigen-directions, the snap buttons, a typed rotation; eigenvalues, A x and λ compared with
 * mathlib's {@link Eigen2x2} and exact fractions.
 */
@BrowserTest
class EigenvectorsBrowserTest extends AppletPageTest {

  @BeforeAll
  static void serve() {
    serve("eigenvectors", "data-a=\"2\" data-b=\"1\" data-c=\"1\" data-d=\"2\"");
  }

  static Eigen2x2 mathlib(double a, double b, double c, double d) {
    return Eigen2x2.of(Matrix.of(new double[][] {{a, b}, {c, d}}));
  }

  @Test
  void keyboardAndMouseFindTheEigenvectorsOfASymmetricMatrix(Page page, PageProbe probe) {
    open(page);
    Complex[] values = mathlib(2, 1, 1, 2).eigenvalues();
    assertEquals(values[0].re(), number(page, "lambda1"), 0.005);
    assertEquals(values[1].re(), number(page, "lambda2"), 0.005);
    assertThat(readout(page)).hasAttribute("data-real", "true");
    // x = (2, 0): Ax = (4, 2), not an eigenvector.
    assertThat(readout(page)).hasAttribute("data-ax1", "4");
    assertThat(readout(page)).hasAttribute("data-ax2", "2");
    assertThat(readout(page)).hasAttribute("data-eigen", "");
    Locator ring = in(page, ".applet-eigen-marker");
    assertThat(ring).hasAttribute("visibility", "hidden");

    // Keyboard: up four half-steps to (2, 2), on eigenline 1 with lambda 3 exactly.
    Locator x = page.locator(".applet-handle[data-vector=x]");
    x.focus();
    for (int i = 0; i < 4; i++) {
      page.keyboard().press("ArrowUp");
    }
    assertThat(x).hasAttribute("aria-label", "vector x = (2, 2)");
    assertThat(readout(page)).hasAttribute("data-eigen", "1");
    assertThat(readout(page)).hasAttribute("data-lambda", "3");
    assertThat(readout(page)).hasAttribute("data-exact", "true");
    assertEquals(values[0].re(), Fraction.parse("3").doubleValue(), 1e-9);
    assertThat(ring).not().hasAttribute("visibility", "hidden");
    assertThat(
            page.locator(
                "[data-applet=eigenvectors] .applet-arrow-label",
                new Page.LocatorOptions().setHasText("Ax = 3x")))
        .hasCount(1);

    // Mouse: drag x to (-1, 1): eigenline 2, lambda 1, and A x = x.
    Locator svg = in(page, "svg.applet-plot");
    AppletFixture.dragTo(page, x, svg, WINDOW, -1, 1);
    assertThat(readout(page)).hasAttribute("data-eigen", "2");
    assertThat(readout(page)).hasAttribute("data-lambda", "1");
    assertThat(readout(page)).hasAttribute("data-ax1", "-1");
    assertThat(readout(page)).hasAttribute("data-ax2", "1");
    assertEquals(values[1].re(), number(page, "lambda"), 1e-9);
    probe.assertClean();
  }

  @Test
  void snapButtonsAndMouseSnapOntoIrrationalEigenlines(Page page, PageProbe probe) {
    open(page);
    page.locator("input[name=a22]").fill("1");
    Eigen2x2 e = mathlib(2, 1, 1, 1);
    // Keyboard: Tab to the first snap button and press Enter.
    Locator snap1 = page.locator("button[data-snap='1']");
    snap1.focus();
    page.keyboard().press("Enter");
    assertThat(readout(page)).hasAttribute("data-eigen", "1");
    assertThat(readout(page)).hasAttribute("data-exact", "false");
    double lambda = e.eigenvalues()[0].re();
    assertEquals(lambda, number(page, "lambda"), 0.005);
    double x1 = number(page, "x1");
    double x2 = number(page, "x2");
    // x keeps its length 2 and lies along mathlib's eigenvector.
    assertEquals(2 * e.eigenvector(0).get(0), x1, 0.005);
    assertEquals(2 * e.eigenvector(0).get(1), x2, 0.005);
    assertEquals(lambda * x1, number(page, "ax1"), 0.02);
    assertEquals(lambda * x2, number(page, "ax2"), 0.02);

    page.locator("button[data-snap='2']").click();
    assertThat(readout(page)).hasAttribute("data-eigen", "2");
    assertEquals(e.eigenvalues()[1].re(), number(page, "lambda"), 0.005);

    // Mouse: drop x at (3, 2), 0.12 from eigenline 1: it is pulled onto the line.
    Locator svg = in(page, "svg.applet-plot");
    AppletFixture.dragTo(page, page.locator(".applet-handle[data-vector=x]"), svg, WINDOW, 3, 2);
    assertThat(readout(page)).hasAttribute("data-eigen", "1");
    double t = 3 * e.eigenvector(0).get(0) + 2 * e.eigenvector(0).get(1);
    assertEquals(t * e.eigenvector(0).get(0), number(page, "x1"), 0.005);

    // Eigenbasis view draws a grid.
    page.locator("input[name=eigenbasis]").check();
    assertEquals(50, page.locator(".applet-eigen-grid-line").count());
    probe.assertClean();
  }

  @Test
  void rotationHasNoRealEigenvectors(Page page, PageProbe probe) {
    open(page);
    page.locator("input[name=a11]").fill("0");
    page.locator("input[name=a12]").fill("-1");
    page.locator("input[name=a21]").fill("1");
    page.locator("input[name=a22]").fill("0");
    assertThat(readout(page)).hasAttribute("data-real", "false");
    assertThat(readout(page)).hasAttribute("data-eigen", "");
    assertThat(in(page, ".applet-message")).containsText("complex");
    assertThat(page.locator("button[data-snap='1']")).isDisabled();
    Complex[] values = mathlib(0, -1, 1, 0).eigenvalues();
    assertEquals(values[0].re(), number(page, "lambda1"), 0.005);
    probe.assertClean();
  }
}
