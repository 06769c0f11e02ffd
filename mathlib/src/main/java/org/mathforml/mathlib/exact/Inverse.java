package org.mathforml.mathlib.exact;

import java.util.List;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.internal.Tex;

/**
 * The inverse of a square matrix by Gauss-Jordan elimination on [A | I], every step recorded: when
 * the left half becomes I, the right half is A^-1 (Strang, Introduction to Linear Algebra, 5th ed.,
 * 2.5). Pivots are sought in the left half only; if a column of A has no pivot, A is singular and
 * the reduction stops right there, so the last recorded matrix is the one that shows why.
 * Immutable.
 */
public final class Inverse {

  private final Reduction reduction;
  private final FractionMatrix inverse;
  private final int failedColumn;

  private Inverse(Reduction reduction, FractionMatrix inverse, int failedColumn) {
    this.reduction = reduction;
    this.inverse = inverse;
    this.failedColumn = failedColumn;
  }

  /**
   * Runs Gauss-Jordan on [A | I].
   *
   * @throws IllegalArgumentException if A is not square
   */
  public static Inverse of(FractionMatrix a) {
    if (!a.isSquare()) {
      throw new IllegalArgumentException(
          "only a square matrix has an inverse, not a " + a.rows() + "x" + a.cols() + " one");
    }
    int n = a.rows();
    Reducer r = new Reducer(Elimination.augment(a, FractionMatrix.identity(n)), n, n);
    int missing = r.forward(true);
    if (missing >= 0) {
      return new Inverse(r.result(false), null, missing);
    }
    r.backward();
    Reduction done = r.result(true);
    Fraction[][] right = new Fraction[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        right[i][j] = done.result().get(i, n + j);
      }
    }
    return new Inverse(done, FractionMatrix.of(right), -1);
  }

  /** True if A has no inverse. */
  public boolean isSingular() {
    return inverse == null;
  }

  /**
   * Returns A^-1.
   *
   * @throws IllegalStateException if A is singular
   */
  public FractionMatrix inverse() {
    if (inverse == null) {
      throw new IllegalStateException(
          "the matrix is singular: column " + (failedColumn + 1) + " has no pivot");
    }
    return inverse;
  }

  /**
   * The 0-based column of A where no pivot was found, after the last recorded step; -1 when A is
   * invertible.
   */
  public int failedColumn() {
    return failedColumn;
  }

  /** The recorded reduction of [A | I]; for a singular A it ends where the pivot was missing. */
  public Reduction reduction() {
    return reduction;
  }

  /** The steps of {@link #reduction()}. */
  public List<Step> steps() {
    return reduction.steps();
  }

  /**
   * Returns the reduction chain in LaTeX followed by "\quad A^{-1} = [...]", or by "\quad
   * \text{column 2 has no pivot: } A \text{ is singular}".
   */
  public String toLatex() {
    String tail =
        inverse == null
            ? "\\text{column " + (failedColumn + 1) + " has no pivot: } A \\text{ is singular}"
            : "A^{-1} = " + Tex.array(inverse, -1);
    return reduction.toLatex() + " \\quad " + tail;
  }
}
