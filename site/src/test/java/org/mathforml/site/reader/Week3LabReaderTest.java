package org.mathforml.site.reader;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.PageProbe;
import org.mathforml.site.browser.Screenshots;
import org.mathforml.site.browser.TestBrowser;

/**
 * The week 3 lab as readers get it (the real course, built with the strict bundle): every applet
 * mounts over http and from file:// with no console errors, each has a build-time fallback figure,
 * and one task is done as the page asks (Task 3: v to (-1, 3) gives a dot product of 0).
 */
@BrowserTest
class Week3LabReaderTest extends CourseReaderTest {
  static final String LAB = "linear-algebra/week-3/lab-vectors-and-transformations.html";
  static final int APPLETS = 8;

  @Test
  void everyAppletMountsOverHttpAndFromFile(Page page, PageProbe probe) {
    assertAppletsMount(page, probe, LAB, APPLETS);
  }

  @Test
  void task3PerpendicularVectorsHaveDotProductZero(Page page, PageProbe probe) {
    page.navigate(server.url(LAB));
    var applet = page.locator("[data-applet=vector-operations][data-mode=dot]");
    var handle = applet.locator(".applet-handle[data-vector=v]");
    handle.focus();
    // v = (1, 2) -> (-1, 3): left 4 half-steps, up 2 half-steps.
    for (int i = 0; i < 4; i++) {
      page.keyboard().press("ArrowLeft");
    }
    page.keyboard().press("ArrowUp");
    page.keyboard().press("ArrowUp");
    assertThat(applet.locator(".applet-readout")).hasAttribute("data-dot", "0");
    assertThat(applet.locator(".applet-readout")).hasAttribute("data-angle", "90");
    probe.assertClean();
  }

  @Test
  void screenshots(TestBrowser browser) {
    Screenshots.takeAll(
        browser,
        server.url(LAB),
        "week3-lab",
        session -> {
          assertThat(session.page().locator("figure.applet.applet-live").first()).isVisible();
          session.probe().assertClean();
        });
  }
}
