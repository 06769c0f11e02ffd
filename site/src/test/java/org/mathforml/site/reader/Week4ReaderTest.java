package org.mathforml.site.reader;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generators;
import org.mathforml.applets.quiz.Response;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.PageProbe;
import org.mathforml.site.browser.Screenshots;
import org.mathforml.site.browser.TestBrowser;

/**
 * Course 1 Week 4 (determinants, bases, span, eigenvectors) as a reader meets it: every page over
 * http and from file:// with its math and no console errors, the generated questions of the
 * practice quiz answered wrong and right with the JVM's own variant, and screenshots.
 */
@BrowserTest
class Week4ReaderTest extends CourseReaderTest {
  static final String WEEK = "linear-algebra/week-4/";
  static final List<String> LESSONS =
      List.of("lesson-1-determinants-in-depth", "lesson-2-eigenvalues-and-eigenvectors");
  static final List<String> QUIZZES = List.of("quiz-practice", "quiz-graded");
  static final String PRACTICE = WEEK + "quiz-practice.html";

  /** The practice quiz's generated questions: question number and generator. */
  static final Object[][] GENERATED = {
    {5, "det-product"}, {6, "det-inverse"}, {10, "eigenvalues-2x2"}, {11, "eigenvector-check"}
  };

  static List<String> pages() {
    List<String> pages = new ArrayList<>();
    pages.add(WEEK + "index.html");
    for (String name : LESSONS) {
      pages.add(WEEK + name + ".html");
    }
    for (String name : QUIZZES) {
      pages.add(WEEK + name + ".html");
    }
    return pages;
  }

  @Test
  void everyPageShowsItsMathOverHttp(Page page, PageProbe probe) {
    for (String path : pages()) {
      page.navigate(server.url(path));
      assertPageReads(page, path);
      probe.assertClean();
    }
  }

  @Test
  void everyPageShowsItsMathFromTheOfflineBundle(Page page, PageProbe probe) {
    for (String path : pages()) {
      page.navigate(offline.url(path));
      assertTrue(page.url().startsWith("file://"), page.url());
      assertPageReads(page, path);
      probe.assertClean();
    }
  }

  @Test
  void theSecondLessonsSpanAndEigenvectorAppletsMount(Page page, PageProbe probe) {
    assertAppletsMount(page, probe, WEEK + "lesson-2-eigenvalues-and-eigenvectors.html", 2);
  }

  @Test
  void theWeekPageListsBothLessonsAndBothQuizzes(Page page, PageProbe probe) {
    page.navigate(server.url(WEEK + "index.html"));
    Locator main = page.locator("main");
    for (String name : LESSONS) {
      assertThat(main.locator("a[href$='" + name + ".html']").first()).isVisible();
    }
    assertThat(main.locator("[data-quiz-progress='week-4-practice']")).isAttached();
    assertThat(main.locator("[data-quiz-progress='week-4-graded']")).isAttached();
    probe.assertClean();
  }

  @Test
  void generatedQuestionsRejectAMistakeAndAcceptTheModelAnswer(Page page, PageProbe probe) {
    page.navigate(server.url(PRACTICE));
    for (Object[] g : GENERATED) {
      int n = (Integer) g[0];
      Locator q = question(page, n);
      assertEquals(g[1], q.getAttribute("data-generator"));
      int seed = Integer.parseInt(q.getAttribute("data-seed-shown"));
      Variant v = Generators.find((String) g[1]).generate(seed);
      assertEquals(v.promptText(), q.getAttribute("data-prompt-text"), "browser = JVM variant");

      answer(q, v, wrong(v));
      q.locator("button.quiz-check").click();
      assertThat(q.locator(".quiz-feedback")).hasText(Pattern.compile("^\\W*Not yet\\. "));
      assertThat(q).hasClass(Pattern.compile("\\bquiz-wrong\\b"));

      answer(q, v, v.modelResponse());
      q.locator("button.quiz-check").click();
      assertThat(q.locator(".quiz-feedback")).hasText(Pattern.compile("^\\W*Correct\\."));
      assertThat(q).hasClass(Pattern.compile("\\bquiz-correct\\b"));
    }
    Locator first = question(page, 10);
    first.locator("button.quiz-solution-button").click();
    assertThat(first.locator(".quiz-solution-shown math").first()).isVisible();
    assertThat(page.locator(".quiz-score")).containsText(GENERATED.length + " of");
    Screenshots.take(page, "week4-quiz-practice-answered");
    probe.assertClean();
  }

  @Test
  void aGeneratedQuestionWorksFromTheOfflineBundle(Page page, PageProbe probe) {
    page.navigate(offline.url(PRACTICE));
    Locator q = question(page, 5);
    Variant v =
        Generators.find("det-product")
            .generate(Integer.parseInt(q.getAttribute("data-seed-shown")));
    answer(q, v, v.modelResponse());
    q.locator("button.quiz-check").click();
    assertThat(q.locator(".quiz-feedback")).hasText(Pattern.compile("^\\W*Correct\\."));
    probe.assertClean();
  }

  @Test
  void pagesLookRightOnDesktopAndPhoneInLightAndDark(TestBrowser browser) {
    List<String> names = new ArrayList<>(LESSONS);
    names.add("quiz-practice");
    for (String name : names) {
      Screenshots.takeAll(
          browser,
          server.url(WEEK + name + ".html"),
          "week4-" + name,
          session -> session.probe().assertClean());
    }
  }

  private static void assertPageReads(Page page, String path) {
    assertThat(page.locator("h1").first()).isVisible();
    assertThat(page.locator(".katex").first()).isVisible();
    if (path.contains("/lesson-")) {
      assertTrue(page.locator("math").count() > 20, "MathML on " + path);
      assertTrue(page.locator("figure.plot svg").count() >= 3, "plots on " + path);
      Object loaded =
          page.evaluate("document.fonts.ready.then(() => document.fonts.check('16px KaTeX_Main'))");
      assertEquals(Boolean.TRUE, loaded, "KaTeX fonts load on " + path);
    }
    if (path.contains("/quiz-")) {
      Locator generated = page.locator(".quiz-question[data-generator]");
      assertEquals(4, generated.count(), "generated questions on " + path);
      for (int i = 0; i < generated.count(); i++) {
        assertThat(generated.nth(i).locator(".quiz-prompt math").first()).isAttached();
      }
      assertThat(page.locator(".quiz-question.quiz-error")).hasCount(0);
      assertThat(page.locator("p.quiz-error")).hasCount(0);
    }
  }

  private static Locator question(Page page, int n) {
    return page.locator("#quiz-week-4-practice-q" + n);
  }

  /** A distractor for a choice question, otherwise the first recorded mistake. */
  private static Response wrong(Variant v) {
    if (v.key().kind() == AnswerKey.Kind.CHOICE) {
      for (int i = 0; i < v.choices().size(); i++) {
        if (!v.choices().get(i).isCorrect()) {
          return Response.selected(i);
        }
      }
    }
    return v.mistakes().get(0).response();
  }

  private static void answer(Locator q, Variant v, Response r) {
    switch (v.key().kind()) {
      case CHOICE -> {
        for (int i : r.indices()) {
          q.locator(".quiz-choices input[value='" + i + "']").check();
        }
      }
      case VECTOR -> {
        List<String> cells = new ArrayList<>();
        for (String[] row : r.grid()) {
          cells.addAll(Arrays.asList(row));
        }
        Locator inputs = q.locator("input.quiz-cell");
        assertEquals(cells.size(), inputs.count());
        for (int i = 0; i < cells.size(); i++) {
          inputs.nth(i).fill(cells.get(i));
        }
      }
      default -> q.locator("input.quiz-input").fill(r.text());
    }
  }
}
