package org.mathforml.site.quiz;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mathforml.applets.quiz.Generators;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.PageProbe;
import org.mathforml.site.browser.StaticServer;

/**
 * The calculus and statistics generators (expression and numeric answers) in the real quiz bundles
 * of their courses: for several seeds the browser draws the JVM's variant (same prompt text and
 * MathML), accepts the JVM's model answer and rejects its first typical mistake. The page is the
 * quiz fixture's folder with a page of its own, written here in the QuestionWriter's markup.
 */
@BrowserTest
class CalcStatsGeneratorsBrowserTest {

  static final String[] NAMES = {
    "derivative-polynomial", "derivative-chain", "welch-t", "z-test-mean", "one-sample-t"
  };

  /** Each course's generators come in its own bundle, so each gets its own page. */
  static final String[] BUNDLES = {
    "quiz-calculus", "quiz-calculus", "quiz-statistics", "quiz-statistics", "quiz-statistics"
  };

  static final int[] SEEDS = {1, 42, 987654};

  static StaticServer server;

  @BeforeAll
  static void serve() {
    Path dir = QuizFixture.create();
    try {
      for (String bundle : List.of("quiz-calculus", "quiz-statistics")) {
        QuizFixture.writeBundle(dir, bundle);
        Files.write(dir.resolve(bundle + ".html"), page(bundle).getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server = StaticServer.start(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String page(String bundle) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>Calculus and statistics generators</title>\n")
        .append("<link rel=\"stylesheet\" href=\"css/site.css\">\n")
        .append("<link rel=\"stylesheet\" href=\"css/applets.css\">\n</head>\n<body>\n<main>\n")
        .append("<section class=\"quiz\" id=\"quiz-calc\" data-quiz=\"calc\" data-graded=\"false\"")
        .append(" aria-labelledby=\"quiz-calc-title\">\n")
        .append("<h2 class=\"quiz-title\" id=\"quiz-calc-title\">Generators</h2>\n")
        .append("<p class=\"quiz-score\" aria-live=\"polite\"></p>\n")
        .append("<button type=\"button\" class=\"quiz-reset\">Reset progress</button>\n")
        .append("<ol class=\"quiz-questions\">\n");
    for (int i = 0; i < NAMES.length; i++) {
      if (!BUNDLES[i].equals(bundle)) {
        continue;
      }
      int n = i + 1;
      String id = "quiz-calc-q" + n;
      String kind = NAMES[i].startsWith("derivative") ? "expression" : "numeric";
      sb.append("<li class=\"quiz-question\" id=\"" + id + "\" data-question=\"" + n + "\"")
          .append(" data-generator=\"" + NAMES[i] + "\" data-seed=\"1\" data-kind=\"" + kind)
          .append("\">\n<div class=\"quiz-prompt\"><p class=\"quiz-generated\">")
          .append("A new question is drawn here.</p></div>\n")
          .append("<div class=\"quiz-controls\"></div>\n")
          .append("<p class=\"quiz-feedback\" aria-live=\"polite\"></p>\n")
          .append("<p class=\"quiz-seed\">Variant <a class=\"quiz-seed-link\" href=\"#" + id)
          .append("\">1</a></p>\n</li>\n");
    }
    sb.append("</ol>\n</section>\n</main>\n<script src=\"js/" + bundle + ".js\" defer></script>\n")
        .append("</body>\n</html>\n");
    return sb.toString();
  }

  private static Locator q(Page page, int n) {
    return page.locator("#quiz-calc-q" + n);
  }

  private static void typeAndCheck(Page page, int n, String text) {
    q(page, n).locator("input.quiz-input").fill(text);
    q(page, n).locator("button.quiz-check").click();
  }

  @Test
  void theBrowserDrawsChecksAndRendersTheJvmVariants(Page page, PageProbe probe) {
    StringBuilder times = new StringBuilder("render ms (generator + DOM):");
    for (int i = 0; i < NAMES.length; i++) {
      int n = i + 1;
      for (int seed : SEEDS) {
        page.navigate(server.url(BUNDLES[i] + ".html") + "?quiz-calc-q" + n + "=" + seed);
        Variant v = Generators.find(NAMES[i]).generate(seed);
        Locator question = q(page, n);
        assertThat(question).hasAttribute("data-quiz-state", "live");
        assertThat(question.locator(".quiz-seed-link")).hasText(Integer.toString(seed));
        String where = NAMES[i] + " seed " + seed;
        assertEquals(v.promptText(), question.getAttribute("data-prompt-text"), where);
        Object same =
            page.evaluate(
                "([sel, html]) => { const p = document.createElement('p');"
                    + " p.innerHTML = html;"
                    + " return document.querySelector(sel + ' .quiz-generated').innerHTML"
                    + " === p.innerHTML; }",
                List.of("#quiz-calc-q" + n, v.promptHtml()));
        assertEquals(Boolean.TRUE, same, where + " prompt MathML");
        Locator feedback = question.locator(".quiz-feedback");
        typeAndCheck(page, n, v.mistakes().get(0).response().text());
        assertThat(feedback).hasText(Pattern.compile("^\\W*Not yet\\. "));
        typeAndCheck(page, n, v.modelResponse().text());
        assertThat(feedback).hasText(Pattern.compile("^\\W*Correct\\."));
        times
            .append(' ')
            .append(NAMES[i])
            .append('=')
            .append(question.getAttribute("data-render-ms"));
      }
    }
    System.out.println(times);
    probe.assertClean();
  }
}
