package org.mathforml.mathlib.numeric;

/**
 * Cholesky decomposition A = L L^T of a symmetric positive definite matrix, L lower triangular with
 * positive diagonal: l_jj = sqrt(a_jj - sum_{k<j} l_jk^2), l_ij = (a_ij - sum_{k<j} l_ik l_jk) /
 * l_jj (Golub and Van Loan, <i>Matrix Computations</i>, 4th ed., Algorithm 4.2.1, row-oriented so
 * the inner sums run along rows of L).
 *
 * <p>Symmetry is checked with relative tolerance {@link #SYMMETRY_TOLERANCE}; a pivot l_jj^2 <=
 * {@link #PIVOT_TOLERANCE} * max|a_ii| means "not (numerically) positive definite".
 */
public final class Cholesky {

  /** |a_ij - a_ji| allowed, relative to max|a_ij|: room for a product like X^T X rounded. */
  public static final double SYMMETRY_TOLERANCE = 1e-12;

  /** Smallest pivot allowed, relative to the largest diagonal entry. */
  public static final double PIVOT_TOLERANCE = 1e-14;

  private final int n;
  private final double[] l;

  private Cholesky(int n, double[] l) {
    this.n = n;
    this.l = l;
  }

  /**
   * Decomposes A.
   *
   * @throws IllegalArgumentException if A is not square, not symmetric, or not positive definite
   */
  public static Cholesky of(Matrix a) {
    return of(a, PIVOT_TOLERANCE);
  }

  /** As {@link #of(Matrix)} with a chosen relative pivot tolerance. */
  static Cholesky of(Matrix a, double pivotTolerance) {
    a.requireSquare("Cholesky");
    if (!a.isSymmetric(SYMMETRY_TOLERANCE)) {
      throw new IllegalArgumentException("Cholesky needs a symmetric matrix");
    }
    int n = a.rows();
    double[] ad = a.data();
    double maxDiag = 0;
    for (int i = 0; i < n; i++) {
      maxDiag = Math.max(maxDiag, Math.abs(ad[i * n + i]));
    }
    double[] l = new double[n * n];
    for (int i = 0; i < n; i++) {
      int ri = i * n;
      for (int j = 0; j <= i; j++) {
        int rj = j * n;
        double s = ad[ri + j];
        for (int k = 0; k < j; k++) {
          s -= l[ri + k] * l[rj + k];
        }
        if (i == j) {
          if (!(s > pivotTolerance * maxDiag)) {
            throw new IllegalArgumentException(
                "matrix is not positive definite (pivot " + j + " is " + s + ")");
          }
          l[ri + i] = Math.sqrt(s);
        } else {
          l[ri + j] = s / l[rj + j];
        }
      }
    }
    return new Cholesky(n, l);
  }

  /** The lower triangular factor L. */
  public Matrix l() {
    return Matrix.wrap(n, n, l.clone());
  }

  /** det A = prod l_ii^2. */
  public double determinant() {
    double d = 1;
    for (int i = 0; i < n; i++) {
      d *= l[i * n + i] * l[i * n + i];
    }
    return d;
  }

  /** Solves A x = b: L y = b forward, then L^T x = y backward. */
  public Vector solve(Vector b) {
    if (b.dimension() != n) {
      throw new IllegalArgumentException(
          "right-hand side has dimension " + b.dimension() + ", expected " + n);
    }
    double[] x = b.toArray();
    for (int i = 0; i < n; i++) {
      double s = x[i];
      for (int k = 0; k < i; k++) {
        s -= l[i * n + k] * x[k];
      }
      x[i] = s / l[i * n + i];
    }
    for (int i = n - 1; i >= 0; i--) {
      double s = x[i];
      for (int k = i + 1; k < n; k++) {
        s -= l[k * n + i] * x[k];
      }
      x[i] = s / l[i * n + i];
    }
    return Vector.wrap(x);
  }
}
