package org.mathforml.site.reader;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.numeric.PageRank;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.PageProbe;
import org.mathforml.site.browser.Screenshots;
import org.mathforml.site.browser.TestBrowser;

/**
 * The week 4 guided project as readers get it: the page-rank applet mounts over http and from
 * file:// with its fallback, is stepped as the page asks and matches mathlib's {@link PageRank},
 * and a quiz step is answered wrong, then right.
 */
@BrowserTest
class Week4ProjectReaderTest extends CourseReaderTest {
  static final String PROJECT = "linear-algebra/week-4/project-eigenvalues-at-work.html";
  static final double[][] WEB = {{0, 1, 1, 0}, {0, 0, 1, 0}, {1, 0, 0, 0}, {0, 0, 1, 0}};

  @Test
  void theAppletMountsOverHttpAndFromFile(Page page, PageProbe probe) {
    for (String url : new String[] {server.url(PROJECT), offline.url(PROJECT)}) {
      page.navigate(url);
      assertEquals(1, page.locator("figure.applet").count(), url);
      assertEquals(1, page.locator("figure.applet .applet-fallback svg").count(), url);
      assertThat(page.locator("[data-applet-state=live]")).hasCount(1);
      assertThat(page.locator("figure.plot svg, .plot svg").first()).isAttached();
      probe.assertClean();
    }
  }

  @Test
  void stepsMatchMathlibAndAQuizStepIsChecked(Page page, PageProbe probe) {
    page.navigate(server.url(PROJECT));
    Locator applet = page.locator("[data-applet=page-rank]");
    Locator readout = applet.locator(".applet-readout");
    applet.locator("button[data-action=step]").focus();
    page.keyboard().press("Enter");
    assertThat(readout).hasAttribute("data-step", "1");
    // Step 2 of the quiz: r1 = (1/4, 23/160, 91/160, 3/80).
    assertThat(readout).hasAttribute("data-ranks", "0.2500,0.1438,0.5688,0.0375");
    applet.locator("button[data-action=run]").click();
    assertThat(readout).hasAttribute("data-step", "11");
    PageRank mathlib = PageRank.of(WEB, 0.85);
    String[] parts = readout.getAttribute("data-ranks").split(",");
    for (int i = 0; i < 4; i++) {
      assertEquals(mathlib.history().get(11).get(i), Double.parseDouble(parts[i]), 0.00006);
    }

    Locator q = page.locator("#quiz-week-4-project-q3");
    Locator box = q.getByRole(AriaRole.TEXTBOX).first();
    box.fill("0.85");
    q.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check")).click();
    assertThat(q.locator(".quiz-feedback")).containsText("Not yet.");
    box.fill("1");
    q.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check")).click();
    assertThat(q.locator(".quiz-feedback")).containsText("Correct.");
    probe.assertClean();
  }

  @Test
  void screenshots(TestBrowser browser) {
    Screenshots.takeAll(
        browser,
        server.url(PROJECT),
        "week4-project",
        session -> {
          assertThat(session.page().locator("figure.applet.applet-live").first()).isVisible();
          session.probe().assertClean();
        });
  }
}
