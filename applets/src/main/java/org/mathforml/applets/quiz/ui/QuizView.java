package org.mathforml.applets.quiz.ui;

import java.util.ArrayList;
import java.util.List;
import org.mathforml.applets.components.Dom;
import org.mathforml.applets.quiz.Generators;
import org.teavm.jso.browser.Window;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.dom.xml.Element;

/**
 * One {@code section.quiz}: its questions, the score line, the Reset progress button (a second
 * click within 5 s confirms) and the progress saved in localStorage (see {@link Progress}).
 */
final class QuizView {

  static final String RESET = "Reset progress";
  static final String CONFIRM = "Click again to reset";
  static final int CONFIRM_MS = 5000;

  private final String quizId;
  private final String storageKey;
  private final Element score;
  private final List<QuestionView> questions = new ArrayList<>();
  private Progress progress;
  private int armedTimer = -1;

  QuizView(Element section, Generators generators) {
    quizId = section.getAttribute("data-quiz");
    storageKey = Progress.PREFIX + quizId;
    JSArrayReader<Element> items = QuizDom.all(section, "li.quiz-question");
    progress = Progress.parse(QuizDom.load(storageKey), items.getLength());
    score = QuizDom.first(section, ".quiz-score");
    for (int i = 0; i < items.getLength(); i++) {
      Element li = items.get(i);
      int n = Progress.number(String.valueOf(li.getAttribute("data-question")));
      int number = n > 0 ? n : i + 1;
      try {
        QuestionView q = new QuestionView(this, li, number, generators);
        questions.add(q);
        li.setAttribute("data-quiz-state", q.waitsForDraw() ? "drawing" : "live");
        if (progress.isCorrect(number)) {
          q.showEarlier();
        }
      } catch (Throwable e) {
        fail(li, e.getMessage());
      }
    }
    showScore();
    drawNext(0);
    Element reset = QuizDom.first(section, ".quiz-reset");
    if (reset != null) {
      reset.setAttribute("type", "button");
      Dom.on(reset, "click", e -> resetClicked(reset));
    }
  }

  /**
   * Draws the first variant of the generated questions from index {@code from} on, one per task
   * (setTimeout 0): the first draw pays for starting the engine's code, which would otherwise hold
   * up the page's load in one long task. The page shows the placeholder until then.
   */
  private void drawNext(int from) {
    for (int i = from; i < questions.size(); i++) {
      QuestionView q = questions.get(i);
      if (q.waitsForDraw()) {
        int next = i + 1;
        Window.setTimeout(
            () -> {
              try {
                if (q.waitsForDraw()) {
                  q.drawFirst();
                }
                q.element().setAttribute("data-quiz-state", "live");
              } catch (Throwable e) {
                fail(q.element(), e.getMessage());
              }
              drawNext(next);
            },
            0);
        return;
      }
    }
  }

  private static void fail(Element li, String message) {
    String text = "This question could not be shown: " + (message == null ? "error" : message);
    li.setAttribute("data-quiz-state", "error");
    Element p = Dom.text("p", "quiz-error", text);
    p.setAttribute("role", "alert");
    li.appendChild(p);
    Dom.consoleError("mathforml quiz: " + li.getAttribute("id") + ": " + text);
  }

  /** Called after each readable Check. */
  void recorded(int number, boolean correct) {
    progress.record(number, correct);
    QuizDom.save(storageKey, progress.format()); // false from file:// or blocked storage: fine
    showScore();
    QuizMounter.fillProgress();
  }

  private void showScore() {
    if (score != null) {
      score.setTextContent(progress.score());
    }
  }

  private void resetClicked(Element button) {
    if (armedTimer < 0) {
      button.setTextContent(CONFIRM);
      armedTimer =
          Window.setTimeout(
              () -> {
                armedTimer = -1;
                button.setTextContent(RESET);
              },
              CONFIRM_MS);
      return;
    }
    Window.clearTimeout(armedTimer);
    armedTimer = -1;
    button.setTextContent(RESET);
    QuizDom.forget(storageKey);
    progress = Progress.empty(progress.total());
    for (QuestionView q : questions) {
      q.clearState();
      q.forgetEarlier();
    }
    showScore();
    QuizMounter.fillProgress();
  }
}
