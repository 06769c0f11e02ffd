package org.mathforml.site.applets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.exact.FractionVector;
import org.mathforml.mathlib.numeric.Vector;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.PageProbe;

/**
 * {@code vector-operations} in Chromium (strict bundle), over http and from file://: dragged with
 * the mouse and moved with the keyboard, every mode's readout compared with mathlib (exact
 * FractionVector arithmetic, numeric Vector for the angle), pan and zoom, no console errors.
 */
@BrowserTest
class VectorOperationsBrowserTest extends AppletPageTest {

  @BeforeAll
  static void serve() {
    serve("vector-operations", "data-ux=\"3\" data-uy=\"1\" data-vx=\"1\" data-vy=\"2\"");
  }

  static FractionVector u(Page page) {
    return FractionVector.of(fraction(page, "ux"), fraction(page, "uy"));
  }

  static FractionVector v(Page page) {
    return FractionVector.of(fraction(page, "vx"), fraction(page, "vy"));
  }

  static void mode(Page page, String mode) {
    page.locator("input[name=mode][value=" + mode + "]").check();
    assertThat(readout(page)).hasAttribute("data-mode", mode);
  }

  static void expectResult(Page page, FractionVector expected) {
    assertThat(readout(page)).hasAttribute("data-result-x", expected.get(0).toString());
    assertThat(readout(page)).hasAttribute("data-result-y", expected.get(1).toString());
  }

  @Test
  void keyboardMovesTheVectorsAndEveryModeMatchesMathlib(Page page, PageProbe probe) {
    open(page);
    Locator uHandle = page.locator(".applet-handle[data-vector=u]");
    assertEquals("vector u = (3, 1)", uHandle.getAttribute("aria-label"));
    uHandle.focus();
    page.keyboard().press("ArrowRight");
    page.keyboard().press("Shift+ArrowUp");
    assertThat(uHandle).hasAttribute("aria-label", "vector u = (7/2, 3)");
    assertEquals(FractionVector.of(Fraction.of(7, 2), Fraction.of(3)), u(page));
    expectResult(page, u(page).add(v(page)));

    Locator vHandle = page.locator(".applet-handle[data-vector=v]");
    vHandle.focus();
    page.keyboard().press("ArrowDown");
    page.keyboard().press("ArrowLeft");
    assertThat(vHandle).hasAttribute("aria-label", "vector v = (1/2, 3/2)");

    mode(page, "difference");
    expectResult(page, u(page).subtract(v(page)));

    mode(page, "scalar");
    Locator slider = page.locator("input[name=k]");
    assertThat(slider).isVisible();
    slider.focus();
    page.keyboard().press("ArrowLeft"); // 2 -> 3/2
    assertThat(readout(page)).hasAttribute("data-k", "3/2");
    expectResult(page, u(page).scale(Fraction.of(3, 2)));

    mode(page, "dot");
    assertThat(readout(page)).hasAttribute("data-dot", u(page).dot(v(page)).toString());
    assertThat(readout(page)).hasAttribute("data-result-x", "");
    double angle = Math.toDegrees(numeric(u(page)).angle(numeric(v(page))));
    assertEquals(angle, number(page, "angle"), 0.005);
    assertTrue(readout(page).locator("math").count() >= 2, "readout shows MathML");

    mode(page, "projection");
    FractionVector uu = u(page);
    FractionVector vv = v(page);
    expectResult(page, vv.scale(uu.dot(vv).divide(vv.dot(vv))));
    probe.assertClean();
  }

  @Test
  void mouseDragsSnapToTheGridAndPerpendicularVectorsHaveDotZero(Page page, PageProbe probe) {
    open(page);
    mode(page, "dot");
    Locator svg = in(page, "svg.applet-plot");
    AppletFixture.dragTo(
        page, page.locator(".applet-handle[data-vector=v]"), svg, WINDOW, -1.1, 2.9);
    assertThat(readout(page)).hasAttribute("data-vx", "-1");
    assertThat(readout(page)).hasAttribute("data-vy", "3");
    // u = (3, 1), v = (-1, 3): perpendicular.
    assertThat(readout(page)).hasAttribute("data-dot", "0");
    assertEquals(90, number(page, "angle"), 1e-9);
    assertThat(readout(page)).containsText("perpendicular");

    AppletFixture.dragTo(
        page, page.locator(".applet-handle[data-vector=u]"), svg, WINDOW, 2.4, -1.6);
    assertThat(readout(page)).hasAttribute("data-ux", "5/2");
    assertThat(readout(page)).hasAttribute("data-uy", "-3/2");
    assertThat(readout(page)).hasAttribute("data-dot", u(page).dot(v(page)).toString());
    probe.assertClean();
  }

  @Test
  void panAndZoomByKeyboardButtonsAndDragThenReset(Page page, PageProbe probe) {
    open(page, file());
    Locator svg = in(page, "svg.applet-plot");
    svg.focus();
    page.keyboard().press("+");
    String zoomed = svg.getAttribute("data-view");
    assertEquals("-4.8 4.8 -4.8 4.8", zoomed);
    page.keyboard().press("ArrowRight");
    assertNotEquals(zoomed, svg.getAttribute("data-view"));
    page.locator(".applet-view-reset").click();
    assertThat(svg).hasAttribute("data-view", "-6 6 -6 6");
    page.locator(".applet-view-zoom-out").click();
    assertThat(svg).hasAttribute("data-view", "-7.5 7.5 -7.5 7.5");
    page.locator(".applet-view-reset").click();
    // Drag the background (the top-left corner, far from the vectors) by 2 units right.
    double[] from = AppletFixture.screen(svg, WINDOW, -5, 5);
    double[] to = AppletFixture.screen(svg, WINDOW, -3, 5);
    page.mouse().move(from[0], from[1]);
    page.mouse().down();
    page.mouse().move(to[0], to[1], new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
    page.mouse().up();
    String[] view = svg.getAttribute("data-view").split(" ");
    assertEquals(-8, Double.parseDouble(view[0]), 0.05);
    assertEquals(4, Double.parseDouble(view[1]), 0.05);
    // Handles still follow the keyboard after a pan, and their arrows moved with the plane.
    page.locator(".applet-handle[data-vector=u]").focus();
    page.keyboard().press("ArrowUp");
    assertThat(readout(page)).hasAttribute("data-uy", "3/2");
    probe.assertClean();
  }

  static Vector numeric(FractionVector w) {
    return Vector.of(w.get(0).doubleValue(), w.get(1).doubleValue());
  }
}
