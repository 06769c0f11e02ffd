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
 * {@code matrix-multiplication} in Chromium (strict bundle): both matrices typed from the keyboard
 * (Tab between entries), the animation started with the mouse; AB, BA and the determinants compared
 * with mathlib.
 */
@BrowserTest
class MatrixMultiplicationBrowserTest extends AppletPageTest {

  @BeforeAll
  static void serve() {
    serve("matrix-multiplication", "");
  }

  static String rows(FractionMatrix m) {
    return m.get(0, 0) + " " + m.get(0, 1) + "; " + m.get(1, 0) + " " + m.get(1, 1);
  }

  static void expect(Page page, FractionMatrix a, FractionMatrix b) {
    assertThat(readout(page)).hasAttribute("data-ab", rows(a.multiply(b)));
    assertThat(readout(page)).hasAttribute("data-ba", rows(b.multiply(a)));
    assertThat(readout(page)).hasAttribute("data-det-ab", a.multiply(b).determinant().toString());
    assertEquals(a.determinant().multiply(b.determinant()).toString(), data(page, "det-ab"));
  }

  @Test
  void typedMatricesGiveMathlibsProducts(Page page, PageProbe probe) {
    open(page);
    FractionMatrix rotation = FractionMatrix.ofIntegers(new long[][] {{0, -1}, {1, 0}});
    FractionMatrix shear = FractionMatrix.ofIntegers(new long[][] {{1, 1}, {0, 1}});
    expect(page, rotation, shear);
    assertThat(readout(page)).hasAttribute("data-commute", "false");

    // Keyboard only: focus B's first entry, type, Tab to the next ones.
    page.locator("input[name=b11]").focus();
    String[] bEntries = {"2", "1/2", "0", "-1"};
    for (String e : bEntries) {
      page.keyboard().press("Control+A");
      page.keyboard().type(e);
      page.keyboard().press("Tab");
    }
    FractionMatrix b =
        FractionMatrix.of(
            new Fraction[][] {
              {Fraction.of(2), Fraction.of(1, 2)}, {Fraction.ZERO, Fraction.of(-1)}
            });
    // Focus moved on to A's entries (B comes first in the page).
    assertThat(page.locator("input[name=a11]")).isFocused();
    page.keyboard().press("Control+A");
    page.keyboard().type("3");
    FractionMatrix a = FractionMatrix.ofIntegers(new long[][] {{3, -1}, {1, 0}});
    expect(page, a, b);
    probe.assertClean();
  }

  @Test
  void playDrawsAfterBThenEndsOnAB(Page page, PageProbe probe) {
    page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
    open(page, file());
    Locator second = in(page, ".applet-shape").nth(1);
    String before = second.getAttribute("points");
    in(page, ".applet-play").click();
    // Reduced motion: the final frame (AB) is drawn at once and equals the resting drawing.
    assertEquals(before, second.getAttribute("points"));
    // Doubling B's first column doubles the first coordinate of AB's first column, and so on:
    page.locator("input[name=b11]").fill("2");
    FractionMatrix a = FractionMatrix.ofIntegers(new long[][] {{0, -1}, {1, 0}});
    FractionMatrix b = FractionMatrix.ofIntegers(new long[][] {{2, 1}, {0, 1}});
    expect(page, a, b);
    probe.assertClean();
  }
}
