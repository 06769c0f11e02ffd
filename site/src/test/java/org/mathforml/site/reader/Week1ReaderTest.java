package org.mathforml.site.reader;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.Line2D;
import org.mathforml.mathlib.TwoLines;
import org.mathforml.site.browser.BrowserSession;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.Device;
import org.mathforml.site.browser.PageProbe;
import org.mathforml.site.browser.Screenshots;
import org.mathforml.site.browser.TestBrowser;

/**
 * Course 1 Week 1 as a reader meets it: over http under a GitHub-Pages-like subpath and from
 * file:// of the unzipped offline bundle. The applet's answers are checked against mathlib.
 */
@BrowserTest
class Week1ReaderTest extends CourseReaderTest {
  static final String WEEK = "linear-algebra/week-1/";
  static final List<String> PAGES =
      List.of(
          "index.html",
          "linear-algebra/index.html",
          WEEK + "index.html",
          WEEK + "lesson-1-two-variables.html",
          WEEK + "lesson-2-three-variables.html",
          WEEK + "lab-two-variable-systems.html");

  @Test
  void everyPageShowsItsMathOverHttpWithNothingLeavingTheMachine(Page page, PageProbe probe) {
    for (String path : PAGES) {
      page.navigate(server.url(path));
      assertThat(page.locator("h1").first()).isVisible();
      if (path.startsWith(WEEK + "l")) {
        assertThat(page.locator(".katex").first()).isVisible();
        assertTrue(page.locator("math").count() > 5, "MathML on " + path);
        assertKatexFontsLoaded(page);
      }
      probe.assertClean();
    }
  }

  @Test
  void lessonPagesLookRightOnDesktopAndPhoneInLightAndDark(TestBrowser browser) {
    for (String name : List.of("lesson-1-two-variables", "lab-two-variable-systems")) {
      Screenshots.takeAll(
          browser,
          server.url(WEEK + name + ".html"),
          "week1-" + name,
          session -> {
            assertThat(session.page().locator("figure.applet.applet-live").first()).isVisible();
            session.probe().assertClean();
          });
    }
  }

  @Test
  void closeUpsOfTheAppletAndAPlotInEveryTheme(TestBrowser browser) {
    for (Device device : Device.values()) {
      for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
        try (BrowserSession session = browser.newSession(device, scheme)) {
          Page page = session.open(server.url(WEEK + "lesson-1-two-variables.html"));
          String suffix =
              device.label() + "-" + scheme.name().toLowerCase(java.util.Locale.ROOT) + ".png";
          Locator applet = page.locator("figure.applet.applet-live").first();
          applet.screenshot(
              new Locator.ScreenshotOptions()
                  .setPath(Screenshots.directory().resolve("closeup-applet-" + suffix)));
          page.locator("figure.plot")
              .first()
              .screenshot(
                  new Locator.ScreenshotOptions()
                      .setPath(Screenshots.directory().resolve("closeup-plot-" + suffix)));
          session.probe().assertClean();
        }
      }
    }
  }

  @Test
  void appletAnswersMatchMathlibAfterKeyboardMoves(Page page, PageProbe probe) {
    page.navigate(server.url(WEEK + "lesson-1-two-variables.html"));
    Locator applet = page.locator("figure.applet.applet-live").first();
    assertThat(applet).isVisible();
    assertReadoutMatchesMathlib(applet);
    Locator handle = applet.locator(".applet-handle[data-line='1'][data-handle='A']");
    handle.focus();
    String before =
        readout(applet).getAttribute("data-kind") + readout(applet).getAttribute("data-x");
    page.keyboard().press("ArrowUp");
    page.keyboard().press("ArrowUp");
    page.keyboard().press("Shift+ArrowRight");
    assertNotEquals(
        before,
        readout(applet).getAttribute("data-kind") + readout(applet).getAttribute("data-x"),
        "moving a handle with the keyboard changes the system");
    assertReadoutMatchesMathlib(applet);
    assertThat(readout(applet)).hasAttribute("aria-live", "polite");
    probe.assertClean();
  }

  @Test
  void appletAnswersMatchMathlibAfterADrag(Page page, PageProbe probe) {
    page.navigate(server.url(WEEK + "lesson-1-two-variables.html"));
    Locator applet = page.locator("figure.applet.applet-live").first();
    applet.scrollIntoViewIfNeeded();
    Locator handle = applet.locator(".applet-handle[data-line='2'][data-handle='B']");
    BoundingBox box = handle.boundingBox();
    String before = inputValue(applet, "c2");
    page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
    page.mouse().down();
    page.mouse()
        .move(
            box.x + box.width / 2,
            box.y + box.height / 2 - 60,
            new com.microsoft.playwright.Mouse.MoveOptions().setSteps(6));
    page.mouse().up();
    assertNotEquals(
        before + inputValue(applet, "a2") + inputValue(applet, "b2"),
        inputValue(applet, "c2") + inputValue(applet, "a2") + inputValue(applet, "b2"),
        "dragging moved line 2");
    assertReadoutMatchesMathlib(applet);
    probe.assertClean();
  }

  @Test
  void editingACoefficientToMakeParallelLinesSaysNoSolution(Page page, PageProbe probe) {
    page.navigate(server.url(WEEK + "lesson-1-two-variables.html"));
    Locator applet = page.locator("figure.applet.applet-live").first();
    for (String[] v :
        new String[][] {
          {"a1", "1"}, {"b1", "1"}, {"c1", "2"}, {"a2", "2"}, {"b2", "2"}, {"c2", "5"}
        }) {
      Locator input = applet.locator("input[name='" + v[0] + "']");
      input.fill(v[1]);
      input.press("Tab");
    }
    assertThat(readout(applet)).hasAttribute("data-kind", "none");
    assertThat(readout(applet))
        .containsText(Pattern.compile("no solution", Pattern.CASE_INSENSITIVE));
    assertReadoutMatchesMathlib(applet);
    probe.assertClean();
  }

  @Test
  void phoneNavigationDrawerOpensAndClosesFromTheKeyboard(TestBrowser browser) {
    try (BrowserSession session = browser.newSession(Device.PHONE, ColorScheme.LIGHT)) {
      Page page = session.open(server.url(WEEK + "lesson-2-three-variables.html"));
      Locator nav = page.locator("#site-nav");
      Locator menu = page.locator(".nav-toggle");
      assertThat(nav).isHidden();
      menu.focus();
      page.keyboard().press("Enter");
      assertThat(menu).hasAttribute("aria-expanded", "true");
      assertThat(nav).isVisible();
      assertThat(page.locator("#site-nav [aria-current='page']")).isFocused();
      page.keyboard().press("Escape");
      assertThat(nav).isHidden();
      assertThat(menu).isFocused();
      session.probe().assertClean();
    }
  }

  @Test
  void darkModeToggleSwitchesAndPersists(Page page, PageProbe probe) {
    page.navigate(server.url(WEEK + "lesson-1-two-variables.html"));
    String light = background(page);
    Locator toggle = page.locator("#theme-toggle");
    assertThat(toggle).hasAttribute("aria-pressed", "false");
    toggle.click();
    assertThat(page.locator("html")).hasAttribute("data-theme", "dark");
    assertThat(toggle).hasAttribute("aria-pressed", "true");
    assertNotEquals(light, background(page));
    page.reload();
    assertThat(page.locator("html")).hasAttribute("data-theme", "dark");
    toggle.click();
    assertEquals(light, background(page));
    probe.assertClean();
  }

  @Test
  void offlineBundleWorksFromFilesWithTheAppletAndMath(Page page, PageProbe probe) {
    page.navigate(offline.indexUrl());
    page.getByRole(AriaRole.MAIN)
        .getByRole(
            AriaRole.LINK,
            new Locator.GetByRoleOptions()
                .setName(Pattern.compile("Week 1 Systems of linear equations$")))
        .click();
    page.getByRole(AriaRole.MAIN)
        .getByRole(
            AriaRole.LINK,
            new Locator.GetByRoleOptions().setName("Systems of linear equations in two variables"))
        .first()
        .click();
    assertTrue(page.url().startsWith("file://"), page.url());
    assertThat(page.locator(".katex").first()).isVisible();
    assertKatexFontsLoaded(page);
    Locator applet = page.locator("figure.applet.applet-live").first();
    assertThat(applet).isVisible();
    applet.locator(".applet-handle[data-line='1'][data-handle='B']").focus();
    page.keyboard().press("ArrowDown");
    assertReadoutMatchesMathlib(applet);
    probe.assertClean();
    Screenshots.take(page, "week1-offline-lesson-1");
  }

  private static Locator readout(Locator applet) {
    return applet.locator(".applet-readout");
  }

  private static String inputValue(Locator applet, String name) {
    return applet.locator("input[name='" + name + "']").inputValue();
  }

  /** The readout must say what mathlib says about the coefficients now in the inputs. */
  private static void assertReadoutMatchesMathlib(Locator applet) {
    Line2D first = Line2D.of(f(applet, "a1"), f(applet, "b1"), f(applet, "c1"));
    Line2D second = Line2D.of(f(applet, "a2"), f(applet, "b2"), f(applet, "c2"));
    TwoLines pair = TwoLines.of(first, second);
    Locator readout = readout(applet);
    assertThat(readout).hasAttribute("data-determinant", pair.determinant().toString());
    String kind =
        switch (pair.kind()) {
          case UNIQUE -> "unique";
          case NONE -> "none";
          case INFINITE -> "infinite";
        };
    assertThat(readout).hasAttribute("data-kind", kind);
    if (kind.equals("unique")) {
      assertThat(readout).hasAttribute("data-x", pair.intersection()[0].toString());
      assertThat(readout).hasAttribute("data-y", pair.intersection()[1].toString());
    }
  }

  private static Fraction f(Locator applet, String name) {
    return Fraction.parse(inputValue(applet, name));
  }

  private static String background(Page page) {
    return (String) page.evaluate("getComputedStyle(document.body).backgroundColor");
  }

  private static void assertKatexFontsLoaded(Page page) {
    Object loaded =
        page.evaluate("document.fonts.ready.then(() => document.fonts.check('16px KaTeX_Main'))");
    assertEquals(Boolean.TRUE, loaded, "KaTeX fonts load from the site itself");
  }
}
