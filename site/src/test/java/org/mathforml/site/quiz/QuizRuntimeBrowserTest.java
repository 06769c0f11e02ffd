package org.mathforml.site.quiz;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generators;
import org.mathforml.applets.quiz.Mistake;
import org.mathforml.applets.quiz.Response;
import org.mathforml.applets.quiz.Serialized;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.mathlib.Fraction;
import org.mathforml.site.browser.BrowserSession;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.Device;
import org.mathforml.site.browser.PageProbe;
import org.mathforml.site.browser.Screenshots;
import org.mathforml.site.browser.StaticServer;
import org.mathforml.site.browser.TestBrowser;

/**
 * The quiz runtime (applets bundle, strict build) on a hand-written page that follows
 * QUIZ-CONTRACT.md: every kind right and wrong, unreadable input, hints, solutions, new variants
 * and their links, progress in localStorage (also from file:// and with storage blocked), restored
 * after a reload, keyboard-only use, the JVM and the browser drawing the same variant, render times
 * (printed), screenshots.
 */
@BrowserTest
class QuizRuntimeBrowserTest {
  static final int QUESTIONS = 14;
  static final String STORAGE_KEY = "mathforml.quiz.fixture";

  /** Generated questions of the fixture: number, generator, data-seed. */
  static final Object[][] GENERATED = {
    {10, "det-2x2", 7},
    {11, "system-2x2-solve", 3},
    {12, "det-3x3-nonzero", 5},
    {13, "rows-dependent-3x3", 2},
    {14, "system-2x2-classify", 4}
  };

  static Path dir;
  static StaticServer server;

  @BeforeAll
  static void serve() {
    dir = QuizFixture.create();
    server = StaticServer.start(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String url() {
    return server.url(QuizFixture.PAGE);
  }

  static Locator q(Page page, int n) {
    return page.locator(QuizFixture.question(n));
  }

  static Locator feedback(Page page, int n) {
    return q(page, n).locator(".quiz-feedback");
  }

  static void check(Page page, int n) {
    q(page, n).locator("button.quiz-check").click();
  }

  static void expectCorrect(Page page, int n) {
    assertThat(feedback(page, n)).hasText(Pattern.compile("^\\W*Correct\\."));
    assertThat(q(page, n)).hasClass(Pattern.compile("\\bquiz-correct\\b"));
    assertThat(feedback(page, n).locator(".quiz-icon")).hasText("\u2713");
  }

  static void expectWrong(Page page, int n) {
    assertThat(feedback(page, n)).hasText(Pattern.compile("^\\W*Not yet\\. "));
    assertThat(q(page, n)).hasClass(Pattern.compile("\\bquiz-wrong\\b"));
    assertThat(feedback(page, n).locator(".quiz-icon")).hasText("\u2717");
  }

  static Page open(Page page) {
    page.navigate(url());
    return ready(page);
  }

  /** Waits for the quiz and every question, generated ones drawn one per task after load. */
  static Page ready(Page page) {
    assertThat(page.locator("section.quiz")).hasAttribute("data-quiz-state", "live");
    assertThat(page.locator(".quiz-question[data-quiz-state='live']")).hasCount(QUESTIONS);
    return page;
  }

  static Locator earlier(Page page, int n) {
    return q(page, n).locator(".quiz-earlier");
  }

  /** The note a reload shows on a question the saved progress counts as correct. */
  static void expectEarlier(Page page, int n) {
    assertThat(earlier(page, n)).hasText(Pattern.compile("^\\W*Answered correctly before\\. .+"));
    assertThat(earlier(page, n).locator(".quiz-icon")).hasText("\u2713");
    assertThat(earlier(page, n).locator(".quiz-icon")).hasAttribute("aria-hidden", "true");
    assertThat(earlier(page, n)).not().hasAttribute("aria-live", Pattern.compile(".*"));
    assertThat(q(page, n)).hasClass(Pattern.compile("\\bquiz-earlier-correct\\b"));
    assertThat(q(page, n).locator("button.quiz-check"))
        .hasAttribute("aria-describedby", QuizFixture.QUIZ + "-q" + n + "-earlier");
    assertThat(feedback(page, n)).isEmpty();
  }

  @Test
  void theFixtureKeysAreWhatSerializedWrites(Page page) {
    open(page);
    assertEquals(
        Serialized.write(AnswerKey.fraction(Fraction.of(-3, 4), true, false)),
        q(page, 5).getAttribute("data-key"));
    for (int n = 1; n <= 9; n++) {
      String key = q(page, n).getAttribute("data-key");
      assertEquals(key, Serialized.write(Serialized.read(key)), "question " + n);
    }
  }

  @Test
  void everyStaticKindAcceptsTheRightAnswerAndRejectsAWrongOne(Page page, PageProbe probe) {
    open(page);
    // 1 single choice, with authored feedback for the wrong choice
    q(page, 1).locator("input[value='2']").check();
    check(page, 1);
    expectWrong(page, 1);
    assertThat(feedback(page, 1).locator(".quiz-choice-note")).hasText("That is 2 + 3.");
    q(page, 1).locator("input[value='1']").check();
    check(page, 1);
    expectCorrect(page, 1);
    // 2 multiple choice
    q(page, 2).locator("input[value='0']").check();
    check(page, 2);
    expectWrong(page, 2);
    q(page, 2).locator("input[value='2']").check();
    check(page, 2);
    expectCorrect(page, 2);
    // 3 true/false
    q(page, 3).locator("input[value='true']").check();
    check(page, 3);
    expectWrong(page, 3);
    q(page, 3).locator("input[value='false']").check();
    check(page, 3);
    expectCorrect(page, 3);
    // 4 numeric, 5 fraction, 8 expression: one text field
    typeAndCheck(page, 4, "2.6");
    expectWrong(page, 4);
    typeAndCheck(page, 4, "5/2");
    expectCorrect(page, 4);
    typeAndCheck(page, 5, "3/4");
    expectWrong(page, 5);
    assertThat(feedback(page, 5)).containsText("sign");
    typeAndCheck(page, 5, "-6/8");
    expectCorrect(page, 5);
    typeAndCheck(page, 8, "2*x");
    expectWrong(page, 8);
    typeAndCheck(page, 8, "1 + 2 * x");
    expectCorrect(page, 8);
    // 6 vector, 7 matrix: grids
    fillCells(page, 6, "1", "2");
    check(page, 6);
    expectWrong(page, 6);
    fillCells(page, 6, "1", "-2");
    check(page, 6);
    expectCorrect(page, 6);
    fillCells(page, 7, "1", "2", "4", "3");
    check(page, 7);
    expectWrong(page, 7);
    fillCells(page, 7, "1", "2", "3", "4");
    check(page, 7);
    expectCorrect(page, 7);
    // 9 ordering: shown as second, third, first; the answer is first, second, third
    check(page, 9);
    expectWrong(page, 9);
    Locator order = q(page, 9).locator(".quiz-order > li");
    // each item: its own HTML in one span, then the two buttons
    assertThat(q(page, 9).locator(".quiz-order > li > :is(.quiz-order-text, .quiz-order-buttons)"))
        .hasCount(6);
    assertThat(q(page, 9).locator(".quiz-order > li > *")).hasCount(6);
    assertThat(order.first().locator(".quiz-order-text")).hasText("second");
    order
        .nth(2)
        .getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Locator.GetByRoleOptions().setName("Move up, item 3 of 3"))
        .click();
    order.nth(1).locator(".quiz-move-up").click();
    assertEquals(List.of("2", "0", "1"), items(page));
    check(page, 9);
    expectCorrect(page, 9);
    assertThat(page.locator(".quiz-score")).hasText("9 of " + QUESTIONS + " correct");
    probe.assertClean();
  }

  @Test
  void everyGeneratedQuestionAcceptsTheJvmModelAnswerAndRejectsAMistake(Page page, PageProbe p) {
    open(page);
    for (Object[] g : GENERATED) {
      int n = (Integer) g[0];
      Variant v = Generators.find((String) g[1]).generate((Integer) g[2]);
      Response wrong = wrongResponse(v);
      answer(page, n, v, wrong);
      check(page, n);
      expectWrong(page, n);
      if (v.key().kind() == AnswerKey.Kind.CHOICE) {
        assertThat(feedback(page, n).locator(".quiz-choice-note"))
            .containsText("This option is what you get if you ");
      }
      answer(page, n, v, v.modelResponse());
      check(page, n);
      expectCorrect(page, n);
    }
    assertThat(page.locator(".quiz-score"))
        .hasText(GENERATED.length + " of " + QUESTIONS + " correct");
    p.assertClean();
  }

  /** A distractor's selection or a recorded mistake, both wrong by the engine's contract. */
  static Response wrongResponse(Variant v) {
    if (v.key().kind() == AnswerKey.Kind.CHOICE) {
      for (int i = 0; i < v.choices().size(); i++) {
        if (!v.choices().get(i).isCorrect()) {
          return Response.selected(i);
        }
      }
    }
    if (v.key().kind() == AnswerKey.Kind.TRUE_FALSE) {
      return Response.truth(!v.key().truth());
    }
    Mistake m = v.mistakes().get(0);
    return m.response();
  }

  static void answer(Page page, int n, Variant v, Response r) {
    switch (v.key().kind()) {
      case CHOICE:
        for (int i : r.indices()) {
          q(page, n).locator(".quiz-choices input[value='" + i + "']").check();
        }
        break;
      case TRUE_FALSE:
        boolean truth =
            r.isSelection() ? r.indices()[0] == 0 : r.text().trim().equalsIgnoreCase("true");
        q(page, n).locator(".quiz-choices input[value='" + truth + "']").check();
        break;
      case VECTOR:
      case MATRIX:
        List<String> cells = new ArrayList<>();
        for (String[] row : r.grid()) {
          cells.addAll(Arrays.asList(row));
        }
        fillCells(page, n, cells.toArray(new String[0]));
        break;
      default:
        q(page, n).locator("input.quiz-input").fill(r.text());
    }
  }

  static void typeAndCheck(Page page, int n, String text) {
    Locator input = q(page, n).locator("input.quiz-input");
    input.fill(text);
    input.press("Enter");
  }

  static void fillCells(Page page, int n, String... values) {
    Locator cells = q(page, n).locator("input.quiz-cell");
    assertEquals(values.length, cells.count(), "cells of question " + n);
    for (int i = 0; i < values.length; i++) {
      cells.nth(i).fill(values[i]);
    }
  }

  static List<String> items(Page page) {
    Locator order = q(page, 9).locator(".quiz-order > li");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < order.count(); i++) {
      out.add(order.nth(i).getAttribute("data-item"));
    }
    return out;
  }

  @Test
  void unreadableInputIsMarkedAndNotCounted(Page page, PageProbe probe) {
    open(page);
    typeAndCheck(page, 4, "two and a half");
    Locator input = q(page, 4).locator("input.quiz-input");
    assertThat(input).hasAttribute("aria-invalid", "true");
    assertThat(feedback(page, 4)).hasText(Pattern.compile("^\\W*Not checked\\. .+"));
    assertThat(q(page, 4)).not().hasClass(Pattern.compile("quiz-(correct|wrong)"));
    assertThat(input).hasAttribute("aria-describedby", "quiz-fixture-q4-feedback");
    assertThat(q(page, 4).locator(".quiz-solution-button")).isDisabled();
    fillCells(page, 6, "1", "");
    check(page, 6);
    assertThat(q(page, 6).locator("input.quiz-cell").first()).hasAttribute("aria-invalid", "true");
    assertNull(page.evaluate("localStorage.getItem('" + STORAGE_KEY + "')"), "not an attempt");
    assertThat(page.locator(".quiz-progress")).hasText("Not started");
    input.fill("2.5");
    assertThat(input).not().hasAttribute("aria-invalid", "true");
    probe.assertClean();
  }

  @Test
  void hintsComeOneAtATimeAndTheSolutionAfterAnAttempt(Page page, PageProbe probe) {
    open(page);
    Locator hint = q(page, 4).locator("button.quiz-hint-button");
    Locator shown = q(page, 4).locator(".quiz-hint-shown");
    assertThat(hint).hasText("Hint 1 of 2");
    assertThat(shown).hasCount(0);
    hint.click();
    assertThat(shown).hasCount(1);
    assertThat(shown.nth(0)).containsText("Halve 5.");
    assertThat(hint).hasText("Hint 2 of 2");
    hint.click();
    assertThat(shown).hasCount(2);
    assertThat(shown.nth(1)).containsText("half of 1 is 0.5");
    assertThat(hint).hasText("No more hints");
    assertThat(hint).hasAttribute("aria-disabled", "true"); // still focusable, does nothing
    hint.dispatchEvent("click");
    assertThat(shown).hasCount(2);

    Locator solution = q(page, 4).locator("button.quiz-solution-button");
    assertThat(solution).isDisabled();
    assertThat(q(page, 4).locator(".quiz-solution-shown")).isHidden();
    typeAndCheck(page, 4, "3");
    assertThat(solution).isEnabled();
    solution.click();
    assertThat(q(page, 4).locator(".quiz-solution-shown")).isVisible();
    assertThat(q(page, 4).locator(".quiz-solution-shown")).containsText("5 / 2 = 2.5");
    assertThat(solution).hasAttribute("aria-expanded", "true");

    // a generated question shows the variant's own worked solution, with MathML
    Locator gen = q(page, 12).locator("button.quiz-solution-button");
    assertThat(gen).isDisabled();
    typeAndCheck(page, 12, "0");
    gen.click();
    Locator steps = q(page, 12).locator(".quiz-solution-shown .quiz-steps > li");
    Variant v = Generators.find("det-3x3-nonzero").generate(5);
    assertThat(steps).hasCount(v.solution().size());
    assertThat(steps.first()).containsText(v.solution().get(0).sentence());
    assertTrue(q(page, 12).locator(".quiz-solution-shown math").count() > 0);
    probe.assertClean();
  }

  @Test
  void newVariantChangesSeedAndPromptAndTheLinkReproducesIt(Page page, PageProbe probe) {
    open(page);
    Locator question = q(page, 10);
    Locator link = question.locator(".quiz-seed-link");
    assertThat(link).hasText("7");
    // the "Variant S" line is announced when New variant changes it (set after the first draw)
    assertThat(question.locator(".quiz-seed")).hasAttribute("aria-live", "polite");
    String prompt = question.locator(".quiz-prompt").innerHTML();
    q(page, 10).locator(".quiz-choices input").first().check();
    check(page, 10);
    question.locator("button.quiz-new-variant").click();
    assertThat(link).not().hasText("7");
    assertThat(feedback(page, 10)).isEmpty();
    assertThat(question).not().hasClass(Pattern.compile("quiz-(correct|wrong)"));
    assertThat(question.locator("button.quiz-solution-button")).isDisabled();
    String seed = link.textContent();
    String newPrompt = question.locator(".quiz-prompt").innerHTML();
    assertNotEquals(prompt, newPrompt);
    assertEquals("?quiz-fixture-q10=" + seed + "#quiz-fixture-q10", link.getAttribute("href"));
    Variant jvm = Generators.find("det-2x2").generate(Integer.parseInt(seed));
    assertEquals(jvm.promptText(), question.getAttribute("data-prompt-text"));

    link.click();
    page.waitForURL(Pattern.compile(".*\\?quiz-fixture-q10=" + seed + "#quiz-fixture-q10$"));
    page.reload();
    assertThat(q(page, 10).locator(".quiz-seed-link")).hasText(seed);
    assertEquals(newPrompt, q(page, 10).locator(".quiz-prompt").innerHTML());
    // the other generated questions keep their data-seed
    assertThat(q(page, 11).locator(".quiz-seed-link")).hasText("3");
    probe.assertClean();
  }

  @Test
  void theBrowserDrawsTheSameVariantsAsTheJvm(Page page, PageProbe probe) {
    for (Object[] g : GENERATED) {
      int n = (Integer) g[0];
      String name = (String) g[1];
      for (int seed : new int[] {1, 42, 987654}) {
        page.navigate(url() + "?quiz-fixture-q" + n + "=" + seed);
        ready(page);
        Variant v = Generators.find(name).generate(seed);
        Locator question = q(page, n);
        assertThat(question.locator(".quiz-seed-link")).hasText(Integer.toString(seed));
        assertEquals(v.promptText(), question.getAttribute("data-prompt-text"), name + " " + seed);
        // the rendered prompt is the JVM's MathML, as the browser parses it
        Object same =
            page.evaluate(
                "([sel, html]) => { const p = document.createElement('p');"
                    + " p.innerHTML = html;"
                    + " return document.querySelector(sel + ' .quiz-generated').innerHTML"
                    + " === p.innerHTML; }",
                List.of(QuizFixture.question(n), v.promptHtml()));
        assertEquals(Boolean.TRUE, same, name + " seed " + seed + " prompt MathML");
        if (v.key().kind() == AnswerKey.Kind.CHOICE) {
          Locator labels = question.locator(".quiz-choice");
          assertThat(labels).hasCount(v.choices().size());
        }
      }
    }
    probe.assertClean();
  }

  @Test
  void progressPersistsAcrossReloadAndResetNeedsASecondClick(Page page, PageProbe probe) {
    open(page);
    Locator score = page.locator(".quiz-score");
    Locator progress = page.locator(".quiz-progress");
    assertThat(score).hasText("0 of " + QUESTIONS + " correct");
    assertThat(progress).hasText("Not started");
    typeAndCheck(page, 4, "1");
    typeAndCheck(page, 4, "2.5");
    typeAndCheck(page, 5, "-3/4");
    assertThat(score).hasText("2 of " + QUESTIONS + " correct");
    assertThat(progress).hasText("Best 2 of " + QUESTIONS + ", 3 attempts");
    assertEquals(
        "attempts=3;best=2;total=" + QUESTIONS + ";correct=4,5",
        page.evaluate("localStorage.getItem('" + STORAGE_KEY + "')"));
    typeAndCheck(page, 5, "1/4"); // wrong now: the score drops, the best stays
    assertThat(score).hasText("1 of " + QUESTIONS + " correct");
    assertThat(progress).hasText("Best 2 of " + QUESTIONS + ", 4 attempts");

    page.reload();
    ready(page);
    assertThat(page.locator(".quiz-score")).hasText("1 of " + QUESTIONS + " correct");
    assertThat(page.locator(".quiz-progress")).hasText("Best 2 of " + QUESTIONS + ", 4 attempts");
    expectEarlier(page, 4);
    assertThat(earlier(page, 5)).hasCount(0); // its last answer was wrong
    assertThat(page.locator(".quiz-earlier")).hasCount(1);

    Locator reset = page.locator(".quiz-reset");
    reset.click();
    assertThat(reset).hasText("Click again to reset");
    assertThat(page.locator(".quiz-score")).hasText("1 of " + QUESTIONS + " correct");
    reset.click();
    assertThat(reset).hasText("Reset progress");
    assertThat(page.locator(".quiz-score")).hasText("0 of " + QUESTIONS + " correct");
    assertThat(page.locator(".quiz-progress")).hasText("Not started");
    assertNull(page.evaluate("localStorage.getItem('" + STORAGE_KEY + "')"));
    assertThat(page.locator(".quiz-earlier")).hasCount(0);
    assertThat(q(page, 4)).not().hasClass(Pattern.compile("quiz-earlier-correct"));
    assertThat(q(page, 4).locator("button.quiz-check"))
        .not()
        .hasAttribute("aria-describedby", Pattern.compile(".*"));
    page.reload();
    ready(page);
    assertThat(page.locator(".quiz-progress")).hasText("Not started");
    assertThat(page.locator(".quiz-earlier")).hasCount(0);
    probe.assertClean();
  }

  @Test
  void aReloadShowsWhatWasAnsweredCorrectlyBeforeUntilTheNextCheck(Page page, PageProbe probe) {
    open(page);
    typeAndCheck(page, 4, "2.5");
    Variant v10 = Generators.find("det-2x2").generate(7);
    answer(page, 10, v10, v10.modelResponse());
    check(page, 10);
    expectCorrect(page, 10);
    Variant v12 = Generators.find("det-3x3-nonzero").generate(5);
    answer(page, 12, v12, v12.modelResponse());
    check(page, 12);
    expectCorrect(page, 12);
    assertThat(page.locator(".quiz-earlier")).hasCount(0); // nothing before this visit

    page.reload();
    ready(page);
    assertThat(page.locator(".quiz-score")).hasText("3 of " + QUESTIONS + " correct");
    for (int n : new int[] {4, 10, 12}) {
      expectEarlier(page, n);
    }
    assertThat(page.locator(".quiz-earlier")).hasCount(3);
    // a new variant keeps the note: the score still counts the question
    q(page, 10).locator("button.quiz-new-variant").click();
    assertThat(q(page, 10).locator(".quiz-seed-link")).not().hasText("7");
    expectEarlier(page, 10);
    // an unreadable answer is not counted and keeps it
    typeAndCheck(page, 4, "two and a half");
    assertThat(earlier(page, 4)).hasCount(1);
    // a readable Check replaces it with the new verdict, right or wrong
    typeAndCheck(page, 4, "2.5");
    expectCorrect(page, 4);
    assertThat(earlier(page, 4)).hasCount(0);
    assertThat(q(page, 4)).not().hasClass(Pattern.compile("quiz-earlier-correct"));
    typeAndCheck(page, 12, "0");
    expectWrong(page, 12);
    assertThat(earlier(page, 12)).hasCount(0);
    assertThat(page.locator(".quiz-score")).hasText("2 of " + QUESTIONS + " correct");
    // keyboard: the note is the Check button's description, so it is heard on the way
    q(page, 10).locator("button.quiz-check").focus();
    assertThat(q(page, 10).locator("button.quiz-check"))
        .hasAccessibleDescription(Pattern.compile("Answered correctly before\\."));
    // reset clears it
    page.locator(".quiz-reset").click();
    page.locator(".quiz-reset").click();
    assertThat(page.locator(".quiz-earlier")).hasCount(0);
    assertThat(page.locator(".quiz-score")).hasText("0 of " + QUESTIONS + " correct");
    probe.assertClean();
  }

  @Test
  void aFirstResetClickExpiresAfterFiveSeconds(Page page, PageProbe probe) {
    page.clock().install();
    open(page);
    typeAndCheck(page, 4, "2.5");
    Locator reset = page.locator(".quiz-reset");
    reset.click();
    assertThat(reset).hasText("Click again to reset");
    page.clock().runFor(5100);
    assertThat(reset).hasText("Reset progress");
    reset.click(); // a first click again, not a confirmation
    assertThat(page.locator(".quiz-score")).hasText("1 of " + QUESTIONS + " correct");
    probe.assertClean();
  }

  @Test
  void keyboardOnly(Page page, PageProbe probe) {
    open(page);
    // start the focus walk on the prompt text of question 4, as after reading it
    q(page, 4).locator(".quiz-prompt p").click();
    page.keyboard().press("Tab");
    assertThat(q(page, 4).locator("input.quiz-input")).isFocused();
    page.keyboard().type("2.5");
    page.keyboard().press("Enter");
    expectCorrect(page, 4);
    // Tab on to the buttons: Check, Hint
    page.keyboard().press("Tab");
    assertThat(q(page, 4).locator("button.quiz-check")).isFocused();
    page.keyboard().press("Tab");
    assertThat(q(page, 4).locator("button.quiz-hint-button")).isFocused();
    page.keyboard().press("Enter");
    assertThat(q(page, 4).locator(".quiz-hint-shown")).hasCount(1);
    // ordering with the move buttons
    Locator up = q(page, 9).locator(".quiz-order > li[data-item='2'] .quiz-move-up");
    up.focus();
    page.keyboard().press("Enter");
    assertThat(up).isFocused();
    page.keyboard().press("Enter");
    assertEquals(List.of("2", "0", "1"), items(page));
    assertThat(q(page, 9).locator(".quiz-order-status")).hasText("Item at position 1 of 3.");
    q(page, 9).locator("button.quiz-check").focus();
    page.keyboard().press("Enter");
    expectCorrect(page, 9);
    // a radio group: arrow keys select, Enter checks
    q(page, 3).locator("input[value='true']").focus();
    page.keyboard().press("ArrowDown");
    page.keyboard().press("Enter");
    expectCorrect(page, 3);
    // a generated question: into its built choices, Check, New variant keeps the focus
    q(page, 10).locator(".quiz-prompt").click();
    page.keyboard().press("Tab");
    assertThat(q(page, 10).locator(".quiz-choices input").first()).isFocused();
    page.keyboard().press("Space");
    page.keyboard().press("Enter");
    assertThat(feedback(page, 10)).not().isEmpty();
    Locator next = q(page, 10).locator("button.quiz-new-variant");
    next.focus();
    page.keyboard().press("Enter");
    assertThat(q(page, 10).locator(".quiz-seed-link")).not().hasText("7");
    assertThat(next).isFocused();
    assertThat(feedback(page, 10)).isEmpty();
    page.keyboard().press("Tab");
    assertThat(q(page, 10).locator(".quiz-seed-link")).isFocused();
    // Reset progress: two Enter presses on the button
    page.locator(".quiz-reset").focus();
    page.keyboard().press("Enter");
    page.keyboard().press("Enter");
    assertThat(page.locator(".quiz-score")).hasText("0 of " + QUESTIONS + " correct");
    probe.assertClean();
  }

  @Test
  void worksFromFileUrlsAndWithStorageBlocked(TestBrowser browser) {
    String fileUrl = dir.resolve(QuizFixture.PAGE).toUri().toString();
    try (BrowserSession session = browser.newSession()) {
      Page page = session.open(fileUrl);
      ready(page);
      typeAndCheck(page, 4, "2.5");
      expectCorrect(page, 4);
      assertThat(page.locator(".quiz-progress")).hasText("Best 1 of " + QUESTIONS + ", 1 attempt");
      q(page, 10).locator("button.quiz-new-variant").click();
      page.reload();
      ready(page);
      expectEarlier(page, 4);
      assertThat(page.locator(".quiz-earlier")).hasCount(1);
      session.probe().assertClean();
    }
    try (BrowserSession session = browser.newSession()) {
      session
          .context()
          .addInitScript(
              "Object.defineProperty(window, 'localStorage', { configurable: true,"
                  + " get() { throw new DOMException('blocked', 'SecurityError'); } });");
      Page page = session.open(fileUrl);
      ready(page);
      typeAndCheck(page, 4, "2.5");
      expectCorrect(page, 4);
      assertThat(page.locator(".quiz-score")).hasText("1 of " + QUESTIONS + " correct");
      assertThat(page.locator(".quiz-progress")).hasText("Not started");
      page.locator(".quiz-reset").click();
      page.locator(".quiz-reset").click();
      assertThat(page.locator(".quiz-score")).hasText("0 of " + QUESTIONS + " correct");
      session.probe().assertClean();
    }
  }

  /**
   * Benchmark, printed not asserted: the first draw of each generated question at load (its own
   * task, generator + DOM; the first one also starts the engine's code), the long tasks (over 50
   * ms) the page ran while loading, then ten New variant clicks per question (generator + DOM +
   * layout): median, max and the first click per question (the first MathML layout of its kind).
   */
  @Test
  void variantRenderTimesArePrinted(Page page, PageProbe probe) {
    page.addInitScript(
        "window.__longTasks = [];"
            + " try { new PerformanceObserver(l => l.getEntries().forEach("
            + " e => window.__longTasks.push(Math.round(e.duration))))"
            + ".observe({type: 'longtask', buffered: true}); } catch (e) {}");
    open(page);
    List<Double> load = new ArrayList<>();
    List<Double> firstClick = new ArrayList<>();
    List<Double> warm = new ArrayList<>();
    for (Object[] g : GENERATED) {
      Locator question = q(page, (Integer) g[0]);
      load.add(Double.parseDouble(question.getAttribute("data-render-ms")));
      for (int i = 0; i < 11; i++) {
        String before = question.getAttribute("data-seed-shown");
        question.locator("button.quiz-new-variant").click();
        assertThat(question).not().hasAttribute("data-seed-shown", before);
        double ms = Double.parseDouble(question.getAttribute("data-render-ms"));
        (i == 0 ? firstClick : warm).add(ms);
      }
    }
    List<Double> sorted = new ArrayList<>(warm);
    sorted.sort(null);
    System.out.println(
        "quiz render ms: first draw at load per question "
            + load
            + "; long tasks at load "
            + page.evaluate("JSON.stringify(window.__longTasks)")
            + "; first New variant per question (with layout) "
            + firstClick
            + "; next "
            + warm.size()
            + " New variants median "
            + sorted.get(sorted.size() / 2)
            + ", max "
            + sorted.get(sorted.size() - 1));
    assertEquals(GENERATED.length * 10, warm.size());
    probe.assertClean();
  }

  @Test
  void fitsA360PixelPhoneWithoutSidewaysScrolling(TestBrowser browser) {
    Browser.NewContextOptions options =
        new Browser.NewContextOptions()
            .setViewportSize(360, 740)
            .setDeviceScaleFactor(2)
            .setIsMobile(true)
            .setHasTouch(true);
    try (BrowserContext context = browser.browser().newContext(options)) {
      PageProbe probe = PageProbe.attach(context);
      Page page = context.newPage();
      open(page);
      q(page, 7).locator("input.quiz-cell").first().tap();
      Object width = page.evaluate("document.documentElement.scrollWidth");
      assertTrue(((Number) width).intValue() <= 360, "page is " + width + " px wide");
      for (String sel : List.of(".quiz-controls button", "input.quiz-cell", ".quiz-choice")) {
        Locator all = page.locator(sel);
        for (int i = 0; i < all.count(); i++) {
          var box = all.nth(i).boundingBox();
          assertTrue(box.x >= 0 && box.x + box.width <= 360, sel + " #" + i + " off screen");
          assertTrue(box.height >= 24, sel + " #" + i + " too small to tap: " + box.height);
        }
      }
      probe.assertClean();
    }
  }

  @Test
  void screenshotsOnDesktopAndPhoneInLightAndDark(TestBrowser browser) {
    for (Device device : Device.values()) {
      for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
        try (BrowserSession session = browser.newSession(device, scheme)) {
          Page page = open(session.page());
          q(page, 1).locator("input[value='0']").check();
          check(page, 1);
          typeAndCheck(page, 4, "2.5");
          q(page, 4).locator("button.quiz-hint-button").click();
          q(page, 4).locator("button.quiz-solution-button").click();
          typeAndCheck(page, 5, "zero");
          fillCells(page, 7, "1", "2", "3", "4");
          check(page, 7);
          answer(
              page, 11, Generators.find("system-2x2-solve").generate(3), Response.cells("1", "1"));
          check(page, 11);
          q(page, 11).locator("button.quiz-solution-button").click();
          typeAndCheck(page, 12, "0");
          q(page, 12).locator("button.quiz-solution-button").click();
          String suffix = device.label() + "-" + scheme.name().toLowerCase(Locale.ROOT);
          Screenshots.take(page, "quiz-" + suffix);
          for (int n : new int[] {1, 4, 5, 9, 10, 11, 12, 14}) {
            q(page, n)
                .screenshot(
                    new Locator.ScreenshotOptions()
                        .setPath(
                            Screenshots.directory().resolve("quiz-q" + n + "-" + suffix + ".png")));
          }
          page.reload(); // 4 and 7 were right: shown as answered correctly before
          ready(page);
          expectEarlier(page, 4);
          q(page, 4)
              .screenshot(
                  new Locator.ScreenshotOptions()
                      .setPath(
                          Screenshots.directory().resolve("quiz-q4-earlier-" + suffix + ".png")));
          session.probe().assertClean();
        }
      }
    }
    assertFalse(Screenshots.directory().toString().isEmpty());
  }
}
