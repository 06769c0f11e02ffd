package org.mathforml.mathlib.numeric.internal;

/**
 * Row-major dense kernels: an m x n matrix is a double[m * n] with entry (i, j) at i * n + j. Loops
 * run along rows (i-k-j order for products) so the inner loop reads memory in order. Not API.
 */
public final class Dense {

  private Dense() {}

  /** C = A B for A m x k, B k x n. */
  public static double[] multiply(double[] a, double[] b, int m, int k, int n) {
    double[] c = new double[m * n];
    for (int i = 0; i < m; i++) {
      int ci = i * n;
      for (int p = 0; p < k; p++) {
        double aip = a[i * k + p];
        if (aip == 0) {
          continue;
        }
        int bp = p * n;
        for (int j = 0; j < n; j++) {
          c[ci + j] += aip * b[bp + j];
        }
      }
    }
    return c;
  }

  /** y = A x for A m x n. */
  public static double[] multiply(double[] a, double[] x, int m, int n) {
    double[] y = new double[m];
    for (int i = 0; i < m; i++) {
      double s = 0;
      int ai = i * n;
      for (int j = 0; j < n; j++) {
        s += a[ai + j] * x[j];
      }
      y[i] = s;
    }
    return y;
  }

  /** A^T for A m x n (result n x m). */
  public static double[] transpose(double[] a, int m, int n) {
    double[] t = new double[m * n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        t[j * m + i] = a[i * n + j];
      }
    }
    return t;
  }

  /** A^T A for A m x n (result n x n, symmetric). */
  public static double[] gram(double[] a, int m, int n) {
    double[] g = new double[n * n];
    for (int r = 0; r < m; r++) {
      int ar = r * n;
      for (int i = 0; i < n; i++) {
        double ai = a[ar + i];
        if (ai == 0) {
          continue;
        }
        int gi = i * n;
        for (int j = i; j < n; j++) {
          g[gi + j] += ai * a[ar + j];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        g[i * n + j] = g[j * n + i];
      }
    }
    return g;
  }

  /** Identity n x n. */
  public static double[] identity(int n) {
    double[] d = new double[n * n];
    for (int i = 0; i < n; i++) {
      d[i * n + i] = 1;
    }
    return d;
  }
}
