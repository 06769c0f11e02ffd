package org.mathforml.mathlib.numeric.internal;

/**
 * One-sided Jacobi SVD (M. R. Hestenes, "Inversion of matrices by biorthogonalization", J. SIAM 6,
 * 1958; J. Demmel and K. Veselic, "Jacobi's method is more accurate than QR", SIMAX 13, 1992).
 * Plane rotations applied to pairs of columns of A make all columns mutually orthogonal; then
 * sigma_j = |column j|, u_j = column j / sigma_j, and the accumulated rotations form V. Columns of
 * A are stored as rows of w (n x m, row-major) so each rotation touches two contiguous rows. Not
 * API.
 */
public final class OneSidedJacobi {

  private OneSidedJacobi() {}

  /**
   * Orthogonalises the rows of w (n rows of length m) in place, accumulating the rotations in vt (n
   * x n, starts as the identity). Returns the sweeps used, or -1 if some pair was still not
   * orthogonal to eps after maxSweeps.
   */
  public static int orthogonalize(double[] w, double[] vt, int n, int m, int maxSweeps) {
    double eps = 0x1p-52;
    for (int sweep = 1; sweep <= maxSweeps; sweep++) {
      boolean rotated = false;
      for (int p = 0; p < n - 1; p++) {
        int rp = p * m;
        for (int q = p + 1; q < n; q++) {
          int rq = q * m;
          double alpha = 0;
          double beta = 0;
          double gamma = 0;
          for (int k = 0; k < m; k++) {
            double a = w[rp + k];
            double b = w[rq + k];
            alpha += a * a;
            beta += b * b;
            gamma += a * b;
          }
          if (gamma == 0 || Math.abs(gamma) <= eps * Math.sqrt(alpha * beta)) {
            continue;
          }
          rotated = true;
          double zeta = (beta - alpha) / (2 * gamma);
          double t = 1 / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
          if (zeta < 0) {
            t = -t;
          }
          double c = 1 / Math.sqrt(1 + t * t);
          double s = c * t;
          rotateRows(w, rp, rq, m, c, s);
          rotateRows(vt, p * n, q * n, n, c, s);
        }
      }
      if (!rotated) {
        return sweep;
      }
    }
    return -1;
  }

  private static void rotateRows(double[] a, int rp, int rq, int len, double c, double s) {
    for (int k = 0; k < len; k++) {
      double x = a[rp + k];
      double y = a[rq + k];
      a[rp + k] = c * x - s * y;
      a[rq + k] = s * x + c * y;
    }
  }
}
