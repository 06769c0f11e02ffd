package org.mathforml.applets.bundles;

import org.mathforml.applets.Registry;
import org.mathforml.applets.quiz.Generators;

/**
 * Measurement only, built by the {@code -Dsizes} profile of applets/pom.xml into target/teavm-sizes
 * (no page loads them): what the quiz runtime adds to a bundle is {@code page-rank-quiz.js} minus
 * {@code probe-page-rank.js}, and what Course 1's generators add is {@code quiz-linear-algebra.js}
 * minus {@code probe-quiz-runtime.js} (docs/design-notes.md, "Bundles per group").
 */
public final class SizeProbes {

  private SizeProbes() {}

  /** The page-rank applet without the quiz runtime. */
  public static final class PageRankOnly {
    public static void main(String[] args) {
      new Bundle("probe-page-rank", new AppletsPart(Registry.pageRank(new Registry()))).start();
    }
  }

  /** The quiz runtime without applets or generators. */
  public static final class QuizRuntimeOnly {
    public static void main(String[] args) {
      new Bundle("probe-quiz-runtime", new QuizPart(new Generators())).start();
    }
  }
}
