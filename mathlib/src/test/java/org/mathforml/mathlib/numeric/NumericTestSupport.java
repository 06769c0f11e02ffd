package org.mathforml.mathlib.numeric;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/** Seeded random matrices, conversion to Commons Math and tolerance checks. */
final class NumericTestSupport {

  /** Unit roundoff of double, 2^-52. */
  static final double EPS = 0x1p-52;

  private NumericTestSupport() {}

  /** m x n with entries uniform in [-1, 1], scaled by 10^e for e uniform in [-3, 3]. */
  static double[][] random(Random rnd, int m, int n) {
    double scale = Math.pow(10, rnd.nextInt(7) - 3);
    double[][] a = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = scale * (2 * rnd.nextDouble() - 1);
      }
    }
    return a;
  }

  /** Random symmetric n x n. */
  static double[][] randomSymmetric(Random rnd, int n) {
    double[][] a = random(rnd, n, n);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        a[i][j] = a[j][i];
      }
    }
    return a;
  }

  /** Random symmetric positive definite: B^T B + n I scaled. */
  static double[][] randomSpd(Random rnd, int n) {
    double[][] b = random(rnd, n, n);
    double s = Math.abs(b[0][0]) + 1e-3;
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double v = 0;
        for (int k = 0; k < n; k++) {
          v += b[k][i] * b[k][j];
        }
        a[i][j] = v;
      }
      a[i][i] += s * s;
    }
    return a;
  }

  static RealMatrix cm(double[][] a) {
    return new Array2DRowRealMatrix(a, true);
  }

  static RealMatrix cm(Matrix a) {
    return new Array2DRowRealMatrix(a.toArray(), false);
  }

  /** max |a_ij - b_ij|. */
  static double maxDiff(Matrix a, RealMatrix b) {
    assertTrue(
        a.rows() == b.getRowDimension() && a.cols() == b.getColumnDimension(),
        "shapes " + a.shape() + " vs " + b.getRowDimension() + "x" + b.getColumnDimension());
    double d = 0;
    for (int i = 0; i < a.rows(); i++) {
      for (int j = 0; j < a.cols(); j++) {
        d = Math.max(d, Math.abs(a.get(i, j) - b.getEntry(i, j)));
      }
    }
    return d;
  }

  static double maxDiff(Matrix a, Matrix b) {
    return maxDiff(a, cm(b));
  }

  static double maxDiff(Vector a, double[] b) {
    assertTrue(a.dimension() == b.length, "dimensions");
    double d = 0;
    for (int i = 0; i < b.length; i++) {
      d = Math.max(d, Math.abs(a.get(i) - b[i]));
    }
    return d;
  }

  /** max |a_i - s b_i| minimised over s = +-1: vectors equal up to sign. */
  static double maxDiffUpToSign(Vector a, double[] b) {
    double plus = 0;
    double minus = 0;
    for (int i = 0; i < b.length; i++) {
      plus = Math.max(plus, Math.abs(a.get(i) - b[i]));
      minus = Math.max(minus, Math.abs(a.get(i) + b[i]));
    }
    return Math.min(plus, minus);
  }

  /** max |(Q^T Q - I)_ij|. */
  static double orthogonalityError(Matrix q) {
    Matrix qtq = q.transpose().multiply(q);
    return maxDiff(qtq, Matrix.identity(qtq.rows()));
  }

  private static final java.util.Map<String, double[]> WORST = new java.util.TreeMap<>();

  static void assertWithin(double actual, double bound, String what) {
    String key = what.indexOf(" n=") >= 0 ? what.substring(0, what.indexOf(" n=")) : what;
    double[] w = WORST.computeIfAbsent(key, k -> new double[2]);
    if (bound > 0 && actual / bound > w[0]) {
      w[0] = actual / bound;
    }
    w[1] = Math.max(w[1], actual);
    assertTrue(actual <= bound, what + ": " + actual + " > " + bound);
  }

  /** Prints, per check, the largest error seen and its largest fraction of the tolerance. */
  static void printWorst(String title) {
    StringBuilder sb = new StringBuilder("Worst errors, " + title + ":\n");
    for (java.util.Map.Entry<String, double[]> e : WORST.entrySet()) {
      sb.append("  ")
          .append(e.getKey())
          .append(": max error ")
          .append(e.getValue()[1])
          .append(", max fraction of tolerance ")
          .append(e.getValue()[0])
          .append('\n');
    }
    System.out.println(sb);
    WORST.clear();
  }

  /** The n x n Hilbert matrix 1 / (i + j + 1). */
  static double[][] hilbert(int n) {
    double[][] h = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        h[i][j] = 1.0 / (i + j + 1);
      }
    }
    return h;
  }
}
