package org.mathforml.site.applets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.mathforml.mathlib.Fraction;
import org.mathforml.site.browser.StaticServer;

/**
 * Applet pages in an {@link AppletFixture} folder (strict bundle), served over http for the whole
 * test class and readable from file://. A subclass calls {@link #serve(String, String)} (or {@link
 * #serve(String[][])}) from its own {@code @BeforeAll}; the first page's applet is the one that
 * {@link #open}, {@link #readout} and the {@code data-*} readers below look at.
 */
abstract class AppletPageTest {
  /** The plot window every plane applet starts with: xmin, xmax, ymin, ymax. */
  static final double[] WINDOW = {-6, 6, -6, 6};

  static Path dir;
  static StaticServer server;
  private static String applet;

  /** Serves one page, {@code <name>.html}, mounting applet {@code name} with {@code attributes}. */
  static void serve(String name, String attributes) {
    serve(new String[][] {{name, attributes}});
  }

  /** Serves one page per {name, attributes} pair. */
  static void serve(String[][] pages) {
    serve(AppletFixture.create(true, pages), pages.length == 0 ? null : pages[0][0]);
  }

  /** Serves a fixture folder already written; {@code name} is the applet the helpers look at. */
  static void serve(Path fixture, String name) {
    dir = fixture;
    applet = name;
    server = StaticServer.start(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** The page of the applet over http. */
  static String http() {
    return server.url(applet + ".html");
  }

  /** The page of the applet from file://. */
  static String file() {
    return "file://" + dir.resolve(applet + ".html");
  }

  /** Opens the applet's page over http and waits until the applet is live. */
  static Page open(Page page) {
    return open(page, http());
  }

  /** Opens {@code url} and waits until the (one) applet on it is live. */
  static Page open(Page page, String url) {
    page.navigate(url);
    assertThat(page.locator("[data-applet=" + applet + "]"))
        .hasAttribute("data-applet-state", "live");
    return page;
  }

  /** {@code selector} inside the applet, e.g. {@code svg.applet-plot}. */
  static Locator in(Page page, String selector) {
    return page.locator("[data-applet=" + applet + "] " + selector);
  }

  static Locator readout(Page page) {
    return in(page, ".applet-readout");
  }

  /** The readout's {@code data-<name>}. */
  static String data(Page page, String name) {
    return readout(page).getAttribute("data-" + name);
  }

  /** The readout's {@code data-<name>} as an exact fraction. */
  static Fraction fraction(Page page, String name) {
    return Fraction.parse(data(page, name));
  }

  /** The readout's {@code data-<name>} as a decimal number. */
  static double number(Page page, String name) {
    return Double.parseDouble(data(page, name));
  }
}
