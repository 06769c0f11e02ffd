package org.mathforml.site.applets;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mathforml.site.browser.FixtureFiles;
import org.mathforml.site.bundle.PageBundles;

/**
 * A temporary folder laid out like the site with one hand-written page per applet: the mount as the
 * site emits it (figure.applet, fallback, caption), the applet bundle read from the applets jar
 * (the strict build for tests, the production build for the benchmark; each page gets the bundle
 * the site would give it) and the real site.css and applets.css from the repository's templates.
 */
final class AppletFixture {

  private AppletFixture() {}

  /** Writes page {@code <name>.html} holding {@code <div data-applet=name attributes>}. */
  static Path create(boolean strict, String[][] pages) {
    try {
      Path dir = Files.createTempDirectory("mathforml-applets");
      Files.createDirectories(dir.resolve("js"));
      Files.createDirectories(dir.resolve("css"));
      for (String[] page : pages) {
        String bundle = bundleFor(page[0]);
        Files.write(
            dir.resolve("js/" + bundle + ".js"),
            FixtureFiles.resource(
                "META-INF/mathforml/" + bundle + (strict ? "-strict.js" : ".js")));
      }
      Path css = FixtureFiles.stylesheets();
      Files.copy(css.resolve("site.css"), dir.resolve("css/site.css"));
      Files.copy(css.resolve("applets.css"), dir.resolve("css/applets.css"));
      for (String[] page : pages) {
        Files.writeString(
            dir.resolve(page[0] + ".html"), html(page[0], page[1]), StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final PageBundles BUNDLES = new PageBundles();

  /** The bundle the site gives a page with only this applet. */
  static String bundleFor(String applet) {
    return BUNDLES.choose(PageBundles.needs(" data-applet=\"" + applet + "\"")).get(0);
  }

  /**
   * Adds the hand-written page {@code resource} from the test classpath to the fixture {@code dir}.
   */
  static Path withPage(Path dir, String resource) {
    try {
      Files.write(
          dir.resolve(Path.of(resource).getFileName().toString()), FixtureFiles.resource(resource));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the strict bundle the site gives a page with {@code applet} as {@code file}. */
  static void withBundle(Path dir, String file, String applet) {
    try {
      Files.write(
          dir.resolve(file),
          FixtureFiles.resource("META-INF/mathforml/" + bundleFor(applet) + "-strict.js"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String html(String name, String attributes) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"color-scheme\" content=\"light dark\"><title>"
        + name
        + "</title><link rel=\"stylesheet\" href=\"css/site.css\">"
        + "<link rel=\"stylesheet\" href=\"css/applets.css\"></head><body><main id=\"main\">"
        + "<figure class=\"applet\"><div data-applet=\""
        + name
        + "\" "
        + attributes
        + "></div><div class=\"applet-fallback\"><p>static figure</p></div>"
        + "<figcaption>Try it.</figcaption></figure></main>"
        + "<script src=\"js/"
        + bundleFor(name)
        + ".js\" defer></script></body></html>\n";
  }

  /**
   * Drags with the mouse from the centre of {@code handle} to the plane point (x, y) of the plot
   * {@code svg} whose window is xmin..xmax by ymin..ymax (equal units), in a few steps.
   */
  static void dragTo(Page page, Locator handle, Locator svg, double[] window, double x, double y) {
    BoundingBox h = handle.locator(".applet-handle-dot").boundingBox();
    double[] to = screen(svg, window, x, y);
    page.mouse().move(h.x + h.width / 2, h.y + h.height / 2);
    page.mouse().down();
    page.mouse().move(to[0], to[1], new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
    page.mouse().up();
  }

  /** The page position of plane point (x, y). */
  static double[] screen(Locator svg, double[] window, double x, double y) {
    BoundingBox b = svg.boundingBox();
    double sx = b.x + (x - window[0]) / (window[1] - window[0]) * b.width;
    double sy = b.y + (window[3] - y) / (window[3] - window[2]) * b.height;
    return new double[] {sx, sy};
  }
}
