package org.mathforml.mathlib.exact;

import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

/**
 * det(A) by elimination, with the steps recorded: row operations change the determinant in known
 * ways (a swap negates it, scaling a row by c multiplies it by c, adding a multiple of a row leaves
 * it alone), and the echelon form U of a square matrix is upper triangular, so det A = det U /
 * (product of the operations' factors) = (-1)^s u_11 ... u_nn with s swaps (Strang, Introduction to
 * Linear Algebra, 5th ed., 5.1-5.2). Any size. Immutable.
 */
public final class EliminationDeterminant {

  private final Reduction reduction;
  private final Fraction value;

  private EliminationDeterminant(Reduction reduction, Fraction value) {
    this.reduction = reduction;
    this.value = value;
  }

  /**
   * Computes det(A) by reducing A to a row echelon form.
   *
   * @throws IllegalArgumentException if A is not square
   */
  public static EliminationDeterminant of(FractionMatrix a) {
    if (!a.isSquare()) {
      throw new IllegalArgumentException(
          "determinant of a non-square " + a.rows() + "x" + a.cols() + " matrix");
    }
    Reduction r = Elimination.toEchelon(a);
    return new EliminationDeterminant(r, diagonalProduct(r.result()).divide(r.determinantFactor()));
  }

  private static Fraction diagonalProduct(FractionMatrix u) {
    Fraction product = Fraction.ONE;
    for (int i = 0; i < u.rows(); i++) {
      product = product.multiply(u.get(i, i));
    }
    return product;
  }

  /** det(A). */
  public Fraction value() {
    return value;
  }

  /** The recorded reduction to the upper triangular echelon form U. */
  public Reduction reduction() {
    return reduction;
  }

  /** The number of row swaps s, each of which flipped the sign. */
  public int swaps() {
    return reduction.swaps();
  }

  /**
   * Returns LaTeX to follow "\det A = ": "(-1)^{1}(2)(3)(\frac{1}{2}) = -3", the diagonal of U with
   * the sign factor only when there were swaps.
   */
  public String toLatex() {
    StringBuilder sb = new StringBuilder();
    if (swaps() > 0) {
      sb.append("(-1)^{").append(swaps()).append('}');
    }
    FractionMatrix u = reduction.result();
    for (int i = 0; i < u.rows(); i++) {
      sb.append('(').append(u.get(i, i).toLatex()).append(')');
    }
    return sb.append(" = ").append(value.toLatex()).toString();
  }
}
