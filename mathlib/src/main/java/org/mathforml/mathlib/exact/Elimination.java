package org.mathforml.mathlib.exact;

import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

/**
 * Row reduction with every step recorded, the way it is done by hand: Gaussian elimination to a row
 * echelon form, then Gauss-Jordan's backward phase to the reduced row echelon form.
 *
 * <p>Pivoting is textbook pivoting: the first non-zero entry at or below the current row, and a
 * swap only when the current row has a zero there. The echelon form is the one {@link
 * FractionMatrix#rowEchelon()} gives (pivots are not scaled to 1); the reduced form is unique.
 * References: Strang, Introduction to Linear Algebra, 5th ed., 2.2 and 3.3; Lay, Linear Algebra and
 * Its Applications, 5th ed., 1.2.
 */
public final class Elimination {

  private Elimination() {}

  /** Reduces A to a row echelon form, recording each step. */
  public static Reduction toEchelon(FractionMatrix a) {
    Reducer r = new Reducer(a, -1, a.cols());
    r.forward(false);
    return r.result(false);
  }

  /** Reduces A to its reduced row echelon form, recording each step. */
  public static Reduction toReduced(FractionMatrix a) {
    Reducer r = new Reducer(a, -1, a.cols());
    r.forward(false);
    r.backward();
    return r.result(true);
  }

  /**
   * Reduces the augmented matrix [A | B] to its reduced row echelon form; the bar is kept in LaTeX.
   * A pivot in a column of B means an inconsistent system when B is one column b.
   *
   * @throws IllegalArgumentException if A and B have different numbers of rows
   */
  public static Reduction toReducedAugmented(FractionMatrix a, FractionMatrix b) {
    Reducer r = new Reducer(augment(a, b), a.cols(), a.cols() + b.cols());
    r.forward(false);
    r.backward();
    return r.result(true);
  }

  /**
   * Returns [A | B].
   *
   * @throws IllegalArgumentException if A and B have different numbers of rows
   */
  static FractionMatrix augment(FractionMatrix a, FractionMatrix b) {
    if (a.rows() != b.rows()) {
      throw new IllegalArgumentException("cannot augment " + a.rows() + " rows with " + b.rows());
    }
    Fraction[][] rows = new Fraction[a.rows()][a.cols() + b.cols()];
    for (int i = 0; i < a.rows(); i++) {
      for (int j = 0; j < a.cols(); j++) {
        rows[i][j] = a.get(i, j);
      }
      for (int j = 0; j < b.cols(); j++) {
        rows[i][a.cols() + j] = b.get(i, j);
      }
    }
    return FractionMatrix.of(rows);
  }
}
