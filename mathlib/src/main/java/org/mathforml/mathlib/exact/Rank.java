package org.mathforml.mathlib.exact;

import org.mathforml.mathlib.FractionMatrix;

/**
 * Rank and nullity, exactly: rank(A) is the number of pivots of a row echelon form of A, and by the
 * rank-nullity theorem the null space has dimension n - rank(A) (Strang, Introduction to Linear
 * Algebra, 5th ed., 3.3). No tolerance: a pivot is either 0 or it is not.
 */
public final class Rank {

  private Rank() {}

  /** Returns rank(A). */
  public static int of(FractionMatrix a) {
    return Elimination.toEchelon(a).rank();
  }

  /** Returns n - rank(A), the dimension of the null space of the m x n matrix A. */
  public static int nullity(FractionMatrix a) {
    return a.cols() - of(a);
  }
}
