package org.mathforml.mathlib.exact;

import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.internal.Tex;

/**
 * LaTeX and MathML text for matrices and augmented matrices. MathML lets a quiz show a freshly
 * generated matrix where no KaTeX runs (browsers render presentation MathML natively).
 */
public final class MatrixFormat {

  private MatrixFormat() {}

  /** Returns "\begin{bmatrix}1 &amp; 2 \\ 3 &amp; 4\end{bmatrix}". */
  public static String latex(FractionMatrix m) {
    return m.toLatex();
  }

  /**
   * Returns the augmented matrix with a bar before column {@code split} (0-based, 1..n-1):
   * "\left[\begin{array}{cc|c}1 &amp; 2 &amp; 5 \\ 3 &amp; 4 &amp; 6\end{array}\right]".
   *
   * @throws IllegalArgumentException if split is not between two columns
   */
  public static String augmentedLatex(FractionMatrix m, int split) {
    checkSplit(m, split);
    return Tex.array(m, split);
  }

  /** Returns [A | B] in LaTeX; see {@link #augmentedLatex(FractionMatrix, int)}. */
  public static String augmentedLatex(FractionMatrix a, FractionMatrix b) {
    return Tex.array(Elimination.augment(a, b), a.cols());
  }

  /**
   * Returns presentation MathML:
   * "&lt;math&gt;&lt;mrow&gt;&lt;mo&gt;[&lt;/mo&gt;&lt;mtable&gt;&lt;mtr&gt;&lt;mtd&gt;
   * &lt;mn&gt;1&lt;/mn&gt;&lt;/mtd&gt;...&lt;/mtable&gt;&lt;mo&gt;]&lt;/mo&gt;&lt;/mrow&gt;
   * &lt;/math&gt;"; negative entries as an mrow with "-", fractions as mfrac.
   */
  public static String mathml(FractionMatrix m) {
    return Tex.mathml(m, -1);
  }

  /**
   * Returns MathML for the augmented matrix, the bar drawn by the table's columnlines.
   *
   * @throws IllegalArgumentException if split is not between two columns
   */
  public static String augmentedMathml(FractionMatrix m, int split) {
    checkSplit(m, split);
    return Tex.mathml(m, split);
  }

  private static void checkSplit(FractionMatrix m, int split) {
    if (split < 1 || split >= m.cols()) {
      throw new IllegalArgumentException(
          "the bar must fall between two of the "
              + m.cols()
              + " columns, not before column "
              + split);
    }
  }
}
