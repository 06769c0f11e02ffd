package org.mathforml.site.applets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.exact.FractionVector;
import org.mathforml.mathlib.exact.Independence;
import org.mathforml.mathlib.exact.Span;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.PageProbe;
import org.mathforml.site.browser.StaticServer;

/**
 * {@code span-3d} in Chromium (strict bundle), over http and from file://: vectors typed and
 * stepped with the arrow keys in the number inputs, w added and removed, the view turned with keys
 * and the mouse; the dimension, independence and relation in the readout compared with mathlib's
 * {@link Independence} and {@link Span} after every change.
 */
@BrowserTest
class Span3dBrowserTest {

  static Path dir;
  static StaticServer server;

  @BeforeAll
  static void serve() {
    dir =
        AppletFixture.create(
            true,
            new String[][] {
              {"span-3d", "data-u=\"1 0 1\" data-v=\"0 1 1\" data-w=\"1 1 2\" data-size=\"3\""}
            });
    server = StaticServer.start(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Locator readout(Page page) {
    return page.locator("[data-applet=span-3d] .applet-readout");
  }

  static Locator input(Page page, String name) {
    return page.locator("[data-applet=span-3d] input[name=" + name + "]");
  }

  static FractionVector vector(Page page, String name) {
    String[] parts = readout(page).getAttribute("data-" + name).split(" ");
    return FractionVector.of(
        Fraction.parse(parts[0]), Fraction.parse(parts[1]), Fraction.parse(parts[2]));
  }

  /** data-dimension, -span, -independent and -combination against mathlib; returns the relation. */
  static String expectMathlib(Page page) {
    int k = Integer.parseInt(readout(page).getAttribute("data-vectors"));
    List<FractionVector> vectors = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      vectors.add(vector(page, new String[] {"u", "v", "w"}[i]));
    }
    Independence reference = Independence.test(vectors);
    int dim = Span.dimension(vectors);
    assertThat(readout(page)).hasAttribute("data-dimension", Integer.toString(dim));
    assertThat(readout(page))
        .hasAttribute("data-span", new String[] {"point", "line", "plane", "space"}[dim]);
    assertThat(readout(page))
        .hasAttribute("data-independent", Boolean.toString(reference.isIndependent()));
    String combination = readout(page).getAttribute("data-combination");
    if (reference.isIndependent()) {
      assertEquals("", combination);
      assertEquals("", readout(page).getAttribute("data-relation"));
      return "";
    }
    // The applet's c (with -1 on the vector it solves for) is a multiple of mathlib's.
    String[] parts = combination.split(" ");
    Fraction[] d = reference.dependency().toArray();
    Fraction ratio = null;
    FractionVector sum = FractionVector.zero(3);
    for (int i = 0; i < k; i++) {
      Fraction c = Fraction.parse(parts[i]);
      sum = sum.add(vectors.get(i).scale(c));
      if (!d[i].isZero()) {
        ratio = ratio == null ? c.divide(d[i]) : ratio;
        assertEquals(ratio.multiply(d[i]), c, combination);
      } else {
        assertTrue(c.isZero(), combination);
      }
    }
    assertTrue(sum.isZero(), combination);
    return readout(page).getAttribute("data-relation");
  }

  static void open(Page page, String url) {
    page.navigate(url);
    assertThat(page.locator("[data-applet=span-3d]")).hasAttribute("data-applet-state", "live");
  }

  @Test
  void typedAndSteppedVectorsGiveMathlibsSpan(Page page, PageProbe probe) {
    open(page, server.url("span-3d.html"));
    // w = u + v lies in the plane of u and v.
    assertEquals("w = u + v", expectMathlib(page));
    assertThat(readout(page)).hasAttribute("data-dimension", "2");
    assertThat(readout(page)).containsText("dependent");
    Locator plane = page.locator("[data-applet=span-3d] .applet-span-3d-plane");
    assertThat(plane).not().hasAttribute("visibility", "hidden");

    // Keyboard: the arrow keys step w3 from 2 to 1 (two half steps): w leaves the plane.
    input(page, "w3").focus();
    page.keyboard().press("ArrowDown");
    assertThat(readout(page)).hasAttribute("data-w", "1 1 3/2");
    page.keyboard().press("ArrowDown");
    assertThat(readout(page)).hasAttribute("data-w", "1 1 1");
    assertEquals("", expectMathlib(page));
    assertThat(readout(page)).hasAttribute("data-span", "space");
    assertThat(page.locator("[data-applet=span-3d] .applet-span-space"))
        .not()
        .hasAttribute("visibility", "hidden");

    // Typing: w = 2u - v.
    input(page, "w1").fill("2");
    input(page, "w2").fill("-1");
    input(page, "w3").fill("1");
    assertEquals("w = 2u − v", expectMathlib(page));
    assertThat(readout(page)).hasAttribute("data-combination", "2 -1 -1");

    // Without w, u and v are independent and span the plane.
    page.locator("[data-applet=span-3d] input[name=three]").uncheck();
    assertThat(readout(page)).hasAttribute("data-vectors", "2");
    assertThat(page.locator("[data-applet=span-3d] [data-vector=w]"))
        .hasAttribute("visibility", "hidden");
    assertThat(page.locator("[data-applet=span-3d] .applet-legend-item.applet-series-3"))
        .isHidden();
    assertEquals("", expectMathlib(page));
    assertThat(readout(page)).hasAttribute("data-span", "plane");

    // v = -3/2 u: a line; then both zero: only the origin.
    input(page, "v1").fill("-1.5");
    input(page, "v2").fill("0");
    input(page, "v3").fill("-1.5");
    assertEquals("v = −3/2 u", expectMathlib(page));
    assertThat(readout(page)).hasAttribute("data-span", "line");
    assertThat(page.locator("[data-applet=span-3d] .applet-span-line"))
        .not()
        .hasAttribute("visibility", "hidden");
    for (String name : new String[] {"u1", "u3", "v1", "v3"}) {
      input(page, name).fill("0");
    }
    assertEquals("u = 0", expectMathlib(page));
    assertThat(readout(page)).hasAttribute("data-span", "point");

    // Not a half, or outside the box: refused with a message, the last good value kept.
    input(page, "u1").fill("0.3");
    assertThat(input(page, "u1")).hasAttribute("aria-invalid", "true");
    assertThat(page.locator("[data-applet=span-3d] .applet-form-message"))
        .hasText("u: 3/10 is not a whole number or a half.");
    input(page, "u1").fill("4");
    assertThat(page.locator("[data-applet=span-3d] .applet-form-message"))
        .hasText("u: 4 lies outside the box (size 3).");
    assertThat(readout(page)).hasAttribute("data-u", "0 0 0");
    input(page, "u1").fill("3");
    assertThat(input(page, "u1")).not().hasAttribute("aria-invalid", "true");
    assertThat(readout(page)).hasAttribute("data-u", "3 0 0");
    expectMathlib(page);
    assertEquals(List.of(), probe.problems());
  }

  @Test
  void turnsByKeysAndDragWithoutChangingTheSpan(Page page, PageProbe probe) {
    open(page, "file://" + dir.resolve("span-3d.html"));
    assertEquals("w = u + v", expectMathlib(page));
    Locator svg = page.locator("[data-applet=span-3d] svg.applet-plot-3d");
    Locator plane = page.locator("[data-applet=span-3d] .applet-span-3d-plane");
    assertThat(svg).hasAttribute("data-angle", "30");
    assertThat(svg).hasAttribute("data-elevation", "20");
    String before = plane.getAttribute("points");
    svg.focus();
    page.keyboard().press("ArrowLeft");
    assertThat(svg).hasAttribute("data-angle", "35");
    page.keyboard().press("Shift+ArrowUp");
    assertThat(svg).hasAttribute("data-elevation", "35");
    assertNotEquals(before, plane.getAttribute("points"));
    page.keyboard().press("Home");
    assertThat(svg).hasAttribute("data-angle", "30");
    assertThat(svg).hasAttribute("data-elevation", "20");
    assertEquals(before, plane.getAttribute("points"));
    // Drag 40 CSS pixels left: 20 degrees around.
    BoundingBox b = svg.boundingBox();
    page.mouse().move(b.x + b.width / 2, b.y + b.height / 2);
    page.mouse().down();
    page.mouse()
        .move(
            b.x + b.width / 2 - 40,
            b.y + b.height / 2,
            new com.microsoft.playwright.Mouse.MoveOptions().setSteps(4));
    page.mouse().up();
    assertThat(svg).hasAttribute("data-angle", "50");
    assertEquals("w = u + v", expectMathlib(page));
    // Labels on the arrows: meaning is not carried by colour alone.
    assertThat(page.locator("[data-applet=span-3d] [data-vector=w] .applet-arrow-label"))
        .hasText("w");
    assertEquals(List.of(), probe.problems());
  }
}
