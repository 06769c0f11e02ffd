package org.mathforml.applets.quiz;

/**
 * One piece of mathematics in three forms: plain text (for screen-reader labels and tests), LaTeX
 * (for the site, which renders it with KaTeX at build time) and presentation MathML (a complete
 * {@code <math>} element, which the browser renders itself, so a freshly generated variant needs no
 * LaTeX engine). Immutable.
 */
public final class MathText {

  private final String text;
  private final String latex;
  private final String mathml;

  private MathText(String text, String latex, String mathml) {
    this.text = text;
    this.latex = latex;
    this.mathml = mathml;
  }

  /**
   * Returns the triple.
   *
   * @throws IllegalArgumentException if a form is null or mathml is not a {@code <math>} element
   */
  public static MathText of(String text, String latex, String mathml) {
    if (text == null || latex == null || mathml == null) {
      throw new IllegalArgumentException("null math text");
    }
    if (!mathml.startsWith("<math") || !mathml.endsWith("</math>")) {
      throw new IllegalArgumentException("MathML must be a <math> element: " + mathml);
    }
    return new MathText(text, latex, mathml);
  }

  /** Plain text such as "det A = -2" or "[1 2; 3 4]". */
  public String text() {
    return text;
  }

  /** LaTeX (without $ delimiters). */
  public String latex() {
    return latex;
  }

  /** A complete presentation MathML {@code <math>} element. */
  public String mathml() {
    return mathml;
  }

  void appendTo(StringBuilder sb) {
    sb.append(text).append('\n').append(latex).append('\n').append(mathml).append('\n');
  }
}
