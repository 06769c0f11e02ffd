package org.mathforml.applets.quiz;

/**
 * One step of a worked solution: a sentence and, usually, the mathematics of the step for this
 * variant (a row operation and the matrix after it, a cofactor expansion). Immutable.
 */
public final class SolutionStep {

  private final String sentence;
  private final MathText math;

  private SolutionStep(String sentence, MathText math) {
    this.sentence = sentence;
    this.math = math;
  }

  /**
   * Returns the step; {@code math} may be null for a sentence alone.
   *
   * @throws IllegalArgumentException if the sentence is empty
   */
  public static SolutionStep of(String sentence, MathText math) {
    if (sentence == null || sentence.isEmpty()) {
      throw new IllegalArgumentException("a solution step needs a sentence");
    }
    return new SolutionStep(sentence, math);
  }

  /** Plain text, one or two sentences. */
  public String sentence() {
    return sentence;
  }

  /** The mathematics of the step, or null. */
  public MathText math() {
    return math;
  }
}
