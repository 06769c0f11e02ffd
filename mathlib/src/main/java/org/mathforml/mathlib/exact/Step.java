package org.mathforml.mathlib.exact;

import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.internal.Tex;

/** One step of a row reduction: the operation and the matrix right after it. Immutable. */
public final class Step {

  private final RowOperation operation;
  private final FractionMatrix matrix;
  private final int split;

  Step(RowOperation operation, FractionMatrix matrix, int split) {
    this.operation = operation;
    this.matrix = matrix;
    this.split = split;
  }

  /** The row operation of this step. */
  public RowOperation operation() {
    return operation;
  }

  /** The matrix after the operation. */
  public FractionMatrix matrix() {
    return matrix;
  }

  /**
   * Returns "\xrightarrow{R_2 \leftarrow R_2 - 3R_1} [matrix]", to follow the previous matrix in a
   * chain; augmented matrices keep their bar.
   */
  public String toLatex() {
    return "\\xrightarrow{" + operation.toLatex() + "} " + Tex.array(matrix, split);
  }

  /** Returns "R2 &lt;- R2 - 3 R1: [1 2; 0 -1]". */
  @Override
  public String toString() {
    return operation + ": " + matrix;
  }
}
