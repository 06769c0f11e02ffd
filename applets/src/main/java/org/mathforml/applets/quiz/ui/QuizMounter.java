package org.mathforml.applets.quiz.ui;

import org.mathforml.applets.components.Dom;
import org.mathforml.applets.quiz.Generators;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.dom.xml.Element;

/**
 * Entry of the quiz runtime, called by the bundle's start-up ({@code bundles.QuizPart}): mounts
 * every {@code section.quiz[data-quiz]} not mounted yet (it then gets {@code
 * data-quiz-state="live"} and class {@code quiz-live}) and fills every {@code [data-quiz-progress]}
 * span from localStorage. A question that cannot be shown gets {@code data-quiz-state="error"} and
 * a visible message; no exception escapes to the page.
 */
public final class QuizMounter {

  private QuizMounter() {}

  /** Mounts the quizzes of the page, drawing with {@code generators}; returns how many started. */
  public static int mountAll(Generators generators) {
    int live = 0;
    JSArrayReader<Element> sections = Dom.queryAll("section.quiz[data-quiz]");
    for (int i = 0; i < sections.getLength(); i++) {
      Element section = sections.get(i);
      if (section.hasAttribute("data-quiz-state")) {
        continue;
      }
      try {
        new QuizView(section, generators);
        section.setAttribute("data-quiz-state", "live");
        Dom.toggleClass(section, "quiz-live", true);
        live++;
      } catch (Throwable e) {
        section.setAttribute("data-quiz-state", "error");
        Dom.consoleError("mathforml quiz: " + e.getMessage());
      }
    }
    fillProgress();
    return live;
  }

  /** "Best 6 of 8, 3 attempts" in every progress span, or "Not started". */
  static void fillProgress() {
    JSArrayReader<Element> spans = Dom.queryAll("[data-quiz-progress]");
    for (int i = 0; i < spans.getLength(); i++) {
      Element span = spans.get(i);
      String summary =
          Progress.summary(QuizDom.load(Progress.PREFIX + span.getAttribute("data-quiz-progress")));
      span.setTextContent(summary == null ? "Not started" : summary);
    }
  }
}
