package org.mathforml.mathlib.internal;

import org.mathforml.mathlib.Fraction;

/**
 * Gaussian elimination over exact fractions, the way it is done by hand: work left to right, take
 * the first row with a non-zero entry in the column as pivot, swap it up and clear the entries
 * below it; {@link #reduce()} then scales pivots to 1 and clears above them (reduced row echelon
 * form). No partial pivoting by size: with exact arithmetic there is no rounding to control, and
 * hand-style pivots keep the intermediate matrices the ones a lesson would show.
 *
 * <p>Reference: G. Strang, Introduction to Linear Algebra, 5th ed., ch. 2 and 3.3.
 */
public final class RowReduction {

  private final Fraction[][] a;
  private final int[] pivotColumns;
  private int rank;
  private boolean oddSwaps;

  private RowReduction(Fraction[][] rows) {
    this.a = new Fraction[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      this.a[i] = rows[i].clone();
    }
    this.pivotColumns = new int[Math.min(rows.length, rows.length == 0 ? 0 : rows[0].length)];
  }

  /** Copies {@code rows} (rectangular, validated by the caller) into row echelon form. */
  public static RowReduction echelon(Fraction[][] rows) {
    RowReduction r = new RowReduction(rows);
    r.forward();
    return r;
  }

  private void forward() {
    int m = a.length;
    int n = m == 0 ? 0 : a[0].length;
    for (int col = 0; col < n && rank < m; col++) {
      int pivot = rank;
      while (pivot < m && a[pivot][col].isZero()) {
        pivot++;
      }
      if (pivot == m) {
        continue; // no pivot in this column: a free column
      }
      if (pivot != rank) {
        Fraction[] t = a[pivot];
        a[pivot] = a[rank];
        a[rank] = t;
        oddSwaps = !oddSwaps;
      }
      for (int i = rank + 1; i < m; i++) {
        subtractMultiple(i, rank, col, a[i][col].divide(a[rank][col]));
      }
      pivotColumns[rank] = col;
      rank++;
    }
  }

  /** Continues to reduced row echelon form: every pivot 1, zeros above and below it. */
  public RowReduction reduce() {
    for (int k = rank - 1; k >= 0; k--) {
      int col = pivotColumns[k];
      Fraction inverse = a[k][col].reciprocal();
      for (int j = col; j < a[k].length; j++) {
        a[k][j] = a[k][j].multiply(inverse);
      }
      for (int i = 0; i < k; i++) {
        subtractMultiple(i, k, col, a[i][col]);
      }
    }
    return this;
  }

  // row[target] -= factor * row[source], for columns from col on (earlier ones are zero).
  private void subtractMultiple(int target, int source, int col, Fraction factor) {
    if (factor.isZero()) {
      return;
    }
    for (int j = col; j < a[target].length; j++) {
      a[target][j] = a[target][j].subtract(factor.multiply(a[source][j]));
    }
  }

  /** The current rows; owned by this object, so callers copy before exposing them. */
  public Fraction[][] rows() {
    return a;
  }

  /** Number of pivots. */
  public int rank() {
    return rank;
  }

  /** Column of the pivot in row {@code k}, for {@code k < rank()}. */
  public int pivotColumn(int k) {
    if (k < 0 || k >= rank) {
      throw new IndexOutOfBoundsException("pivot " + k + " of " + rank);
    }
    return pivotColumns[k];
  }

  /**
   * Determinant of a square input: the product of the pivots of the echelon form, negated for an
   * odd number of row swaps; 0 when a column has no pivot.
   */
  public Fraction determinant() {
    if (rank < a.length) {
      return Fraction.ZERO;
    }
    Fraction product = Fraction.ONE;
    for (int i = 0; i < rank; i++) {
      product = product.multiply(a[i][i]);
    }
    return oddSwaps ? product.negate() : product;
  }
}
