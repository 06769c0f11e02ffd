package org.mathforml.mathlib.optimize.internal;

/** Dot products, norms and copies on double[]; nothing here allocates more than it returns. */
public final class Dense {

  private Dense() {}

  /** Returns sum a[i] b[i]. */
  public static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /**
   * Returns the Euclidean norm, scaled by the largest entry so squares of 1e200 do not overflow
   * (the same idea as LAPACK's dnrm2).
   */
  public static double norm(double[] a) {
    double scale = 0;
    for (double v : a) {
      scale = Math.max(scale, Math.abs(v));
    }
    if (scale == 0 || Double.isInfinite(scale) || Double.isNaN(scale)) {
      return scale;
    }
    double s = 0;
    for (double v : a) {
      double t = v / scale;
      s += t * t;
    }
    return scale * Math.sqrt(s);
  }

  /** Returns the Euclidean distance |a - b|. */
  public static double distance(double[] a, double[] b) {
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = a[i] - b[i];
    }
    return norm(d);
  }

  /** True if every entry is finite. */
  public static boolean allFinite(double[] a) {
    for (double v : a) {
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        return false;
      }
    }
    return true;
  }

  /** True if every entry of every row is finite. */
  public static boolean allFinite(double[][] a) {
    for (double[] row : a) {
      if (!allFinite(row)) {
        return false;
      }
    }
    return true;
  }

  /** Returns a deep copy of a rectangular array. */
  public static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  /** Returns J^T J for an m x n matrix J (n x n, symmetric). */
  public static double[][] gram(double[][] j, int n) {
    double[][] g = new double[n][n];
    for (double[] row : j) {
      for (int a = 0; a < n; a++) {
        double ra = row[a];
        for (int b = a; b < n; b++) {
          g[a][b] += ra * row[b];
        }
      }
    }
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < a; b++) {
        g[a][b] = g[b][a];
      }
    }
    return g;
  }

  /** Returns J^T r for an m x n matrix J and an m-vector r. */
  public static double[] transposeTimes(double[][] j, double[] r, int n) {
    double[] g = new double[n];
    for (int i = 0; i < j.length; i++) {
      for (int a = 0; a < n; a++) {
        g[a] += j[i][a] * r[i];
      }
    }
    return g;
  }
}
