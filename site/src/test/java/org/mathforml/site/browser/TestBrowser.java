package org.mathforml.site.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One headless Chromium (Debian's {@code chromium} package) driven by Playwright for Java.
 *
 * <p>Playwright's own browser download cannot work here, so the driver is started with {@code
 * PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1} and told where the system Chromium is. The driver itself (a
 * Node.js program) ships inside the {@code driver-bundle} jar and is unpacked to a temporary
 * directory by Playwright; nothing is downloaded.
 *
 * <p>Launching costs about a second, so a test class shares one {@code TestBrowser} and each test
 * gets a fresh {@link BrowserSession} (an isolated browser context). Use {@link BrowserExtension}
 * (or {@link BrowserTest}) rather than calling {@link #launch()} by hand.
 */
public final class TestBrowser implements AutoCloseable {
  /** System property naming the Chromium executable; wins over {@link #PATH_ENV}. */
  public static final String PATH_PROPERTY = "chromium.path";

  /** Environment variable naming the Chromium executable. */
  public static final String PATH_ENV = "CHROMIUM_PATH";

  /** Debian's launcher script; it execs {@code /usr/lib/chromium/chromium}. */
  public static final Path DEFAULT_PATH = Paths.get("/usr/bin/chromium");

  /** With {@code -DskipBrowserTests=true} browser tests are skipped instead of run. */
  public static final String SKIP_PROPERTY = "skipBrowserTests";

  /** Flags: no sandbox (root in containers), no GPU, and none of Chromium's own phoning home. */
  static final List<String> ARGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--no-first-run",
          "--disable-sync");

  private final Playwright playwright;
  private final Browser browser;
  private final Duration launchTime;
  private boolean closed;

  private TestBrowser(Playwright playwright, Browser browser, Duration launchTime) {
    this.playwright = playwright;
    this.browser = browser;
    this.launchTime = launchTime;
  }

  /**
   * The Chromium executable to drive: {@code -Dchromium.path}, then $CHROMIUM_PATH, then default.
   */
  public static Path chromiumPath() {
    String fromProperty = System.getProperty(PATH_PROPERTY);
    if (fromProperty != null && !fromProperty.isBlank()) {
      return Paths.get(fromProperty.trim());
    }
    String fromEnv = System.getenv(PATH_ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Paths.get(fromEnv.trim());
    }
    return DEFAULT_PATH;
  }

  /** True when {@code -DskipBrowserTests=true} was given. */
  public static boolean skipRequested() {
    return Boolean.parseBoolean(System.getProperty(SKIP_PROPERTY, "false"));
  }

  /**
   * Starts Playwright and a headless Chromium.
   *
   * @throws IllegalStateException if the executable is missing or does not start; the message says
   *     how to install it or how to skip browser tests
   */
  public static TestBrowser launch() {
    Path executable = chromiumPath();
    if (!Files.isExecutable(executable)) {
      throw new IllegalStateException(
          "Browser tests need Chromium, but "
              + executable
              + " is missing or not executable. Install it with `apt-get install chromium`,"
              + " point -D"
              + PATH_PROPERTY
              + "=... or $"
              + PATH_ENV
              + " at another Chromium, or skip these tests with -D"
              + SKIP_PROPERTY
              + "=true.");
    }
    long start = System.nanoTime();
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    try {
      Browser browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(executable)
                      .setHeadless(true)
                      .setArgs(ARGS));
      return new TestBrowser(playwright, browser, Duration.ofNanos(System.nanoTime() - start));
    } catch (PlaywrightException e) {
      playwright.close();
      throw new IllegalStateException(
          "Could not launch Chromium at " + executable + " with " + ARGS + ": " + e.getMessage(),
          e);
    }
  }

  /** A fresh, isolated session (context + probe + page) on a desktop screen in light mode. */
  public BrowserSession newSession() {
    return newSession(Device.DESKTOP, ColorScheme.LIGHT);
  }

  /** A fresh, isolated session for the given screen and colour scheme. */
  public BrowserSession newSession(Device device, ColorScheme colorScheme) {
    return BrowserSession.open(browser, device, colorScheme);
  }

  /** The Playwright browser, for anything the helpers do not cover. */
  public Browser browser() {
    return browser;
  }

  /** Chromium's version, e.g. {@code 156.0.8078.79}. */
  public String version() {
    return browser.version();
  }

  /** Wall time from {@code Playwright.create} to a launched browser. */
  public Duration launchTime() {
    return launchTime;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      browser.close();
    } finally {
      playwright.close();
    }
  }
}
