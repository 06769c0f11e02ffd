package org.mathforml.applets.quiz;

/**
 * One option of a choice question: its label and, for a distractor, the mistake it represents
 * ("sign error in the cofactor", "ad + bc instead of ad - bc"), which a page may show as feedback
 * when it is selected. Immutable.
 */
public final class Choice {

  private final MathText label;
  private final String mistake;

  private Choice(MathText label, String mistake) {
    this.label = label;
    this.mistake = mistake;
  }

  /** The correct option. */
  public static Choice correct(MathText label) {
    if (label == null) {
      throw new IllegalArgumentException("null label");
    }
    return new Choice(label, null);
  }

  /**
   * A distractor tagged with the mistake that leads to it.
   *
   * @throws IllegalArgumentException if the label or the mistake is missing
   */
  public static Choice distractor(MathText label, String mistake) {
    if (label == null || mistake == null || mistake.isEmpty()) {
      throw new IllegalArgumentException("a distractor needs a label and its mistake");
    }
    return new Choice(label, mistake);
  }

  /** The label. */
  public MathText label() {
    return label;
  }

  /** True for the correct option. */
  public boolean isCorrect() {
    return mistake == null;
  }

  /** The mistake behind a distractor; null for the correct option. */
  public String mistake() {
    return mistake;
  }
}
