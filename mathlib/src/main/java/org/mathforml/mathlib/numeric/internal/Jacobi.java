package org.mathforml.mathlib.numeric.internal;

/**
 * Cyclic Jacobi eigenvalue iteration for a symmetric matrix (C. G. J. Jacobi 1846; the rotation
 * formulas with tau = s / (1 + c) are Rutishauser's, as in W. H. Press et al., <i>Numerical
 * Recipes</i>, 3rd ed., 11.1). Each sweep rotates every off-diagonal pair (p, q) to zero;
 * convergence is quadratic once the off-diagonal part is small. Not API.
 */
public final class Jacobi {

  private Jacobi() {}

  /**
   * Diagonalises the symmetric n x n row-major matrix a in place (its diagonal becomes the
   * eigenvalues) and accumulates the rotations in vt (rows = eigenvectors), which must start as the
   * identity. Returns the number of sweeps used, or -1 if the off-diagonal norm did not fall below
   * eps * ||A||_F within maxSweeps.
   */
  public static int diagonalize(double[] a, double[] vt, int n, int maxSweeps) {
    double frob = 0;
    for (int i = 0; i < a.length; i++) {
      frob += a[i] * a[i];
    }
    double target = 0x1p-52 * 0x1p-52 * frob;
    for (int sweep = 0; sweep <= maxSweeps; sweep++) {
      double off = 0;
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          off += a[p * n + q] * a[p * n + q];
        }
      }
      if (2 * off <= target) {
        return sweep;
      }
      if (sweep == maxSweeps) {
        break;
      }
      // Early sweeps skip small entries (they would be undone by later rotations anyway).
      double threshold = sweep < 3 ? 0.2 * Math.sqrt(off) / ((double) n * n) : 0;
      for (int p = 0; p < n - 1; p++) {
        for (int q = p + 1; q < n; q++) {
          double apq = a[p * n + q];
          double g = 100 * Math.abs(apq);
          double app = a[p * n + p];
          double aqq = a[q * n + q];
          if (sweep > 3
              && Math.abs(app) + g == Math.abs(app)
              && Math.abs(aqq) + g == Math.abs(aqq)) {
            a[p * n + q] = 0; // below rounding of both diagonal entries
            a[q * n + p] = 0;
            continue;
          }
          if (Math.abs(apq) <= threshold || apq == 0) {
            continue;
          }
          rotate(a, vt, n, p, q);
        }
      }
    }
    return -1;
  }

  private static void rotate(double[] a, double[] vt, int n, int p, int q) {
    double apq = a[p * n + q];
    double app = a[p * n + p];
    double aqq = a[q * n + q];
    double h = aqq - app;
    double t;
    if (Math.abs(h) + 100 * Math.abs(apq) == Math.abs(h)) {
      t = apq / h; // theta huge: t ~ 1 / (2 theta)
    } else {
      double theta = 0.5 * h / apq;
      t = 1.0 / (Math.abs(theta) + Math.sqrt(1.0 + theta * theta));
      if (theta < 0) {
        t = -t;
      }
    }
    double c = 1.0 / Math.sqrt(1 + t * t);
    double s = t * c;
    double tau = s / (1.0 + c);
    int rp = p * n;
    int rq = q * n;
    for (int k = 0; k < n; k++) {
      double g = a[rp + k];
      double hq = a[rq + k];
      a[rp + k] = g - s * (hq + g * tau);
      a[rq + k] = hq + s * (g - hq * tau);
    }
    for (int k = 0; k < n; k++) {
      a[k * n + p] = a[rp + k];
      a[k * n + q] = a[rq + k];
    }
    a[rp + p] = app - t * apq;
    a[rq + q] = aqq + t * apq;
    a[rp + q] = 0;
    a[rq + p] = 0;
    for (int k = 0; k < n; k++) {
      double g = vt[rp + k];
      double hq = vt[rq + k];
      vt[rp + k] = g - s * (hq + g * tau);
      vt[rq + k] = hq + s * (g - hq * tau);
    }
  }
}
