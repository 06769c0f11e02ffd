package org.mathforml.mathlib.exact.internal;

import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

/** LaTeX and MathML text for fractions, tuples and matrices; shared by the exact package. */
public final class Tex {

  private Tex() {}

  /** Returns "(1, \frac{1}{2}, -2)". */
  public static String tuple(Fraction[] entries) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < entries.length; i++) {
      sb.append(i > 0 ? ", " : "").append(entries[i].toLatex());
    }
    return sb.append(')').toString();
  }

  /**
   * Appends c times {@code symbol} as a term of a sum: "3R_1", "-R_1" when first, " - 3R_1", " +
   * \frac{1}{2}R_1" after another term; plain text puts a space before the symbol ("3 R1") unless
   * the coefficient is 1 or -1.
   */
  public static void appendTerm(
      StringBuilder sb, Fraction c, String symbol, boolean first, boolean latex) {
    Fraction shown = c;
    if (!first) {
      sb.append(c.signum() < 0 ? " - " : " + ");
      shown = c.abs();
    }
    if (shown.equals(Fraction.ONE)) {
      sb.append(symbol);
    } else if (shown.equals(Fraction.ONE.negate())) {
      sb.append('-').append(symbol);
    } else if (latex) {
      sb.append(shown.toLatex()).append(symbol);
    } else {
      sb.append(shown).append(' ').append(symbol);
    }
  }

  /**
   * Returns c_1 v_1 + ... + c_k v_k in LaTeX with {@code symbol} as v, leaving out zero terms:
   * "2\mathbf{v}_{1} - \mathbf{v}_{3}"; "\mathbf{0}" if every c_i is 0.
   */
  public static String combination(Fraction[] c, String symbol) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < c.length; i++) {
      if (!c[i].isZero()) {
        appendTerm(sb, c[i], symbol + "_{" + (i + 1) + "}", sb.length() == 0, true);
      }
    }
    return sb.length() == 0 ? "\\mathbf{0}" : sb.toString();
  }

  /**
   * Returns the matrix in LaTeX as "\left[\begin{array}{cc|c} ... \end{array}\right]", with a
   * vertical bar before column {@code split} (0-based); no bar when split is not in 1..n-1.
   */
  public static String array(FractionMatrix m, int split) {
    StringBuilder sb = new StringBuilder("\\left[\\begin{array}{");
    for (int j = 0; j < m.cols(); j++) {
      sb.append(j == split ? "|c" : "c");
    }
    sb.append('}');
    for (int i = 0; i < m.rows(); i++) {
      sb.append(i > 0 ? " \\\\ " : "");
      for (int j = 0; j < m.cols(); j++) {
        sb.append(j > 0 ? " & " : "").append(m.get(i, j).toLatex());
      }
    }
    return sb.append("\\end{array}\\right]").toString();
  }

  /** Returns the matrix in LaTeX between vertical bars: "\begin{vmatrix}...\end{vmatrix}". */
  public static String vmatrix(FractionMatrix m) {
    String b = m.toLatex();
    // toLatex is "\begin{bmatrix}...\end{bmatrix}"; only the environment name changes.
    int open = "\\begin{bmatrix}".length();
    int close = b.length() - "\\end{bmatrix}".length();
    return "\\begin{vmatrix}" + b.substring(open, close) + "\\end{vmatrix}";
  }

  /**
   * Returns presentation MathML for the matrix in square brackets: {@code
   * <math><mrow><mo>[</mo><mtable>...</mtable><mo>]</mo></mrow></math>}, with a solid column line
   * before column {@code split} when split is in 1..n-1.
   */
  public static String mathml(FractionMatrix m, int split) {
    StringBuilder sb = new StringBuilder("<math><mrow><mo>[</mo><mtable");
    if (split > 0 && split < m.cols()) {
      sb.append(" columnlines=\"");
      for (int j = 1; j < m.cols(); j++) {
        sb.append(j > 1 ? " " : "").append(j == split ? "solid" : "none");
      }
      sb.append('"');
    }
    sb.append('>');
    for (int i = 0; i < m.rows(); i++) {
      sb.append("<mtr>");
      for (int j = 0; j < m.cols(); j++) {
        sb.append("<mtd>").append(mathml(m.get(i, j))).append("</mtd>");
      }
      sb.append("</mtr>");
    }
    return sb.append("</mtable><mo>]</mo></mrow></math>").toString();
  }

  /** Returns "<mn>3</mn>", "<mrow><mo>-</mo><mfrac><mn>1</mn><mn>2</mn></mfrac></mrow>". */
  public static String mathml(Fraction f) {
    // Strip the sign from the digits rather than negating: -Long.MIN_VALUE has no long.
    String digits = Long.toString(f.numerator());
    String top = f.signum() < 0 ? digits.substring(1) : digits;
    String body =
        f.isInteger()
            ? "<mn>" + top + "</mn>"
            : "<mfrac><mn>" + top + "</mn><mn>" + f.denominator() + "</mn></mfrac>";
    return f.signum() < 0 ? "<mrow><mo>-</mo>" + body + "</mrow>" : body;
  }
}
