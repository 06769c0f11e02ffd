package org.mathforml.mathlib.exact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.internal.Tex;

/**
 * A recorded row reduction: the input, every {@link Step}, the resulting echelon form and its
 * pivots. With E_1, ..., E_k the elementary matrices of the steps, E_k ... E_1 A = result().
 * Immutable.
 */
public final class Reduction {

  private final FractionMatrix input;
  private final int split;
  private final List<Step> steps;
  private final FractionMatrix result;
  private final int[] pivotColumns;
  private final boolean reduced;

  Reduction(
      FractionMatrix input,
      int split,
      List<Step> steps,
      FractionMatrix result,
      int[] pivotColumns,
      boolean reduced) {
    this.input = input;
    this.split = split;
    this.steps = Collections.unmodifiableList(new ArrayList<>(steps));
    this.result = result;
    this.pivotColumns = pivotColumns;
    this.reduced = reduced;
  }

  /** The matrix that was reduced. */
  public FractionMatrix input() {
    return input;
  }

  /** The steps in order; empty when the input already had the wanted form. */
  public List<Step> steps() {
    return steps;
  }

  /** The final matrix: a row echelon form, or the reduced one if {@link #isReduced()}. */
  public FractionMatrix result() {
    return result;
  }

  /** True if the result is the reduced row echelon form, false for a row echelon form. */
  public boolean isReduced() {
    return reduced;
  }

  /** A copy of the pivot columns (0-based), one per non-zero row of the result. */
  public int[] pivotColumns() {
    return pivotColumns.clone();
  }

  /** The number of pivots, i.e. the rank of the input. */
  public int rank() {
    return pivotColumns.length;
  }

  /** The number of row swaps among the steps. */
  public int swaps() {
    int count = 0;
    for (Step s : steps) {
      if (s.operation().kind() == RowOperation.Kind.SWAP) {
        count++;
      }
    }
    return count;
  }

  /**
   * The product of det(E_i) over the steps, so det(result) = product * det(input) for a square
   * input.
   */
  public Fraction determinantFactor() {
    Fraction product = Fraction.ONE;
    for (Step s : steps) {
      product = product.multiply(s.operation().determinantFactor());
    }
    return product;
  }

  /**
   * Column of the augmentation bar (0-based) when the input is an augmented matrix such as [A | b],
   * otherwise -1.
   */
  public int split() {
    return split;
  }

  /**
   * Returns the whole reduction as one LaTeX chain: the input, then "\xrightarrow{operation}" and
   * the matrix after it for every step.
   */
  public String toLatex() {
    StringBuilder sb = new StringBuilder(Tex.array(input, split));
    for (Step s : steps) {
      sb.append(' ').append(s.toLatex());
    }
    return sb.toString();
  }

  /** Returns the input and one line per step, "R2 &lt;- R2 - 3 R1: [1 2; 0 -1]". */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(input.toString());
    for (Step s : steps) {
      sb.append('\n').append(s);
    }
    return sb.toString();
  }
}
