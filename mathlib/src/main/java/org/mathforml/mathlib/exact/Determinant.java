package org.mathforml.mathlib.exact;

import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

/**
 * Entry point for determinants: {@link #of} for the value, {@link #alongRow}, {@link #alongColumn}
 * and {@link #byElimination} for the worked computation.
 */
public final class Determinant {

  private Determinant() {}

  /**
   * Returns det(A), by elimination.
   *
   * @throws IllegalArgumentException if A is not square
   */
  public static Fraction of(FractionMatrix a) {
    return byElimination(a).value();
  }

  /** Cofactor expansion along row i; see {@link CofactorExpansion#alongRow}. */
  public static CofactorExpansion alongRow(FractionMatrix a, int i) {
    return CofactorExpansion.alongRow(a, i);
  }

  /** Cofactor expansion along column j; see {@link CofactorExpansion#alongColumn}. */
  public static CofactorExpansion alongColumn(FractionMatrix a, int j) {
    return CofactorExpansion.alongColumn(a, j);
  }

  /** Determinant by elimination with recorded steps; see {@link EliminationDeterminant}. */
  public static EliminationDeterminant byElimination(FractionMatrix a) {
    return EliminationDeterminant.of(a);
  }
}
