package org.mathforml.site.applets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.OfflineBundle;
import org.mathforml.site.browser.PageProbe;
import org.mathforml.site.browser.Screenshots;
import org.mathforml.site.browser.StaticServer;
import org.mathforml.site.browser.TestBrowser;
import org.mathforml.site.build.BuildOptions;
import org.mathforml.site.build.FixtureProject;
import org.mathforml.site.build.SiteBuilder;

/**
 * The week 3 lab as readers get it (the real course, built with the strict bundle): every applet
 * mounts over http and from file:// with no console errors, each has a build-time fallback figure,
 * and one task is done as the page asks (Task 3: v to (-1, 3) gives a dot product of 0).
 */
@BrowserTest
class Week3LabReaderTest {
  static final String LAB = "linear-algebra/week-3/lab-vectors-and-transformations.html";
  static final int APPLETS = 8;
  static Path site;
  static StaticServer server;
  static OfflineBundle offline;

  @BeforeAll
  static void build() throws IOException {
    Path work = Files.createTempDirectory("mathforml-week3");
    Path project = FixtureProject.course(work.resolve("project"));
    SiteBuilder builder =
        new SiteBuilder(
            BuildOptions.forProject(project)
                .output(work.resolve("site"))
                .katexCache(FixtureProject.katexCache())
                .strictApplets(true));
    try {
      site = builder.build().output();
    } finally {
      builder.close();
    }
    server = StaticServer.start(site);
    offline = OfflineBundle.unzip(site.resolve(SiteBuilder.ZIP_NAME));
  }

  @AfterAll
  static void stop() {
    server.close();
    offline.close();
  }

  @Test
  void everyAppletMountsOverHttpAndFromFile(Page page, PageProbe probe) {
    for (String url : new String[] {server.url(LAB), offline.url(LAB)}) {
      page.navigate(url);
      assertEquals(APPLETS, page.locator("figure.applet").count(), url);
      assertEquals(APPLETS, page.locator("figure.applet .applet-fallback svg").count(), url);
      assertThat(page.locator("[data-applet-state=live]")).hasCount(APPLETS);
      assertTrue(page.locator(".applet-readout math").count() >= APPLETS, url);
      probe.assertClean();
    }
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
