package org.mathforml.site.applets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mathforml.site.browser.BrowserSession;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.Device;
import org.mathforml.site.browser.StaticServer;
import org.mathforml.site.browser.TestBrowser;

/**
 * The toolkit applets and span-3d on a desktop in light mode and on a phone in dark mode: mounted,
 * no console errors, nothing wider than the phone's screen; screenshots kept in target/screenshots.
 */
@BrowserTest
class AppletScreenshotsTest {

  static final String[][] PAGES = {
    {"vector-operations", "data-mode=\"projection\""},
    {"linear-transformation", "data-a=\"1\" data-b=\"1/2\" data-c=\"1/2\" data-d=\"-1\""},
    {"span-3d", "data-u=\"1 0 1\" data-v=\"0 1 1\" data-w=\"1 1 1\""}
  };

  static Path dir;
  static StaticServer server;

  @BeforeAll
  static void serve() {
    dir = AppletFixture.create(true, PAGES);
    server = StaticServer.start(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
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
          session.screenshot("applet-" + p[0]);
        }
        assertEquals(List.of(), session.probe().problems());
      }
    }
  }
}
