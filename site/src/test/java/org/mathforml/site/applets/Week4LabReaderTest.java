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
 * The week 4 lab as readers get it (the real course, built with the strict bundle): every applet
 * mounts over http and from file:// with no console errors, each has a build-time fallback figure,
 * and two tasks are done as the page asks (Task 1: w to (7/2, 3) gives a = 13/6, b = 5/6; Task 5:
 * "Snap to eigenvector 1" gives lambda (3 + sqrt 5) / 2).
 */
@BrowserTest
class Week4LabReaderTest {
  static final String LAB = "linear-algebra/week-4/lab-span-and-eigenvectors.html";
  static final int APPLETS = 7;
  static Path site;
  static StaticServer server;
  static OfflineBundle offline;

  @BeforeAll
  static void build() throws IOException {
    Path work = Files.createTempDirectory("mathforml-week4");
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
