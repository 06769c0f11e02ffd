package org.mathforml.mathlib.exact;

import java.util.ArrayList;
import java.util.List;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

/**
 * Bases of the fundamental subspaces of an m x n matrix A, read off its reduced row echelon form R
 * (Strang, Introduction to Linear Algebra, 5th ed., 3.2-3.5):
 *
 * <ul>
 *   <li>null space: one "special solution" per free column f of R (x_f = 1, the other free
 *       variables 0, each pivot variable minus its row's entry in column f): n - rank vectors;
 *   <li>column space: the columns of A (not of R) in the pivot columns: rank vectors;
 *   <li>row space: the non-zero rows of R: rank vectors.
 * </ul>
 *
 * A basis of the zero subspace is the empty list.
 */
public final class Subspaces {

  private Subspaces() {}

  /** A basis of N(A) = {x : Ax = 0}, in free-column order. */
  public static List<FractionVector> nullSpace(FractionMatrix a) {
    Reduction r = Elimination.toReduced(a);
    return ParametricSolution.directions(r.result(), r.pivotColumns(), a.cols());
  }

  /** A basis of C(A): the pivot columns of A itself. */
  public static List<FractionVector> columnSpace(FractionMatrix a) {
    List<FractionVector> basis = new ArrayList<>();
    for (int c : Elimination.toEchelon(a).pivotColumns()) {
      basis.add(FractionVector.column(a, c));
    }
    return basis;
  }

  /** A basis of the row space C(A^T): the non-zero rows of rref(A). */
  public static List<FractionVector> rowSpace(FractionMatrix a) {
    Reduction r = Elimination.toReduced(a);
    List<FractionVector> basis = new ArrayList<>();
    for (int i = 0; i < r.rank(); i++) {
      basis.add(FractionVector.of(r.result().row(i)));
    }
    return basis;
  }

  /**
   * Returns the matrix whose columns are the given vectors.
   *
   * @throws IllegalArgumentException if the list is empty or the sizes differ
   */
  static FractionMatrix asColumns(List<FractionVector> vectors) {
    if (vectors == null || vectors.isEmpty()) {
      throw new IllegalArgumentException("need at least one vector");
    }
    int m = vectors.get(0).size();
    Fraction[][] rows = new Fraction[m][vectors.size()];
    for (int j = 0; j < vectors.size(); j++) {
      FractionVector v = vectors.get(j);
      if (v == null || v.size() != m) {
        throw new IllegalArgumentException(
            "vector "
                + (j + 1)
                + " has "
                + (v == null ? "no" : Integer.toString(v.size()))
                + " components, vector 1 has "
                + m);
      }
      for (int i = 0; i < m; i++) {
        rows[i][j] = v.get(i);
      }
    }
    return FractionMatrix.of(rows);
  }
}
