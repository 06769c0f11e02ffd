package org.mathforml.site.reader;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.PageProbe;
import org.mathforml.site.browser.Screenshots;
import org.mathforml.site.browser.TestBrowser;

/**
 * The week 4 lab as readers get it (the real course, built with the strict bundle): every applet
 * mounts over http and from file:// with no console errors, each has a build-time fallback figure,
 * and three tasks are done as the page asks (Task 1: w to (7/2, 3) gives a = 13/6, b = 5/6; Task 5:
 * w = u + v spans a plane, and the last component of w two half steps down gives all of space; Task
 * 7: "Snap to eigenvector 1" gives lambda (3 + sqrt 5) / 2).
 */
@BrowserTest
class Week4LabReaderTest extends CourseReaderTest {
  static final String LAB = "linear-algebra/week-4/lab-span-and-eigenvectors.html";
  static final int APPLETS = 9;

  @Test
  void everyAppletMountsOverHttpAndFromFile(Page page, PageProbe probe) {
    assertAppletsMount(page, probe, LAB, APPLETS);
  }

  @Test
  void task1AndTask5GiveTheCheckedNumbers(Page page, PageProbe probe) {
    page.navigate(server.url(LAB));
    var span = page.locator("[data-applet=span]").first();
    span.locator(".applet-handle[data-vector=w]").focus();
    page.keyboard().press("ArrowRight");
    assertThat(span.locator(".applet-readout")).hasAttribute("data-a", "13/6");
    assertThat(span.locator(".applet-readout")).hasAttribute("data-b", "5/6");
    var eigen = page.locator("[data-applet=eigenvectors][data-d='1']");
    eigen.locator("button[data-snap='1']").focus();
    page.keyboard().press("Enter");
    assertThat(eigen.locator(".applet-readout")).hasAttribute("data-eigen", "1");
    assertThat(eigen.locator(".applet-readout")).hasAttribute("data-lambda", "2.62");
    probe.assertClean();
  }

  @Test
  void task5FillsSpace(Page page, PageProbe probe) {
    page.navigate(server.url(LAB));
    var space = page.locator("[data-applet=span-3d][data-w]");
    var readout = space.locator(".applet-readout");
    assertThat(readout).hasAttribute("data-dimension", "2");
    assertThat(readout).hasAttribute("data-relation", "w = u + v");
    space.locator("input[name=w3]").focus();
    page.keyboard().press("ArrowDown");
    page.keyboard().press("ArrowDown");
    assertThat(readout).hasAttribute("data-w", "1 1 1");
    assertThat(readout).hasAttribute("data-dimension", "3");
    assertThat(readout).hasAttribute("data-independent", "true");
    probe.assertClean();
  }

  @Test
  void screenshots(TestBrowser browser) {
    Screenshots.takeAll(
        browser,
        server.url(LAB),
        "week4-lab",
        session -> {
          assertThat(session.page().locator("figure.applet.applet-live").first()).isVisible();
          session.probe().assertClean();
        });
  }
}
