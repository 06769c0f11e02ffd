package org.mathforml.site.applets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.numeric.PageRank;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.PageProbe;

/**
 * {@code page-rank} in Chromium (strict bundle): Step with the keyboard, Run 10 steps with the
 * mouse, the damping slider with the arrow keys, and the iteration run to convergence; every rank
 * vector compared with mathlib's {@link PageRank} history.
 */
@BrowserTest
class PageRankBrowserTest extends AppletPageTest {

  static final double[][] WEB = { // A>B C; B>C; C>A; D>C
    {0, 1, 1, 0}, {0, 0, 1, 0}, {1, 0, 0, 0}, {0, 0, 1, 0}
  };

  @BeforeAll
  static void serve() {
    serve("page-rank", "data-links=\"A>B C; B>C; C>A; D>C\"");
  }

  /** Asserts data-ranks equals mathlib's vector to 4 decimals. */
  static void assertRanks(Page page, double[] expected) {
    String[] parts = data(page, "ranks").split(",");
    assertEquals(expected.length, parts.length);
    for (int i = 0; i < parts.length; i++) {
      assertEquals(4, parts[i].length() - parts[i].indexOf('.') - 1, parts[i]);
      assertEquals(expected[i], Double.parseDouble(parts[i]), 0.00006, "page " + i);
    }
  }

  @Test
  void keyboardAndMouseStepThePowerIterationLikeMathlib(Page page, PageProbe probe) {
    open(page);
    PageRank mathlib = PageRank.of(WEB, 0.85);
    assertThat(readout(page)).hasAttribute("data-step", "0");
    assertThat(readout(page)).hasAttribute("data-pages", "A,B,C,D");
    assertThat(readout(page)).hasAttribute("data-ranks", "0.2500,0.2500,0.2500,0.2500");
    assertThat(readout(page)).hasAttribute("data-converged", "false");
    assertThat(in(page, ".applet-web-link")).hasCount(5);

    // Keyboard: Step twice with Enter and Space.
    Locator step = in(page, "button[data-action=step]");
    step.focus();
    page.keyboard().press("Enter");
    assertThat(readout(page)).hasAttribute("data-step", "1");
    assertRanks(page, mathlib.history().get(1).toArray());
    page.keyboard().press("Space");
    assertThat(readout(page)).hasAttribute("data-step", "2");
    assertRanks(page, mathlib.history().get(2).toArray());
    double change = 0;
    for (int i = 0; i < 4; i++) {
      change += Math.abs(mathlib.history().get(2).get(i) - mathlib.history().get(1).get(i));
    }
    assertEquals(change, number(page, "change"), 0.00006);

    // Mouse: Run 10 steps.
    in(page, "button[data-action=run]").click();
    assertThat(readout(page)).hasAttribute("data-step", "12");
    assertRanks(page, mathlib.history().get(12).toArray());

    // Keyboard on the slider: d = 0.8 resets the iteration.
    Locator slider = in(page, "input[name=damping]");
    slider.focus();
    page.keyboard().press("ArrowLeft");
    assertThat(readout(page)).hasAttribute("data-damping", "0.8");
    assertThat(readout(page)).hasAttribute("data-step", "0");

    // Run to convergence with the mouse.
    PageRank slower = PageRank.of(WEB, 0.8);
    Locator run = in(page, "button[data-action=run]");
    for (int k = 0; k < 20 && "false".equals(data(page, "converged")); k++) {
      run.click();
    }
    assertThat(readout(page)).hasAttribute("data-converged", "true");
    assertRanks(page, slower.ranks().toArray());
    String words = readout(page).textContent();
    assertTrue(words.contains("Ranking: C ("), words);
    assertTrue(words.contains("and last D ("), words);

    // Reset with the mouse.
    in(page, "button[data-action=reset]").click();
    assertThat(readout(page)).hasAttribute("data-step", "0");
    probe.assertClean();
  }
}
