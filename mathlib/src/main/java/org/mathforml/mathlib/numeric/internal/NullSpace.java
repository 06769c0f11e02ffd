package org.mathforml.mathlib.numeric.internal;

/**
 * Orthonormal basis of the (numerical) null space of a small square matrix, by Gaussian elimination
 * with complete pivoting followed by back substitution for the free variables and modified
 * Gram-Schmidt. Used for eigenvectors of 2x2 and 3x3 matrices. Not API.
 */
public final class NullSpace {

  private NullSpace() {}

  /**
   * Returns between minNullity and maxNullity orthonormal vectors spanning the null space of the n
   * x n row-major matrix a: pivots at or below tol count as zero, but the count is clamped to
   * [minNullity, maxNullity] (a computed eigenvalue is never exact, so A - lambda I is never
   * exactly singular).
   */
  public static double[][] basis(double[] a, int n, double tol, int minNullity, int maxNullity) {
    double[] m = a.clone();
    int[] col = new int[n];
    for (int j = 0; j < n; j++) {
      col[j] = j;
    }
    int rank = 0;
    for (int k = 0; k < n; k++) {
      int pr = k;
      int pc = k;
      double best = -1;
      for (int i = k; i < n; i++) {
        for (int j = k; j < n; j++) {
          double v = Math.abs(m[i * n + j]);
          if (v > best) {
            best = v;
            pr = i;
            pc = j;
          }
        }
      }
      int nullitySoFar = n - k;
      boolean mustStop = nullitySoFar <= minNullity;
      boolean mayStop = nullitySoFar <= maxNullity;
      if (mustStop || (mayStop && best <= tol)) {
        break;
      }
      swapRows(m, n, k, pr);
      swapColumns(m, n, k, pc);
      int t = col[k];
      col[k] = col[pc];
      col[pc] = t;
      for (int i = k + 1; i < n; i++) {
        double l = m[i * n + k] / m[k * n + k];
        for (int j = k; j < n; j++) {
          m[i * n + j] -= l * m[k * n + j];
        }
      }
      rank++;
    }
    int nullity = n - rank;
    double[][] basis = new double[nullity][];
    for (int f = 0; f < nullity; f++) {
      double[] y = new double[n]; // in permuted coordinates
      y[rank + f] = 1;
      for (int i = rank - 1; i >= 0; i--) {
        double s = 0;
        for (int j = i + 1; j < n; j++) {
          s += m[i * n + j] * y[j];
        }
        y[i] = -s / m[i * n + i];
      }
      double[] x = new double[n];
      for (int j = 0; j < n; j++) {
        x[col[j]] = y[j];
      }
      for (int g = 0; g < f; g++) {
        double d = dot(x, basis[g]);
        for (int j = 0; j < n; j++) {
          x[j] -= d * basis[g][j];
        }
      }
      double norm = Math.sqrt(dot(x, x));
      for (int j = 0; j < n; j++) {
        x[j] /= norm;
      }
      basis[f] = x;
    }
    return basis;
  }

  /** Flips v in place so that its largest-magnitude component (the first, on ties) is > 0. */
  public static void fixSign(double[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      if (Math.abs(v[i]) > Math.abs(v[best])) {
        best = i;
      }
    }
    if (v[best] < 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] = -v[i];
      }
    }
  }

  private static double dot(double[] x, double[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * y[i];
    }
    return s;
  }

  private static void swapRows(double[] m, int n, int a, int b) {
    for (int j = 0; j < n; j++) {
      double t = m[a * n + j];
      m[a * n + j] = m[b * n + j];
      m[b * n + j] = t;
    }
  }

  private static void swapColumns(double[] m, int n, int a, int b) {
    for (int i = 0; i < n; i++) {
      double t = m[i * n + a];
      m[i * n + a] = m[i * n + b];
      m[i * n + b] = t;
    }
  }
}
