package org.mathforml.mathlib.exact;

import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

/**
 * Predicates for echelon forms, so a quiz can accept any correct row echelon form a student
 * reached, not just the one {@link Elimination} happens to produce.
 *
 * <p>Row echelon form (Lay, Linear Algebra and Its Applications, 5th ed., 1.2): zero rows are at
 * the bottom, and each non-zero row's leading entry is strictly to the right of the leading entry
 * of the row above. Reduced: in addition every leading entry is 1 and is the only non-zero entry of
 * its column. Leading entries need not be 1 in a row echelon form.
 */
public final class EchelonForm {

  private EchelonForm() {}

  /** Returns the column of the first non-zero entry of row r (0-based), or -1 for a zero row. */
  public static int leadingColumn(FractionMatrix m, int r) {
    for (int j = 0; j < m.cols(); j++) {
      if (!m.get(r, j).isZero()) {
        return j;
      }
    }
    return -1;
  }

  /** True if M is in row echelon form. */
  public static boolean isRowEchelon(FractionMatrix m) {
    int previous = -1;
    boolean zeroRowSeen = false;
    for (int i = 0; i < m.rows(); i++) {
      int lead = leadingColumn(m, i);
      if (lead < 0) {
        zeroRowSeen = true;
      } else if (zeroRowSeen || lead <= previous) {
        return false;
      } else {
        previous = lead;
      }
    }
    return true;
  }

  /** True if M is in reduced row echelon form. */
  public static boolean isReducedRowEchelon(FractionMatrix m) {
    if (!isRowEchelon(m)) {
      return false;
    }
    for (int i = 0; i < m.rows(); i++) {
      int lead = leadingColumn(m, i);
      if (lead < 0) {
        break;
      }
      if (!m.get(i, lead).equals(Fraction.ONE)) {
        return false;
      }
      for (int k = 0; k < m.rows(); k++) {
        if (k != i && !m.get(k, lead).isZero()) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * True if A and B are row equivalent (one can be reached from the other by row operations): same
   * shape and the same reduced row echelon form, which is unique.
   */
  public static boolean isRowEquivalent(FractionMatrix a, FractionMatrix b) {
    return a.rows() == b.rows()
        && a.cols() == b.cols()
        && Elimination.toReduced(a).result().equals(Elimination.toReduced(b).result());
  }

  /** True if M is a row echelon form of A: in row echelon form and row equivalent to A. */
  public static boolean isRowEchelonFormOf(FractionMatrix m, FractionMatrix a) {
    return isRowEchelon(m) && isRowEquivalent(m, a);
  }

  /** True if M is the reduced row echelon form of A. */
  public static boolean isReducedRowEchelonFormOf(FractionMatrix m, FractionMatrix a) {
    return m.equals(Elimination.toReduced(a).result());
  }
}
