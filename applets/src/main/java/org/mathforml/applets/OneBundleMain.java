package org.mathforml.applets;

import org.mathforml.applets.quiz.ui.QuizMain;

/**
 * Measurement only: the applets and the quiz runtime in one bundle, built by the {@code -Dsizes}
 * profile of applets/pom.xml as target/teavm-sizes/one-bundle.js, so that the cost of folding the
 * quiz runtime into applets.js (docs/design-notes.md, "Two bundles") can be measured again after a
 * change. No page loads it.
 */
public final class OneBundleMain {

  private OneBundleMain() {}

  public static void main(String[] args) {
    AppletsMain.main(args);
    QuizMain.main(args);
  }
}
