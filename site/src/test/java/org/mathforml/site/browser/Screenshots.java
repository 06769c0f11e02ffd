package org.mathforml.site.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Full-page PNG screenshots kept as test artifacts in {@code site/target/screenshots/}.
 *
 * <p>The directory is {@code ${basedir}/target/screenshots} (Surefire sets {@code basedir} to the
 * module directory) unless {@code -Dscreenshots.dir=...} says otherwise.
 */
public final class Screenshots {
  /** System property overriding the output directory. */
  public static final String DIR_PROPERTY = "screenshots.dir";

  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private Screenshots() {}

  /** The directory screenshots are written to (not necessarily existing yet). */
  public static Path directory() {
    String dir = System.getProperty(DIR_PROPERTY);
    if (dir != null && !dir.isBlank()) {
      return Paths.get(dir);
    }
    return Paths.get(System.getProperty("basedir", "."), "target", "screenshots");
  }

  /**
   * Writes a full-page screenshot of {@code page} to {@code <directory>/<name>.png}, creating the
   * directory, and returns the file.
   *
   * @param name letters, digits, '.', '_' and '-' only (no extension, no path)
   */
  public static Path take(Page page, String name) {
    if (!SAFE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Screenshot name must match " + SAFE_NAME + ": " + name);
    }
    Path file = directory().resolve(name + ".png");
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    return file;
  }

  /**
   * Opens {@code url} on every {@link Device} in light and dark mode, each in its own session, and
   * writes {@code <name>-<device>-<scheme>.png} (four files). Each shot is taken once the page has
   * fired {@code load}; then {@code check} runs on its session (e.g. {@code s ->
   * s.probe().assertClean()}), so a failing check still leaves its screenshot behind. Pass {@code s
   * -> {}} for none.
   *
   * @return the files written, in the order desktop-light, desktop-dark, phone-light, phone-dark
   */
  public static List<Path> takeAll(
      TestBrowser browser, String url, String name, Consumer<BrowserSession> check) {
    List<Path> files = new ArrayList<>();
    for (Device device : Device.values()) {
      for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
        try (BrowserSession session = browser.newSession(device, scheme)) {
          session.open(url);
          files.add(session.screenshot(name));
          check.accept(session);
        }
      }
    }
    return files;
  }
}
