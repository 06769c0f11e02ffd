package org.mathforml.mathlib.numeric;

/**
 * LU decomposition with partial pivoting, P A = L U, for a square matrix A: L unit lower
 * triangular, U upper triangular, P a row permutation chosen so each pivot is the largest entry (in
 * absolute value) of its column below the diagonal.
 *
 * <p>Algorithm: right-looking Gaussian elimination (Golub and Van Loan, <i>Matrix Computations</i>,
 * 4th ed., Algorithm 3.4.1), on one row-major array so that the inner update loop runs along a row.
 *
 * <p><b>Singularity.</b> A is treated as singular when some pivot satisfies |u_kk| <= tol *
 * max|a_ij|, with the relative tolerance {@link #DEFAULT_TOLERANCE} = 1e-12 unless given. Rounding
 * leaves the pivots of an exactly singular matrix near n * eps * max|a_ij| (about 1e-15 for the
 * sizes used here) rather than at 0, while matrices one solves in practice have pivots far above
 * 1e-12 of their largest entry (the 8 x 8 Hilbert matrix, condition number 1.5e10, has smallest
 * relative pivot about 1e-10). {@link #solve} and {@link #inverse} throw {@link
 * ArithmeticException} for a singular matrix; {@link #determinant()} is always the product of the
 * pivots (times the sign of P), so it may be tiny rather than 0.
 */
public final class LU {

  /** Default relative pivot tolerance for {@link #isSingular()}. */
  public static final double DEFAULT_TOLERANCE = 1e-12;

  private final int n;
  private final double[] lu;
  private final int[] perm;
  private final int sign;
  private final boolean singular;

  private LU(int n, double[] lu, int[] perm, int sign, boolean singular) {
    this.n = n;
    this.lu = lu;
    this.perm = perm;
    this.sign = sign;
    this.singular = singular;
  }

  /** Decomposes a square matrix with {@link #DEFAULT_TOLERANCE}. */
  public static LU of(Matrix a) {
    return of(a, DEFAULT_TOLERANCE);
  }

  /**
   * Decomposes a square matrix; {@code relativeTolerance} (>= 0) sets {@link #isSingular()}.
   *
   * @throws IllegalArgumentException if A is not square or the tolerance is negative or NaN
   */
  public static LU of(Matrix a, double relativeTolerance) {
    a.requireSquare("LU");
    if (!(relativeTolerance >= 0)) {
      throw new IllegalArgumentException("tolerance must be >= 0, got " + relativeTolerance);
    }
    int n = a.rows();
    double[] lu = a.data().clone();
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    int sign = 1;
    boolean singular = false;
    double threshold = relativeTolerance * a.maxAbs();
    for (int k = 0; k < n; k++) {
      int p = k;
      double best = Math.abs(lu[k * n + k]);
      for (int i = k + 1; i < n; i++) {
        double v = Math.abs(lu[i * n + k]);
        if (v > best) {
          best = v;
          p = i;
        }
      }
      if (p != k) {
        swapRows(lu, n, p, k);
        int t = perm[p];
        perm[p] = perm[k];
        perm[k] = t;
        sign = -sign;
      }
      if (best <= threshold) {
        singular = true;
      }
      if (best == 0) {
        continue; // column already zero below the diagonal: nothing to eliminate
      }
      double pivot = lu[k * n + k];
      int rk = k * n;
      for (int i = k + 1; i < n; i++) {
        int ri = i * n;
        double l = lu[ri + k] / pivot;
        lu[ri + k] = l;
        if (l == 0) {
          continue;
        }
        for (int j = k + 1; j < n; j++) {
          lu[ri + j] -= l * lu[rk + j];
        }
      }
    }
    return new LU(n, lu, perm, sign, singular);
  }

  private static void swapRows(double[] a, int n, int p, int k) {
    int rp = p * n;
    int rk = k * n;
    for (int j = 0; j < n; j++) {
      double t = a[rp + j];
      a[rp + j] = a[rk + j];
      a[rk + j] = t;
    }
  }

  /** True if a pivot is at or below the relative tolerance (see the class comment). */
  public boolean isSingular() {
    return singular;
  }

  /** det A = sign(P) * prod u_kk. */
  public double determinant() {
    double d = sign;
    for (int k = 0; k < n; k++) {
      d *= lu[k * n + k];
    }
    return d == 0 ? 0.0 : d; // no -0.0
  }

  /** The unit lower triangular factor L. */
  public Matrix l() {
    double[] l = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        l[i * n + j] = lu[i * n + j];
      }
      l[i * n + i] = 1;
    }
    return Matrix.wrap(n, n, l);
  }

  /** The upper triangular factor U. */
  public Matrix u() {
    double[] u = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        u[i * n + j] = lu[i * n + j];
      }
    }
    return Matrix.wrap(n, n, u);
  }

  /** The permutation matrix P with P A = L U. */
  public Matrix p() {
    double[] p = new double[n * n];
    for (int i = 0; i < n; i++) {
      p[i * n + perm[i]] = 1;
    }
    return Matrix.wrap(n, n, p);
  }

  /** Row i of P A is row pivot()[i] of A. */
  public int[] pivot() {
    return perm.clone();
  }

  /**
   * Solves A x = b by forward and back substitution.
   *
   * @throws ArithmeticException if A is singular
   */
  public Vector solve(Vector b) {
    if (b.dimension() != n) {
      throw new IllegalArgumentException(
          "right-hand side has dimension " + b.dimension() + ", expected " + n);
    }
    requireNonSingular();
    double[] x = new double[n];
    double[] bd = b.data();
    for (int i = 0; i < n; i++) {
      x[i] = bd[perm[i]];
    }
    substitute(x, 1);
    return Vector.wrap(x);
  }

  /**
   * Solves A X = B column by column (all columns at once, row-major).
   *
   * @throws ArithmeticException if A is singular
   */
  public Matrix solve(Matrix b) {
    if (b.rows() != n) {
      throw new IllegalArgumentException(
          "right-hand side has " + b.rows() + " rows, expected " + n);
    }
    requireNonSingular();
    int m = b.cols();
    double[] x = new double[n * m];
    double[] bd = b.data();
    for (int i = 0; i < n; i++) {
      System.arraycopy(bd, perm[i] * m, x, i * m, m);
    }
    substitute(x, m);
    return Matrix.wrap(n, m, x);
  }

  /** In place: x (n x m, row-major) := U^-1 L^-1 x. */
  private void substitute(double[] x, int m) {
    for (int i = 1; i < n; i++) {
      int ri = i * m;
      for (int k = 0; k < i; k++) {
        double l = lu[i * n + k];
        if (l == 0) {
          continue;
        }
        int rk = k * m;
        for (int j = 0; j < m; j++) {
          x[ri + j] -= l * x[rk + j];
        }
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      int ri = i * m;
      for (int k = i + 1; k < n; k++) {
        double u = lu[i * n + k];
        if (u == 0) {
          continue;
        }
        int rk = k * m;
        for (int j = 0; j < m; j++) {
          x[ri + j] -= u * x[rk + j];
        }
      }
      double d = lu[i * n + i];
      for (int j = 0; j < m; j++) {
        x[ri + j] /= d;
      }
    }
  }

  /**
   * A^-1, by solving A X = I.
   *
   * @throws ArithmeticException if A is singular
   */
  public Matrix inverse() {
    return solve(Matrix.identity(n));
  }

  private void requireNonSingular() {
    if (singular) {
      throw new ArithmeticException(
          "matrix is singular (a pivot is below the relative " + "tolerance)");
    }
  }
}
