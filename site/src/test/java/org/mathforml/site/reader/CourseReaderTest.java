package org.mathforml.site.reader;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.mathforml.site.browser.OfflineBundle;
import org.mathforml.site.browser.PageProbe;
import org.mathforml.site.browser.StaticServer;

/**
 * The real course as readers get it: served over http under a GitHub-Pages-like subpath, and
 * unzipped from the offline bundle for file:// reading.
 */
abstract class CourseReaderTest {
  static StaticServer server;
  static OfflineBundle offline;

  @BeforeAll
  static void serve() {
    server = StaticServer.start(BuiltCourse.site());
    offline = OfflineBundle.unzip(BuiltCourse.zip());
  }

  @AfterAll
  static void stop() {
    server.close();
    offline.close();
  }

  /**
   * Every applet on {@code path} mounts over http and from file://, each with a build-time fallback
   * figure and a MathML readout, with no console errors.
   */
  static void assertAppletsMount(Page page, PageProbe probe, String path, int applets) {
    for (String url : new String[] {server.url(path), offline.url(path)}) {
      page.navigate(url);
      assertEquals(applets, page.locator("figure.applet").count(), url);
      assertEquals(applets, page.locator("figure.applet .applet-fallback svg").count(), url);
      assertThat(page.locator("[data-applet-state=live]")).hasCount(applets);
      assertTrue(page.locator(".applet-readout math").count() >= applets, url);
      probe.assertClean();
    }
  }
}
