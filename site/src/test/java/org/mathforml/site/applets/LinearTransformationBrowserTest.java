package org.mathforml.site.applets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.PageProbe;

/**
 * {@code linear-transformation} in Chromium (strict bundle): the matrix typed in the editor, the
 * columns dragged with the mouse and moved with the keyboard, the presets (animated, and at once
 * with reduced motion), singular matrices; determinant and kind compared with mathlib.
 */
@BrowserTest
class LinearTransformationBrowserTest extends AppletPageTest {

  @BeforeAll
  static void serve() {
    serve("linear-transformation", "data-a=\"1\" data-b=\"1\" data-c=\"0\" data-d=\"1\"");
  }

  static FractionMatrix shown(Page page) {
    return FractionMatrix.of(
        new Fraction[][] {
          {fraction(page, "a"), fraction(page, "b")}, {fraction(page, "c"), fraction(page, "d")}
        });
  }

  /** The readout's determinant is mathlib's determinant of the matrix it shows. */
  static void expectDeterminantOfShownMatrix(Page page) {
    assertThat(readout(page))
        .hasAttribute("data-determinant", shown(page).determinant().toString());
  }

  @Test
  void typingTheMatrixUpdatesDeterminantKindAndMessage(Page page, PageProbe probe) {
    open(page);
    assertThat(page.locator("input[name=a12]")).hasAttribute("aria-label", "A row 1 column 2");
    assertThat(readout(page)).hasAttribute("data-determinant", "1");
    page.locator("input[name=a11]").fill("3");
    page.locator("input[name=a21]").fill("1/2");
    assertThat(readout(page)).hasAttribute("data-a", "3");
    assertThat(readout(page)).hasAttribute("data-c", "1/2");
    expectDeterminantOfShownMatrix(page);
    assertThat(readout(page)).hasAttribute("data-determinant", "5/2");
    assertThat(readout(page)).hasAttribute("data-orientation", "kept");

    page.locator("input[name=a22]").fill("x");
    assertThat(page.locator("input[name=a22]")).hasAttribute("aria-invalid", "true");
    assertThat(in(page, ".applet-form-message")).containsText("row 2 column 2");
    assertThat(readout(page)).hasAttribute("data-d", "1"); // the last good matrix stays

    // [2 1; 4 2]: rank 1, the plane collapses onto the line through (2, 4).
    page.locator("input[name=a11]").fill("2");
    page.locator("input[name=a12]").fill("1");
    page.locator("input[name=a21]").fill("4");
    page.locator("input[name=a22]").fill("2");
    assertThat(readout(page)).hasAttribute("data-kind", "line");
    assertEquals(1, FractionMatrix.ofIntegers(new long[][] {{2, 1}, {4, 2}}).rank());
    expectDeterminantOfShownMatrix(page);
    assertThat(in(page, ".applet-message"))
        .containsText("collapses onto the line through the origin in the direction (2, 4)");
    for (String name : new String[] {"a11", "a12", "a21", "a22"}) {
      page.locator("input[name=" + name + "]").fill("0");
    }
    assertThat(readout(page)).hasAttribute("data-kind", "point");
    assertThat(in(page, ".applet-message")).containsText("single point (0, 0)");
    probe.assertClean();
  }

  @Test
  void dragAndKeyboardMoveTheColumns(Page page, PageProbe probe) {
    open(page);
    Locator e1 = page.locator(".applet-handle[data-column='1']");
    Locator e2 = page.locator(".applet-handle[data-column='2']");
    e1.focus();
    page.keyboard().press("ArrowUp");
    page.keyboard().press("Shift+ArrowRight");
    assertThat(readout(page)).hasAttribute("data-a", "3");
    assertThat(readout(page)).hasAttribute("data-c", "1/2");
    assertThat(page.locator("input[name=a21]")).hasValue("1/2");
    expectDeterminantOfShownMatrix(page);

    Locator svg = in(page, "svg.applet-plot");
    AppletFixture.dragTo(page, e2, svg, WINDOW, -1.1, 2.1);
    assertThat(readout(page)).hasAttribute("data-b", "-1");
    assertThat(readout(page)).hasAttribute("data-d", "2");
    assertThat(page.locator("input[name=a12]")).hasValue("-1");
    expectDeterminantOfShownMatrix(page);
    assertThat(readout(page)).hasAttribute("data-determinant", "13/2");
    probe.assertClean();
  }

  @Test
  void presetsAnimateToExactMatricesAndReflectionReversesOrientation(Page page, PageProbe probe) {
    open(page);
    String[][] expected = {
      {"rotation", "0", "-1", "1", "0", "kept"},
      {"reflection", "-1", "0", "0", "1", "reversed"},
      {"scaling", "2", "0", "0", "2", "kept"},
      {"projection", "1", "0", "0", "0", "collapsed"},
      {"shear", "1", "1", "0", "1", "kept"}
    };
    for (String[] row : expected) {
      page.locator("button[data-preset=" + row[0] + "]").click();
      assertThat(readout(page)).hasAttribute("data-a", row[1]);
      assertThat(readout(page)).hasAttribute("data-b", row[2]);
      assertThat(readout(page)).hasAttribute("data-c", row[3]);
      assertThat(readout(page)).hasAttribute("data-d", row[4]);
      assertThat(readout(page)).hasAttribute("data-orientation", row[5]);
      expectDeterminantOfShownMatrix(page);
      // The animation ends on the exact matrix: the handle of A e1 says so.
      assertThat(page.locator(".applet-handle[data-column='1']"))
          .hasAttribute("aria-label", "vector Ae\u2081 = (" + row[1] + ", " + row[3] + ")");
    }
    probe.assertClean();
  }

  @Test
  void withReducedMotionPresetsApplyAtOnce(Page page, PageProbe probe) {
    page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
    open(page, file());
    page.locator("button[data-preset=reflection]").click();
    // No frames to wait for: the picture is already mirrored when click() returns.
    String points = page.locator(".applet-shape").getAttribute("points");
    String original = page.locator(".applet-shape-original").getAttribute("points");
    assertEquals(mirror(original), points);
    probe.assertClean();
  }

  /** Mirrors SVG points about x = 0 of the default window (SVG x = 200). */
  static String mirror(String points) {
    StringBuilder sb = new StringBuilder();
    for (String p : points.split(" ")) {
      String[] xy = p.split(",");
      double x = 400 - Double.parseDouble(xy[0]);
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(org.mathforml.applets.components.Num.short2(x)).append(',').append(xy[1]);
    }
    return sb.toString();
  }
}
