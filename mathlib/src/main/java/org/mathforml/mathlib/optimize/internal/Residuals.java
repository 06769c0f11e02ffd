package org.mathforml.mathlib.optimize.internal;

/** Checks and arithmetic shared by Gauss-Newton and Levenberg-Marquardt. */
public final class Residuals {

  private Residuals() {}

  /** Returns 1/2 sum r_i^2. */
  public static double halfSquaredNorm(double[] r) {
    double n = Dense.norm(r);
    return 0.5 * n * n;
  }

  /**
   * Checks that the Jacobian is m x n.
   *
   * @throws IllegalArgumentException if its shape does not match
   */
  public static void checkShape(double[][] j, int m, int n) {
    if (j.length != m) {
      throw new IllegalArgumentException("Jacobian has " + j.length + " rows, expected " + m);
    }
    for (double[] row : j) {
      if (row.length != n) {
        throw new IllegalArgumentException(
            "Jacobian row has " + row.length + " columns, expected " + n);
      }
    }
  }

  /** Returns -v. */
  public static double[] negate(double[] v) {
    double[] c = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      c[i] = -v[i];
    }
    return c;
  }

  /** Returns a + b. */
  public static double[] plus(double[] a, double[] b) {
    double[] c = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i] + b[i];
    }
    return c;
  }
}
