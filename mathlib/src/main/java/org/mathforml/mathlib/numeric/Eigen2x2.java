package org.mathforml.mathlib.numeric;

/**
 * Eigenvalues and eigenvectors of a real 2x2 matrix [[a, b], [c, d]] in closed form: lambda = m +-
 * sqrt(h^2 + b c) with m = (a + d) / 2 and h = (a - d) / 2 (the roots of lambda^2 - tr lambda +
 * det, written so the discriminant does not cancel when b c >= 0).
 *
 * <p>Eigenvalues are sorted by real part, then imaginary part, both descending; a complex pair is m
 * + i w, m - i w. Each real eigenvalue has a unit eigenvector whose largest-magnitude component is
 * positive; a repeated eigenvalue gets an orthonormal basis of its eigenspace, or (defective
 * matrix, {@link #isDiagonalizable()} false) the same single eigenvector twice. Repeated
 * eigenvalues are recognised to a relative 1e-7 (see {@link SmallEigen}).
 */
public final class Eigen2x2 {

  private final SmallEigen result;

  private Eigen2x2(SmallEigen result) {
    this.result = result;
  }

  /**
   * Decomposes a 2x2 matrix.
   *
   * @throws IllegalArgumentException if the matrix is not 2x2
   */
  public static Eigen2x2 of(Matrix a) {
    if (a.rows() != 2 || a.cols() != 2) {
      throw new IllegalArgumentException("Eigen2x2 needs a 2x2 matrix, got " + a.shape());
    }
    double m = (a.get(0, 0) + a.get(1, 1)) / 2;
    double h = (a.get(0, 0) - a.get(1, 1)) / 2;
    double disc = h * h + a.get(0, 1) * a.get(1, 0);
    double[] re = new double[2];
    double[] im = new double[2];
    if (disc >= 0) {
      double s = Math.sqrt(disc);
      re[0] = m + s;
      re[1] = m - s;
    } else {
      double w = Math.sqrt(-disc);
      re[0] = m;
      re[1] = m;
      im[0] = w;
      im[1] = -w;
    }
    return new Eigen2x2(new SmallEigen(a, re, im));
  }

  /** The two eigenvalues, sorted (see the class comment). */
  public Complex[] eigenvalues() {
    return result.eigenvalues();
  }

  /** True if both eigenvalues are real. */
  public boolean isReal() {
    return result.isReal();
  }

  /** True if there are two independent real eigenvectors. */
  public boolean isDiagonalizable() {
    return result.isDiagonalizable();
  }

  /**
   * Unit eigenvector for eigenvalue i.
   *
   * @throws IllegalStateException if eigenvalue i is complex
   */
  public Vector eigenvector(int i) {
    return result.eigenvector(i);
  }
}
