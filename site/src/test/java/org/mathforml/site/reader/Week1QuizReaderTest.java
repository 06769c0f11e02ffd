package org.mathforml.site.reader;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.PageProbe;
import org.mathforml.site.browser.Screenshots;

/** The real Week 1 practice quiz, end to end: built by the site, run by the quiz bundle. */
@BrowserTest
class Week1QuizReaderTest extends CourseReaderTest {
  static final String QUIZ = "linear-algebra/week-1/quiz-practice.html";

  @Test
  void answersAreCheckedWithFeedbackAndProgressReachesTheWeekPage(Page page, PageProbe probe) {
    page.navigate(server.url(QUIZ));
    Locator first = page.locator("#quiz-week-1-practice-q1");
    first.getByLabel("Complete").check();
    first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check")).click();
    assertThat(first.locator(".quiz-feedback")).containsText("Not yet.");
    assertThat(first.locator(".quiz-feedback"))
        .containsText("A complete system pins down one answer");
    first.getByLabel("Contradictory").check();
    first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check")).click();
    assertThat(first.locator(".quiz-feedback")).containsText("Correct.");

    Locator second = page.locator("#quiz-week-1-practice-q2");
    second.locator(".quiz-cell").nth(0).fill("3");
    second.locator(".quiz-cell").nth(1).fill("2");
    second.locator(".quiz-cell").nth(1).press("Enter");
    assertThat(second.locator(".quiz-feedback")).containsText("Correct.");
    assertThat(page.locator(".quiz-score")).containsText("2 of");
    Screenshots.take(page, "week1-quiz-practice");

    // after a reload the saved progress shows on the questions, not only in the score
    page.reload();
    assertThat(page.locator(".quiz-score")).containsText("2 of");
    for (Locator answered : new Locator[] {first, second}) {
      assertThat(answered.locator(".quiz-earlier")).containsText("Answered correctly before.");
      assertThat(answered.locator(".quiz-feedback")).isEmpty();
    }
    assertThat(page.locator(".quiz-earlier")).hasCount(2);

    // an ordering item with inline math stays one block of text beside its buttons
    Locator items = page.locator(".quiz-order > li");
    assertTrue(items.count() > 0, "the practice quiz has an ordering question");
    for (int i = 0; i < items.count(); i++) {
      assertThat(items.nth(i).locator(":scope > *")).hasCount(2);
    }

    page.navigate(server.url("linear-algebra/week-1/index.html"));
    assertThat(page.locator("[data-quiz-progress='week-1-practice']"))
        .containsText(Pattern.compile("Best 2 of \\d+"));
    // the week page reads the badge with site.js alone, without the quiz bundle
    assertThat(page.locator("script[src*='quiz']")).hasCount(0);
    probe.assertClean();
  }

  @Test
  void aParametricQuestionDrawsANewVariantWithAVisibleSeed(Page page, PageProbe probe) {
    page.navigate(server.url(QUIZ));
    Locator generated = page.locator(".quiz-question[data-generator]").first();
    assertThat(generated.locator(".quiz-prompt math").first()).isAttached();
    String seed = generated.locator(".quiz-seed-link").textContent();
    String prompt = generated.locator(".quiz-prompt").textContent();
    generated
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("New variant"))
        .click();
    assertNotEquals(seed, generated.locator(".quiz-seed-link").textContent());
    assertNotEquals(prompt, generated.locator(".quiz-prompt").textContent());
    probe.assertClean();
  }

  @Test
  void theQuizWorksFromTheOfflineBundle(Page page, PageProbe probe) {
    page.navigate(offline.url(QUIZ));
    Locator first = page.locator("#quiz-week-1-practice-q1");
    first.getByLabel("Contradictory").check();
    first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check")).click();
    assertThat(first.locator(".quiz-feedback")).containsText("Correct.");
    probe.assertClean();
  }
}
