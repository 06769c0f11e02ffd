package org.mathforml.applets.quiz.ui;

import org.mathforml.applets.components.Dom;

/**
 * TeaVM entry point of the quiz bundle ({@code quiz.js}, global {@code mathformlQuizzes}, started
 * by the tail appended in applets/pom.xml): mounts every {@code section.quiz} and fills every
 * {@code .quiz-progress} once the DOM is ready. Calling {@code mathformlQuizzes()} again mounts
 * quizzes added since.
 */
public final class QuizMain {

  private QuizMain() {}

  public static void main(String[] args) {
    try {
      if ("loading".equals(Dom.readyState())) {
        Dom.on(Dom.document(), "DOMContentLoaded", e -> mountAll());
      } else {
        mountAll();
      }
    } catch (Throwable e) {
      Dom.consoleError("mathforml quiz: start-up failed: " + e.getMessage());
    }
  }

  private static void mountAll() {
    try {
      QuizMounter.mountAll();
    } catch (Throwable e) {
      Dom.consoleError("mathforml quiz: " + e.getMessage());
    }
  }
}
