package org.mathforml.mathlib.numeric;

/**
 * QR decomposition A = Q R of an m x n matrix by Householder reflections: Q is m x m orthogonal, R
 * is m x n upper triangular. Reflection k maps column k (from row k down) to (r_kk, 0, ..., 0) with
 * r_kk = -sign(a_kk) |x|, the sign that avoids cancellation (Golub and Van Loan, <i>Matrix
 * Computations</i>, 4th ed., Section 5.2.2). This is also Commons Math's convention, so R agrees
 * with its {@code QRDecomposition} entry by entry.
 *
 * <p>The factorisation works on A^T stored row-major, so each column of A is a contiguous row.
 *
 * <p><b>Rank.</b> A (with m >= n) is treated as rank deficient when some |r_kk| <= tol * c, where c
 * is the largest column norm of A and tol = {@link #DEFAULT_TOLERANCE} = 1e-12 unless given: an
 * exactly dependent column leaves |r_kk| of order eps * c after rounding.
 */
public final class QR {

  /** Default relative tolerance on |r_kk| for {@link #isFullRank()}. */
  public static final double DEFAULT_TOLERANCE = 1e-12;

  private final int m;
  private final int n;
  private final double[] qrt; // n x m: Householder vectors below/on the diagonal, R above
  private final double[] rDiag;
  private final boolean fullRank;

  private QR(int m, int n, double[] qrt, double[] rDiag, boolean fullRank) {
    this.m = m;
    this.n = n;
    this.qrt = qrt;
    this.rDiag = rDiag;
    this.fullRank = fullRank;
  }

  /** Decomposes A with {@link #DEFAULT_TOLERANCE}. */
  public static QR of(Matrix a) {
    return of(a, DEFAULT_TOLERANCE);
  }

  /** Decomposes A; {@code relativeTolerance} (>= 0) sets {@link #isFullRank()}. */
  public static QR of(Matrix a, double relativeTolerance) {
    if (!(relativeTolerance >= 0)) {
      throw new IllegalArgumentException("tolerance must be >= 0, got " + relativeTolerance);
    }
    int m = a.rows();
    int n = a.cols();
    double[] qrt = a.transpose().data();
    int steps = Math.min(m, n);
    double[] rDiag = new double[steps];
    double maxColumnNorm = 0;
    for (int j = 0; j < n; j++) {
      double s = 0;
      for (int i = 0; i < m; i++) {
        s += qrt[j * m + i] * qrt[j * m + i];
      }
      maxColumnNorm = Math.max(maxColumnNorm, Math.sqrt(s));
    }
    for (int k = 0; k < steps; k++) {
      int rk = k * m;
      double normSq = 0;
      for (int i = k; i < m; i++) {
        normSq += qrt[rk + i] * qrt[rk + i];
      }
      double alpha = qrt[rk + k] > 0 ? -Math.sqrt(normSq) : Math.sqrt(normSq);
      rDiag[k] = alpha;
      if (alpha == 0) {
        continue;
      }
      qrt[rk + k] -= alpha; // v = x - alpha e1; H = I - v v^T / (-alpha v_k)
      double denom = alpha * qrt[rk + k];
      for (int j = k + 1; j < n; j++) {
        int rj = j * m;
        double dot = 0;
        for (int i = k; i < m; i++) {
          dot += qrt[rj + i] * qrt[rk + i];
        }
        dot /= denom;
        for (int i = k; i < m; i++) {
          qrt[rj + i] += dot * qrt[rk + i];
        }
      }
    }
    boolean fullRank = m >= n;
    double threshold = relativeTolerance * maxColumnNorm;
    for (int k = 0; k < steps && fullRank; k++) {
      fullRank = Math.abs(rDiag[k]) > threshold;
    }
    return new QR(m, n, qrt, rDiag, fullRank);
  }

  /** True if m >= n and every |r_kk| is above the relative tolerance. */
  public boolean isFullRank() {
    return fullRank;
  }

  /** The m x n upper triangular factor R. */
  public Matrix r() {
    double[] r = new double[m * n];
    for (int i = 0; i < Math.min(m, n); i++) {
      r[i * n + i] = rDiag[i];
      for (int j = i + 1; j < n; j++) {
        r[i * n + j] = qrt[j * m + i];
      }
    }
    return Matrix.wrap(m, n, r);
  }

  /** The m x m orthogonal factor Q, accumulated by applying the reflections to I backwards. */
  public Matrix q() {
    double[] qt = new double[m * m]; // row c of qt is column c of Q
    for (int k = m - 1; k >= Math.min(m, n); k--) {
      qt[k * m + k] = 1;
    }
    for (int k = Math.min(m, n) - 1; k >= 0; k--) {
      int rk = k * m;
      qt[k * m + k] = 1;
      if (qrt[rk + k] == 0) {
        continue;
      }
      double denom = rDiag[k] * qrt[rk + k];
      for (int c = k; c < m; c++) {
        int rc = c * m;
        double dot = 0;
        for (int i = k; i < m; i++) {
          dot += qt[rc + i] * qrt[rk + i];
        }
        dot /= denom;
        for (int i = k; i < m; i++) {
          qt[rc + i] += dot * qrt[rk + i];
        }
      }
    }
    return Matrix.wrap(m, m, qt).transpose();
  }

  /**
   * The least-squares solution x minimising |A x - b| (the exact solution when A is square and
   * invertible): Q^T b by the reflections, then back substitution with the top n x n of R.
   *
   * @throws ArithmeticException if A is not of full column rank (includes m < n)
   */
  public Vector solve(Vector b) {
    if (b.dimension() != m) {
      throw new IllegalArgumentException(
          "right-hand side has dimension " + b.dimension() + ", expected " + m);
    }
    if (!fullRank) {
      throw new ArithmeticException(
          "matrix is rank deficient: the least-squares solution is " + "not unique");
    }
    double[] y = b.toArray();
    for (int k = 0; k < n; k++) {
      int rk = k * m;
      double dot = 0;
      for (int i = k; i < m; i++) {
        dot += y[i] * qrt[rk + i];
      }
      dot /= rDiag[k] * qrt[rk + k];
      for (int i = k; i < m; i++) {
        y[i] += dot * qrt[rk + i];
      }
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = y[i];
      for (int j = i + 1; j < n; j++) {
        s -= qrt[j * m + i] * x[j];
      }
      x[i] = s / rDiag[i];
    }
    return Vector.wrap(x);
  }
}
