package org.mathforml.applets.bundles;

import java.util.List;
import org.mathforml.applets.Registry;
import org.mathforml.applets.quiz.Generators;

/**
 * Every browser bundle: one method each, and a nested class whose {@code main} is the TeaVM entry
 * point (applets/pom.xml has a production and a strict execution per bundle; {@code BundlesPomTest}
 * checks that). A page loads the one bundle that covers its applets and quizzes (the site picks the
 * smallest), so each bundle stays under the 60 KB gzip budget instead of one bundle carrying every
 * applet of every course. See docs/design-notes.md, "Bundles per group".
 *
 * <p>Adding an applet to an existing group is one line in {@link Registry}; a new bundle is a
 * method here, its nested main class, a line in {@link #all()} and two executions in the pom.
 */
public final class Bundles {

  private Bundles() {}

  /** Every bundle (JVM side: the site build and tests). */
  public static List<Bundle> all() {
    return List.of(
        systems(),
        vectors(),
        quizLinearAlgebra(),
        quizCalculus(),
        quizStatistics(),
        rowReductionQuiz(),
        pageRankQuiz(),
        perceptronQuiz());
  }

  /** Applets of systems of equations: weeks 1-2 lessons and labs. */
  static Bundle systems() {
    return new Bundle(
        "systems", new AppletsPart(Registry.rowReduction(Registry.systems(new Registry()))));
  }

  /** Vector, transformation, span and eigenvector applets: weeks 3-4 labs. */
  static Bundle vectors() {
    return new Bundle("vectors", new AppletsPart(Registry.vectors(new Registry())));
  }

  /** Course 1 quiz pages. */
  static Bundle quizLinearAlgebra() {
    return new Bundle(
        "quiz-linear-algebra", new QuizPart(Generators.linearAlgebra(new Generators())));
  }

  /** Course 2 quiz pages. */
  static Bundle quizCalculus() {
    return new Bundle("quiz-calculus", new QuizPart(Generators.calculus(new Generators())));
  }

  /** Course 3 quiz pages. */
  static Bundle quizStatistics() {
    return new Bundle("quiz-statistics", new QuizPart(Generators.statistics(new Generators())));
  }

  /** The week 2 guided project: the row-reduction trainer and quiz steps. */
  static Bundle rowReductionQuiz() {
    return new Bundle(
        "row-reduction-quiz",
        new AppletsPart(Registry.rowReduction(new Registry())),
        new QuizPart(new Generators()));
  }

  /** The week 4 guided project: the page-rank walk and quiz steps. */
  static Bundle pageRankQuiz() {
    return new Bundle(
        "page-rank-quiz",
        new AppletsPart(Registry.pageRank(new Registry())),
        new QuizPart(new Generators()));
  }

  /** The week 3 guided project: the perceptron and quiz steps. */
  static Bundle perceptronQuiz() {
    return new Bundle(
        "perceptron-quiz",
        new AppletsPart(Registry.perceptron(new Registry())),
        new QuizPart(new Generators()));
  }

  /** TeaVM entry point. */
  public static final class Systems {
    public static void main(String[] args) {
      systems().start();
    }
  }

  /** TeaVM entry point. */
  public static final class Vectors {
    public static void main(String[] args) {
      vectors().start();
    }
  }

  /** TeaVM entry point. */
  public static final class QuizLinearAlgebra {
    public static void main(String[] args) {
      quizLinearAlgebra().start();
    }
  }

  /** TeaVM entry point. */
  public static final class QuizCalculus {
    public static void main(String[] args) {
      quizCalculus().start();
    }
  }

  /** TeaVM entry point. */
  public static final class QuizStatistics {
    public static void main(String[] args) {
      quizStatistics().start();
    }
  }

  /** TeaVM entry point. */
  public static final class RowReductionQuiz {
    public static void main(String[] args) {
      rowReductionQuiz().start();
    }
  }

  /** TeaVM entry point. */
  public static final class PageRankQuiz {
    public static void main(String[] args) {
      pageRankQuiz().start();
    }
  }

  /** TeaVM entry point. */
  public static final class PerceptronQuiz {
    public static void main(String[] args) {
      perceptronQuiz().start();
    }
  }
}
