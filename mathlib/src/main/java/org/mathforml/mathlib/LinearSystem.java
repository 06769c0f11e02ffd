package org.mathforml.mathlib;

import org.mathforml.mathlib.internal.RowReduction;

/**
 * A system of m linear equations in n unknowns, Ax = b, with exact coefficients.
 *
 * <p>{@link #solve()} row-reduces the augmented matrix [A | b] (Gauss–Jordan elimination) and reads
 * the kind of solution off the pivots: a pivot in the last column means 0 = 1, so no solution; a
 * pivot in every unknown's column means a unique solution; otherwise some unknowns are free.
 */
public final class LinearSystem {

  private final FractionMatrix augmented;

  private LinearSystem(FractionMatrix augmented) {
    this.augmented = augmented;
  }

  /**
   * Returns the system Ax = b.
   *
   * @throws IllegalArgumentException if constants.length != coefficients.rows() or an entry is null
   */
  public static LinearSystem of(FractionMatrix coefficients, Fraction[] constants) {
    if (constants == null || constants.length != coefficients.rows()) {
      throw new IllegalArgumentException(
          "need "
              + coefficients.rows()
              + " constants, got "
              + (constants == null ? "null" : Integer.toString(constants.length)));
    }
    Fraction[][] rows = new Fraction[coefficients.rows()][coefficients.cols() + 1];
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < coefficients.cols(); j++) {
        rows[i][j] = coefficients.get(i, j);
      }
      rows[i][coefficients.cols()] = constants[i];
    }
    return new LinearSystem(FractionMatrix.of(rows));
  }

  /**
   * Returns the system whose augmented matrix is [A | b]: the last column holds the constants.
   *
   * @throws IllegalArgumentException if there are fewer than 2 columns
   */
  public static LinearSystem ofAugmented(FractionMatrix augmented) {
    if (augmented.cols() < 2) {
      throw new IllegalArgumentException(
          "an augmented matrix needs at least 2 columns, has " + augmented.cols());
    }
    return new LinearSystem(augmented);
  }

  /** Returns the number of equations m. */
  public int equations() {
    return augmented.rows();
  }

  /** Returns the number of unknowns n. */
  public int unknowns() {
    return augmented.cols() - 1;
  }

  /** Returns the augmented matrix [A | b]. */
  public FractionMatrix augmented() {
    return augmented;
  }

  /** Returns the coefficient matrix A. */
  public FractionMatrix coefficients() {
    Fraction[][] rows = augmented.toArray();
    Fraction[][] a = new Fraction[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      a[i] = new Fraction[unknowns()];
      System.arraycopy(rows[i], 0, a[i], 0, unknowns());
    }
    return FractionMatrix.of(a);
  }

  /** Returns a copy of the constants b. */
  public Fraction[] constants() {
    Fraction[] b = new Fraction[equations()];
    for (int i = 0; i < b.length; i++) {
      b[i] = augmented.get(i, unknowns());
    }
    return b;
  }

  /** Solves the system exactly by Gauss–Jordan elimination. */
  public Solution solve() {
    int n = unknowns();
    RowReduction rref = RowReduction.echelon(augmented.toArray()).reduce();
    int rank = rref.rank();
    if (rank > 0 && rref.pivotColumn(rank - 1) == n) {
      return Solution.none(rank - 1, n); // a row reads 0 = 1
    }
    if (rank < n) {
      return Solution.infinite(rank, n);
    }
    Fraction[][] rows = rref.rows();
    Fraction[] x = new Fraction[n];
    for (int i = 0; i < n; i++) {
      x[i] = rows[i][n]; // pivot i sits in column i, scaled to 1
    }
    return Solution.unique(x);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof LinearSystem && augmented.equals(((LinearSystem) obj).augmented);
  }

  @Override
  public int hashCode() {
    return augmented.hashCode();
  }

  /** Returns the augmented matrix in the form {@link FractionMatrix#parse} reads. */
  @Override
  public String toString() {
    return augmented.toString();
  }
}
