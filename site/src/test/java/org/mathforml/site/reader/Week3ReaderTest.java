package org.mathforml.site.reader;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mathforml.applets.quiz.Checker;
import org.mathforml.applets.quiz.Generators;
import org.mathforml.applets.quiz.Mistake;
import org.mathforml.applets.quiz.Response;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.PageProbe;
import org.mathforml.site.browser.Screenshots;
import org.mathforml.site.browser.TestBrowser;

/**
 * Course 1 Week 3 (vectors and linear transformations) as a reader meets it: every page shows its
 * math over http and from file:// with nothing going wrong in the console, a generated question is
 * answered right and wrong in the page (the variant computed independently on the JVM from the
 * page's own seed), and screenshots of every page on desktop and phone, light and dark.
 */
@BrowserTest
class Week3ReaderTest extends CourseReaderTest {
  static final String WEEK = "linear-algebra/week-3/";
  static final List<String> PAGES =
      List.of(
          "index",
          "lesson-1-vectors",
          "lesson-2-linear-transformations",
          "quiz-practice",
          "quiz-graded");

  @Test
  void everyPageShowsItsMathOverHttp(Page page, PageProbe probe) {
    for (String name : PAGES) {
      page.navigate(server.url(WEEK + name + ".html"));
      assertPageShowsMath(page, name);
      probe.assertClean();
    }
  }

  @Test
  void everyPageShowsItsMathFromFiles(Page page, PageProbe probe) {
    for (String name : PAGES) {
      page.navigate(offline.url(WEEK + name + ".html"));
      assertTrue(page.url().startsWith("file://"), page.url());
      assertPageShowsMath(page, name);
      probe.assertClean();
    }
  }

  @Test
  void theWeekIsListedInTheCourseAndLinksToItsPages(Page page, PageProbe probe) {
    page.navigate(server.url("linear-algebra/index.html"));
    page.getByRole(AriaRole.MAIN)
        .getByRole(
            AriaRole.LINK,
            new Locator.GetByRoleOptions().setName("Vectors and linear transformations"))
        .first()
        .click();
    assertThat(page.locator("h1").first()).containsText("Vectors and linear transformations");
    for (String name : PAGES.subList(1, PAGES.size())) {
      assertTrue(
          page.locator("main a[href$='" + name + ".html']").count() > 0, "week page links " + name);
    }
    probe.assertClean();
  }

  @Test
  void aGeneratedMatrixProductIsMarkedRightAndWrong(Page page, PageProbe probe) {
    page.navigate(server.url(WEEK + "quiz-practice.html"));
    Locator question = page.locator(".quiz-question[data-generator='matrix-product-2x2']");
    Variant v = variantShownIn(question, "matrix-product-2x2");
    assertThat(question.locator(".quiz-prompt math").first()).isAttached();

    Mistake wrongOrder = v.mistakes().get(0);
    assertTrue(wrongOrder.description().contains("BA"), wrongOrder.description());
    assertFalse(Checker.check(v.key(), wrongOrder.response()).isCorrect());
    answer(question, wrongOrder.response());
    assertThat(question.locator(".quiz-feedback")).containsText("Not yet.");

    answer(question, v.modelResponse());
    assertThat(question.locator(".quiz-feedback")).containsText("Correct.");
    Screenshots.take(page, "week3-quiz-practice-answered");
    probe.assertClean();
  }

  @Test
  void aGeneratedInverseWithFractionsIsMarkedRightAndWrongFromFiles(Page page, PageProbe probe) {
    page.navigate(offline.url(WEEK + "quiz-graded.html"));
    Locator question = page.locator(".quiz-question[data-generator='inverse-2x2']");
    Variant v = variantShownIn(question, "inverse-2x2");
    answer(question, v.mistakes().get(v.mistakes().size() - 1).response());
    assertThat(question.locator(".quiz-feedback")).containsText("Not yet.");
    answer(question, v.modelResponse());
    assertThat(question.locator(".quiz-feedback")).containsText("Correct.");
    // The worked solution: the adjugate formula, then Gauss-Jordan on [A | I], one item a step.
    question
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show solution"))
        .click();
    Locator steps = question.locator(".quiz-steps > li");
    assertThat(steps.first()).isVisible();
    assertEquals(v.solution().size(), steps.count());
    assertEquals(v.solution().size(), question.locator(".quiz-step-math math").count());
    question.scrollIntoViewIfNeeded();
    question.screenshot(
        new Locator.ScreenshotOptions()
            .setPath(Screenshots.directory().resolve("week3-inverse-solution.png")));
    probe.assertClean();
  }

  @Test
  void pagesLookRightOnDesktopAndPhoneInLightAndDark(TestBrowser browser) {
    for (String name : PAGES) {
      List<java.nio.file.Path> shots =
          Screenshots.takeAll(
              browser,
              server.url(WEEK + name + ".html"),
              "week3-" + name,
              session -> session.probe().assertClean());
      assertEquals(4, shots.size());
    }
  }

  private static void assertPageShowsMath(Page page, String name) {
    assertThat(page.locator("h1").first()).isVisible();
    assertThat(page.locator(".katex").first()).isVisible();
    assertTrue(page.locator("math").count() > (name.equals("index") ? 0 : 5), "MathML on " + name);
    if (name.startsWith("lesson")) {
      assertTrue(page.locator("figure.plot svg").count() >= 5, "plots on " + name);
    }
    if (name.startsWith("quiz")) {
      assertTrue(page.locator(".quiz-question").count() >= 12, "questions on " + name);
      // Every generated question has been drawn by the in-page runtime.
      Locator generated = page.locator(".quiz-question[data-generator]");
      for (int i = 0; i < generated.count(); i++) {
        assertThat(generated.nth(i).locator(".quiz-prompt math").first()).isAttached();
      }
    }
  }

  // The variant for the seed the page shows, drawn on the JVM by the same generator.
  private static Variant variantShownIn(Locator question, String generator) {
    int seed = Integer.parseInt(question.getAttribute("data-seed"));
    assertEquals(Integer.toString(seed), question.locator(".quiz-seed-link").textContent().strip());
    return Generators.find(generator).generate(seed);
  }

  private static void answer(Locator question, Response r) {
    String[][] grid = r.grid();
    for (int i = 0; i < grid.length; i++) {
      for (int j = 0; j < grid[i].length; j++) {
        question.locator(".quiz-cell[data-row='" + i + "'][data-col='" + j + "']").fill(grid[i][j]);
      }
    }
    question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check")).click();
  }
}
