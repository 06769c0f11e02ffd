package org.mathforml.site.applets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mathforml.site.browser.BrowserSession;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.Device;
import org.mathforml.site.browser.TestBrowser;

/**
 * The toolkit applets and span-3d on a desktop in light mode and on a phone in dark mode: mounted,
 * no console errors, nothing wider than the phone's screen, no readout line cut off (each would
 * scroll sideways inside the readout); screenshots kept in target/screenshots.
 */
@BrowserTest
class AppletScreenshotsTest extends AppletPageTest {

  static final String[][] PAGES = {
    {"vector-operations", "data-mode=\"projection\""},
    {"linear-transformation", "data-a=\"1\" data-b=\"1/2\" data-c=\"1/2\" data-d=\"-1\""},
    {"matrix-multiplication", "data-b11=\"-5/2\" data-b12=\"11/3\" data-a21=\"7/4\""},
    {"span", "data-u1=\"-7/2\" data-u2=\"5/2\" data-v1=\"-11/2\" data-v2=\"-9/2\""},
    {"eigenvectors", "data-a=\"2\" data-b=\"1\" data-c=\"1\" data-d=\"1\""},
    {"page-rank", "data-links=\"A>B C; B>C; C>A; D>C\""},
    {"perceptron-regression", "data-inputs=\"2\""},
    {"span-3d", "data-u=\"1 0 1\" data-v=\"0 1 1\" data-w=\"1 1 1\""}
  };

  @BeforeAll
  static void serve() {
    serve(PAGES);
  }

  @Test
  void desktopLightAndPhoneDark(TestBrowser browser) {
    Object[][] looks = {{Device.DESKTOP, ColorScheme.LIGHT}, {Device.PHONE, ColorScheme.DARK}};
    for (Object[] look : looks) {
      try (BrowserSession session = browser.newSession((Device) look[0], (ColorScheme) look[1])) {
        for (String[] p : PAGES) {
          Page page = session.open(server.url(p[0] + ".html"));
          assertThat(page.locator("[data-applet]")).hasAttribute("data-applet-state", "live");
          Object overflow =
              page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
          assertTrue(((Number) overflow).intValue() <= 0, p[0] + " overflows by " + overflow);
          Object clipped =
              page.evaluate(
                  "Array.from(document.querySelectorAll('.applet-readout-line'))"
                      + ".filter(l => l.scrollWidth > l.clientWidth + 1).map(l => l.textContent)");
          assertEquals(List.of(), clipped, p[0] + ": readout lines cut off on " + look[0]);
          session.screenshot("applet-" + p[0]);
        }
        assertEquals(List.of(), session.probe().problems());
      }
    }
  }
}
