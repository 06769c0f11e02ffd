package org.mathforml.site.reader;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.LinearSystem;
import org.mathforml.mathlib.Solution;
import org.mathforml.mathlib.exact.RowOperation;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.PageProbe;
import org.mathforml.site.browser.Screenshots;
import org.mathforml.site.browser.TestBrowser;

/**
 * Week 2's lab (three planes + the row reduction trainer) and guided project as a reader meets
 * them, over http and from file:// of the offline bundle: math, live applets, the project's quiz,
 * the three-planes view turned by keys and by dragging, its solution set checked against mathlib,
 * screenshots on desktop and phone in both themes.
 */
@BrowserTest
class RowReductionReaderTest extends CourseReaderTest {
  static final String WEEK = "linear-algebra/week-2/";
  static final String LAB = WEEK + "lab-three-variable-systems.html";
  static final String PROJECT = WEEK + "project-four-equations.html";

  @Test
  void bothPagesShowMathAppletsAndQuizOverHttpAndFromFiles(Page page, PageProbe probe) {
    for (String url : List.of(server.url(LAB), offline.url(LAB))) {
      page.navigate(url);
      assertThat(page.locator("h1").first()).containsText("three variables");
      assertThat(page.locator(".katex").first()).isVisible();
      assertThat(page.locator("figure.applet.applet-live")).hasCount(5);
      assertThat(page.locator("[data-applet-state='error']")).hasCount(0);
      probe.assertClean();
    }
    for (String url : List.of(server.url(PROJECT), offline.url(PROJECT))) {
      page.navigate(url);
      assertThat(page.locator("h1").first()).containsText("four unknowns");
      assertThat(page.locator("figure.applet.applet-live")).hasCount(1);
      assertThat(page.locator("section.quiz[data-quiz-state='live']")).hasCount(1);
      Locator trainer = page.locator("figure.applet.applet-live").first();
      trainer.locator("input[name='factor']").fill("-2");
      trainer.locator("button[name='apply']").click();
      FractionMatrix four =
          FractionMatrix.parse("[1 2 0 1 15; 2 1 1 0 17; 0 1 2 1 20; 1 0 1 2 20]");
      assertThat(trainer.locator(".applet-readout"))
          .hasAttribute(
              "data-matrix",
              RowOperation.addMultiple(1, 0, Fraction.of(-2)).apply(four).toString());
      probe.assertClean();
    }
    assertTrue(offline.url(PROJECT).startsWith("file:"));
  }

  @Test
  void theProjectQuizAcceptsTheDeterminantAndThePrices(Page page, PageProbe probe) {
    page.navigate(server.url(PROJECT));
    Locator questions = page.locator("section.quiz .quiz-question");
    assertThat(questions).hasCount(7);
    Locator det = questions.nth(1);
    det.locator("input.quiz-input").fill("-16");
    det.locator("button.quiz-check").click();
    assertThat(det.locator(".quiz-feedback")).containsText("Correct.");
    Locator prices = questions.nth(5);
    String[] values = {"4", "3", "6", "5"};
    for (int i = 0; i < values.length; i++) {
      prices.locator(".quiz-cell[data-row='" + i + "']").fill(values[i]);
    }
    prices.locator("button.quiz-check").click();
    assertThat(prices.locator(".quiz-feedback")).containsText("Correct.");
    Locator wrong = questions.nth(4);
    wrong.locator("input.quiz-input").fill("3");
    wrong.locator("button.quiz-check").click();
    assertThat(wrong.locator(".quiz-feedback")).containsText("Not yet.");
    probe.assertClean();
  }

  @Test
  void threePlanesTurnsByKeysAndByDraggingAndNamesTheSolutionSet(Page page, PageProbe probe) {
    page.navigate(server.url(LAB));
    Locator applet = page.locator("figure.applet.applet-live").first();
    Locator svg = applet.locator("svg.applet-plot-3d");
    Locator readout = applet.locator(".applet-readout");
    assertThat(svg).hasAttribute("tabindex", "0");
    assertThat(svg).hasAttribute("data-angle", "30");
    svg.focus();
    page.keyboard().press("ArrowLeft");
    assertThat(svg).hasAttribute("data-angle", "35");
    assertThat(applet.locator("input[name='angle']")).hasValue("35");
    page.keyboard().press("Shift+ArrowUp");
    assertThat(svg).hasAttribute("data-elevation", "35");
    page.keyboard().press("Home");
    assertThat(svg).hasAttribute("data-angle", "30");
    assertThat(svg).hasAttribute("data-elevation", "20");

    svg.scrollIntoViewIfNeeded();
    BoundingBox box = svg.boundingBox();
    String before = svg.getAttribute("data-angle") + svg.getAttribute("data-elevation");
    String polygon = applet.locator(".applet-plane.applet-series-1").getAttribute("points");
    page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
    page.mouse().down();
    page.mouse()
        .move(
            box.x + box.width / 2 + 80,
            box.y + box.height / 2 + 30,
            new Mouse.MoveOptions().setSteps(8));
    page.mouse().up();
    assertNotEquals(before, svg.getAttribute("data-angle") + svg.getAttribute("data-elevation"));
    assertNotEquals(
        polygon, applet.locator(".applet-plane.applet-series-1").getAttribute("points"));
    assertEquals(
        svg.getAttribute("data-angle"), applet.locator("input[name='angle']").inputValue());

    assertThat(readout).hasAttribute("data-set", "point");
    assertSolutionMatchesMathlib(applet);

    // The second applet: a line (drawn), then a tent (no common line), then parallel planes,
    // then one plane three times.
    Locator second = page.locator("figure.applet.applet-live").nth(1);
    Locator r2 = second.locator(".applet-readout");
    assertThat(r2).hasAttribute("data-set", "line");
    assertThat(second.locator(".applet-solution-line")).hasAttribute("visibility", "visible");
    assertSolutionMatchesMathlib(second);
    type(second, "d3", "5");
    assertThat(r2).hasAttribute("data-set", "empty");
    assertThat(r2).hasAttribute("data-reason", "no-common-line");
    assertThat(r2).containsText("no common line");
    assertThat(second.locator(".applet-solution-line")).hasAttribute("visibility", "hidden");
    assertSolutionMatchesMathlib(second);
    for (String[] v :
        new String[][] {
          {"d1", "2"},
          {"b2", "-1"},
          {"c2", "0"},
          {"d2", "0"},
          {"a3", "2"},
          {"b3", "2"},
          {"c3", "2"},
          {"d3", "5"}
        }) {
      type(second, v[0], v[1]);
    }
    assertThat(r2).hasAttribute("data-reason", "parallel-planes");
    assertThat(r2).containsText("planes 1 and 3 are parallel");
    assertSolutionMatchesMathlib(second);
    for (String[] v :
        new String[][] {
          {"a2", "2"},
          {"b2", "2"},
          {"c2", "2"},
          {"d2", "4"},
          {"a3", "-1"},
          {"b3", "-1"},
          {"c3", "-1"},
          {"d3", "-2"}
        }) {
      type(second, v[0], v[1]);
    }
    assertThat(r2).hasAttribute("data-set", "plane");
    assertThat(second.locator(".applet-plane.applet-solution-plane")).hasCount(1);
    assertSolutionMatchesMathlib(second);
    probe.assertClean();
  }

  @Test
  void labAndProjectLookRightOnDesktopAndPhone(TestBrowser browser) {
    for (String path : List.of(LAB, PROJECT)) {
      String name = path.substring(WEEK.length(), path.length() - ".html".length());
      Screenshots.takeAll(
          browser,
          server.url(path),
          "week2-" + name,
          s -> {
            assertThat(s.page().locator("figure.applet.applet-live").first()).isVisible();
            Object overflow =
                s.page()
                    .evaluate(
                        "document.documentElement.scrollWidth"
                            + " > document.documentElement.clientWidth");
            assertEquals(Boolean.FALSE, overflow, "no sideways scrolling on " + path);
            s.probe().assertClean();
          });
    }
  }

  private static void type(Locator applet, String name, String value) {
    Locator input = applet.locator("input[name='" + name + "']");
    input.fill(value);
    input.press("Tab");
  }

  /** data-kind, data-rank and the point must be what mathlib's LinearSystem says. */
  private static void assertSolutionMatchesMathlib(Locator applet) {
    String[] letters = {"a", "b", "c"};
    Fraction[][] a = new Fraction[3][3];
    Fraction[] d = new Fraction[3];
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < 3; k++) {
        a[i][k] = value(applet, letters[k] + (i + 1));
      }
      d[i] = value(applet, "d" + (i + 1));
    }
    FractionMatrix m = FractionMatrix.of(a);
    Solution s = LinearSystem.of(m, d).solve();
    Locator readout = applet.locator(".applet-readout");
    String kind =
        switch (s.kind()) {
          case UNIQUE -> "unique";
          case NONE -> "none";
          case INFINITE -> "infinite";
        };
    assertThat(readout).hasAttribute("data-kind", kind);
    assertThat(readout).hasAttribute("data-rank", Integer.toString(m.rank()));
    assertThat(readout).hasAttribute("data-determinant", m.determinant().toString());
    String set =
        switch (s.kind()) {
          case UNIQUE -> "point";
          case NONE -> "empty";
          case INFINITE -> s.freeVariables() == 1 ? "line" : "plane";
        };
    assertThat(readout).hasAttribute("data-set", set);
    if (s.kind() == Solution.Kind.UNIQUE) {
      assertThat(readout).hasAttribute("data-x", s.values()[0].toString());
      assertThat(readout).hasAttribute("data-z", s.values()[2].toString());
      assertThat(readout).containsText(Pattern.compile("one point"));
    }
  }

  private static Fraction value(Locator applet, String name) {
    return Fraction.parse(applet.locator("input[name='" + name + "']").inputValue());
  }
}
