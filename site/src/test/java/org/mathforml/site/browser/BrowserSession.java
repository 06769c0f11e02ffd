package org.mathforml.site.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One isolated browser context (own cookies, storage and cache) with a {@link PageProbe} watching
 * every page in it and one page already open.
 *
 * <p>Close it when done; {@link BrowserExtension} does that for the session it injects.
 */
public final class BrowserSession implements AutoCloseable {
  private final BrowserContext context;
  private final PageProbe probe;
  private final Page page;
  private final Device device;
  private final ColorScheme colorScheme;

  private BrowserSession(
      BrowserContext context, PageProbe probe, Page page, Device device, ColorScheme colorScheme) {
    this.context = context;
    this.probe = probe;
    this.page = page;
    this.device = device;
    this.colorScheme = colorScheme;
  }

  static BrowserSession open(Browser browser, Device device, ColorScheme colorScheme) {
    Browser.NewContextOptions options =
        device
            .applyTo(new Browser.NewContextOptions())
            .setColorScheme(colorScheme)
            .setLocale("en-US")
            .setTimezoneId("UTC");
    BrowserContext context = browser.newContext(options);
    PageProbe probe = PageProbe.attach(context);
    Page page = context.newPage();
    return new BrowserSession(context, probe, page, device, colorScheme);
  }

  /** The page opened with the session. */
  public Page page() {
    return page;
  }

  /** Records console errors, uncaught exceptions, failed and off-machine requests of all pages. */
  public PageProbe probe() {
    return probe;
  }

  public BrowserContext context() {
    return context;
  }

  public Device device() {
    return device;
  }

  public ColorScheme colorScheme() {
    return colorScheme;
  }

  /** Opens {@code url} in {@link #page()} and returns the page. */
  public Page open(String url) {
    page.navigate(url);
    return page;
  }

  /**
   * Full-page screenshot of {@link #page()} to {@code target/screenshots/<name>-<device>-<scheme>
   * .png}, e.g. {@code lesson-phone-dark.png}.
   */
  public Path screenshot(String name) {
    return Screenshots.take(
        page, name + "-" + device.label() + "-" + colorScheme.name().toLowerCase(Locale.ROOT));
  }

  @Override
  public void close() {
    context.close();
  }
}
