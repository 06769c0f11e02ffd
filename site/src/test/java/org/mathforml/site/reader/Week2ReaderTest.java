package org.mathforml.site.reader;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mathforml.applets.quiz.Generators;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.PageProbe;
import org.mathforml.site.browser.Screenshots;
import org.mathforml.site.browser.TestBrowser;

/**
 * Course 1 Week 2 as a reader meets it, over http and from file:// of the offline bundle: every
 * page shows its math without console errors, and the parametric questions of the practice quiz
 * accept what mathlib computes for the variant on screen and reject a wrong answer.
 */
@BrowserTest
class Week2ReaderTest extends CourseReaderTest {
  static final String WEEK = "linear-algebra/week-2/";
  static final String QUIZ = WEEK + "quiz-practice.html";
  static final List<String> PAGES =
      List.of(
          WEEK + "index.html",
          WEEK + "lesson-1-elimination.html",
          WEEK + "lesson-2-row-echelon-form-and-rank.html",
          WEEK + "quiz-practice.html",
          WEEK + "quiz-graded.html");

  @Test
  void everyPageShowsItsMathOverHttp(Page page, PageProbe probe) {
    for (String path : PAGES) {
      page.navigate(server.url(path));
      assertPageShowsMath(page, path);
      probe.assertClean();
    }
  }

  @Test
  void everyPageShowsItsMathFromFiles(Page page, PageProbe probe) {
    for (String path : PAGES) {
      page.navigate(offline.url(path));
      assertTrue(page.url().startsWith("file://"), page.url());
      assertPageShowsMath(page, path);
      probe.assertClean();
    }
  }

  @Test
  void theWeekIsListedWithItsLessonsAndQuizzes(Page page, PageProbe probe) {
    page.navigate(server.url(WEEK + "index.html"));
    Locator main = page.locator("main");
    for (String href :
        List.of(
            "lesson-1-elimination.html",
            "lesson-2-row-echelon-form-and-rank.html",
            "quiz-practice.html",
            "quiz-graded.html")) {
      assertTrue(main.locator("a[href$='" + href + "']").count() > 0, "link to " + href);
    }
    page.navigate(server.url("linear-algebra/index.html"));
    assertTrue(page.locator("main a[href*='week-2/']").count() > 0, "course page links to week 2");
    probe.assertClean();
  }

  @Test
  void theLessonAppletsGoLive(Page page, PageProbe probe) {
    for (String lesson :
        List.of("lesson-1-elimination.html", "lesson-2-row-echelon-form-and-rank.html")) {
      page.navigate(server.url(WEEK + lesson));
      Locator applet = page.locator("figure.applet.applet-live").first();
      applet.scrollIntoViewIfNeeded();
      assertThat(applet).isVisible();
      assertTrue(page.locator("figure.plot svg").count() >= 1, "build-time plot on " + lesson);
      probe.assertClean();
    }
  }

  @Test
  void theRankQuestionAcceptsMathlibsRankAndRejectsAnother(Page page, PageProbe probe) {
    page.navigate(server.url(QUIZ));
    Locator q = generated(page, "rank-3x3");
    for (int round = 0; round < 2; round++) {
      Variant v = shown(q, "rank-3x3");
      FractionMatrix a = FractionMatrix.parse(v.param("A").value().text());
      int rank = a.rank();
      type(q, Integer.toString(rank == 3 ? 2 : rank + 1));
      assertThat(q.locator(".quiz-feedback")).containsText("Not yet.");
      type(q, Integer.toString(rank));
      assertThat(q.locator(".quiz-feedback")).containsText("Correct.");
      String seed = q.getAttribute("data-seed-shown");
      q.locator("button.quiz-new-variant").click();
      assertThat(q).not().hasAttribute("data-seed-shown", seed);
    }
    probe.assertClean();
  }

  @Test
  void theEchelonQuestionAcceptsAnyEchelonFormButNotTheMatrixItself(Page page, PageProbe probe) {
    page.navigate(server.url(QUIZ));
    Locator q = generated(page, "row-echelon-3x3");
    Variant v = shown(q, "row-echelon-3x3");
    FractionMatrix a = FractionMatrix.parse(v.param("A").value().text());
    fill(q, a);
    check(q);
    assertThat(q.locator(".quiz-feedback")).containsText("Not yet.");
    // The reduced form is an echelon form too, though not the one the worked solution shows.
    fill(q, a.reducedRowEchelon());
    check(q);
    assertThat(q.locator(".quiz-feedback")).containsText("Correct.");
    // The worked solution shows every recorded row operation, each with its matrix.
    q.locator("button.quiz-solution-button").click();
    Locator steps = q.locator(".quiz-solution-shown ol.quiz-steps > li");
    assertThat(steps).hasCount(v.solution().size());
    assertThat(q.locator(".quiz-solution-shown .quiz-step-math math").first()).isAttached();
    Screenshots.take(page, "week2-quiz-echelon-solution");
    probe.assertClean();
  }

  @Test
  void theEliminationQuestionAcceptsMathlibsSolutionFromFiles(Page page, PageProbe probe) {
    page.navigate(offline.url(QUIZ));
    Locator q = generated(page, "elimination-3x3-solve");
    Variant v = shown(q, "elimination-3x3-solve");
    Fraction[] x = v.key().exactEntries();
    Locator cells = q.locator("input.quiz-cell");
    assertEquals(3, cells.count());
    cells.nth(0).fill(x[0].negate().toString());
    cells.nth(1).fill(x[1].toString());
    cells.nth(2).fill(x[2].toString());
    check(q);
    assertThat(q.locator(".quiz-feedback")).containsText("Not yet.");
    cells.nth(0).fill(x[0].toString());
    check(q);
    assertThat(q.locator(".quiz-feedback")).containsText("Correct.");
    probe.assertClean();
  }

  @Test
  void pagesLookRightOnDesktopAndPhoneInLightAndDark(TestBrowser browser) {
    for (String name :
        List.of("lesson-1-elimination", "lesson-2-row-echelon-form-and-rank", "quiz-practice")) {
      Screenshots.takeAll(
          browser,
          server.url(WEEK + name + ".html"),
          "week2-" + name,
          session -> {
            assertThat(session.page().locator("h1").first()).isVisible();
            session.probe().assertClean();
          });
    }
  }

  private static void assertPageShowsMath(Page page, String path) {
    assertThat(page.locator("h1").first()).isVisible();
    assertThat(page.locator(".katex").first()).isVisible();
    // The week page has a few formulas in its goals; lessons and quizzes have many.
    int least = path.endsWith("index.html") ? 1 : 6;
    assertTrue(page.locator("math").count() >= least, "MathML on " + path);
    if (path.contains("quiz-")) {
      assertThat(page.locator("section.quiz.quiz-live")).isVisible();
      assertEquals(0, page.locator(".quiz-error").count(), "quiz errors on " + path);
    }
  }

  private static Locator generated(Page page, String name) {
    Locator q = page.locator(".quiz-question[data-generator='" + name + "']").first();
    q.scrollIntoViewIfNeeded();
    assertThat(q).hasAttribute("data-quiz-state", "live");
    return q;
  }

  /** The variant on screen, drawn again on the JVM; the prompts must agree. */
  private static Variant shown(Locator q, String name) {
    int seed = Integer.parseInt(q.getAttribute("data-seed-shown"));
    Variant v = Generators.find(name).generate(seed);
    assertEquals(v.promptText(), q.getAttribute("data-prompt-text"), name + " seed " + seed);
    return v;
  }

  private static void type(Locator q, String text) {
    Locator input = q.locator("input.quiz-input");
    input.fill(text);
    input.press("Enter");
  }

  private static void fill(Locator q, FractionMatrix m) {
    Locator cells = q.locator("input.quiz-cell");
    assertEquals(m.rows() * m.cols(), cells.count());
    for (int i = 0; i < m.rows(); i++) {
      for (int j = 0; j < m.cols(); j++) {
        cells.nth(i * m.cols() + j).fill(m.get(i, j).toString());
      }
    }
  }

  private static void check(Locator q) {
    q.locator("button.quiz-check").click();
  }
}
