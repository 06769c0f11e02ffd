package org.mathforml.mathlib.exact;

import java.util.ArrayList;
import java.util.List;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

/**
 * The row reduction engine behind {@link Elimination}, {@link Inverse} and {@link
 * ParametricSolution}: applies operations one at a time and records each with the matrix after it.
 *
 * <p>Forward phase (Gaussian elimination): left to right, the first row at or below the current one
 * with a non-zero entry is the pivot, swapped up only if it is not already there, and multiples of
 * it are subtracted from the rows below. Backward phase (Lay, Linear Algebra and Its Applications,
 * 5th ed., 1.2): from the last pivot up, scale the pivot to 1 and clear the entries above it.
 * Operations that change nothing (adding 0 times a row, scaling by 1) are not recorded, as nobody
 * writes them by hand. No partial pivoting: the arithmetic is exact, and hand-style pivots keep the
 * steps the ones a lesson shows.
 */
final class Reducer {

  private final FractionMatrix input;
  private final int split;
  private final int pivotLimit;
  private final List<Step> steps = new ArrayList<>();
  private final int[] pivots;
  private FractionMatrix current;
  private int rank;

  /** Pivots are only sought in columns below {@code pivotLimit}; {@code split} is for display. */
  Reducer(FractionMatrix input, int split, int pivotLimit) {
    this.input = input;
    this.split = split;
    this.pivotLimit = pivotLimit;
    this.current = input;
    this.pivots = new int[Math.min(input.rows(), pivotLimit)];
  }

  /**
   * Runs the forward phase. Returns -1, or with {@code stopAtMissingPivot} the first column without
   * a pivot, where it stopped.
   */
  int forward(boolean stopAtMissingPivot) {
    int m = current.rows();
    for (int col = 0; col < pivotLimit && rank < m; col++) {
      int p = rank;
      while (p < m && current.get(p, col).isZero()) {
        p++;
      }
      if (p == m) {
        if (stopAtMissingPivot) {
          return col;
        }
        continue; // a free column
      }
      if (p != rank) {
        apply(RowOperation.swap(rank, p));
      }
      Fraction pivot = current.get(rank, col);
      for (int i = rank + 1; i < m; i++) {
        Fraction below = current.get(i, col);
        if (!below.isZero()) {
          apply(RowOperation.addMultiple(i, rank, below.divide(pivot).negate()));
        }
      }
      pivots[rank++] = col;
    }
    if (stopAtMissingPivot && rank < pivotLimit) {
      return rank; // more columns than rows: the first column past the last row has no pivot
    }
    return -1;
  }

  /** Runs the backward phase, after {@link #forward}: reduced row echelon form. */
  void backward() {
    for (int k = rank - 1; k >= 0; k--) {
      int col = pivots[k];
      Fraction pivot = current.get(k, col);
      if (!pivot.equals(Fraction.ONE)) {
        apply(RowOperation.scale(k, pivot.reciprocal()));
      }
      for (int i = 0; i < k; i++) {
        Fraction above = current.get(i, col);
        if (!above.isZero()) {
          apply(RowOperation.addMultiple(i, k, above.negate()));
        }
      }
    }
  }

  private void apply(RowOperation op) {
    current = op.apply(current);
    steps.add(new Step(op, current, split));
  }

  Reduction result(boolean reduced) {
    int[] p = new int[rank];
    System.arraycopy(pivots, 0, p, 0, rank);
    return new Reduction(input, split, steps, current, p, reduced);
  }
}
