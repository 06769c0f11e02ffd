package org.mathforml.mathlib.exact;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

/** Seeded random small matrices and conversions, shared by the exact-package tests. */
final class ExactTestSupport {

  /** Random cases per property: thousands, and still well under a second each. */
  static final int CASES = 2000;

  private ExactTestSupport() {}

  /**
   * An m x n matrix of integers in [-bound, bound]; about {@code zeroPercent}% of the entries are
   * forced to 0 so that swaps, free columns and rank deficiency actually occur.
   */
  static FractionMatrix randomIntegers(Random rnd, int m, int n, int bound, int zeroPercent) {
    long[][] rows = new long[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        rows[i][j] = rnd.nextInt(100) < zeroPercent ? 0 : rnd.nextInt(2 * bound + 1) - bound;
      }
    }
    return FractionMatrix.ofIntegers(rows);
  }

  /** A random matrix of 1..5 rows and 1..5 columns, sometimes sparse. */
  static FractionMatrix randomSmall(Random rnd) {
    return randomIntegers(rnd, 1 + rnd.nextInt(5), 1 + rnd.nextInt(5), 5, rnd.nextInt(60));
  }

  /** A random square matrix of order 1..5, sometimes sparse. */
  static FractionMatrix randomSquare(Random rnd, int maxOrder) {
    int n = 1 + rnd.nextInt(maxOrder);
    return randomIntegers(rnd, n, n, 5, rnd.nextInt(50));
  }

  /** An m x n matrix B C with B m x r and C r x n random: rank at most r. */
  static FractionMatrix lowRank(Random rnd, int m, int n, int r) {
    return randomIntegers(rnd, m, r, 3, 0).multiply(randomIntegers(rnd, r, n, 3, 0));
  }

  /** A random vector of n integers in [-bound, bound]. */
  static FractionVector randomVector(Random rnd, int n, int bound) {
    long[] v = new long[n];
    for (int i = 0; i < n; i++) {
      v[i] = rnd.nextInt(2 * bound + 1) - bound;
    }
    return FractionVector.ofIntegers(v);
  }

  /** The columns of A as vectors. */
  static List<FractionVector> columns(FractionMatrix a) {
    List<FractionVector> cols = new ArrayList<>();
    for (int j = 0; j < a.cols(); j++) {
      Fraction[] c = new Fraction[a.rows()];
      for (int i = 0; i < a.rows(); i++) {
        c[i] = a.get(i, j);
      }
      cols.add(FractionVector.of(c));
    }
    return cols;
  }

  /** Sum of c_i v_i, computed entry by entry (independently of FractionVector's arithmetic). */
  static Fraction[] combination(List<FractionVector> vectors, FractionVector c) {
    Fraction[] sum = new Fraction[vectors.get(0).size()];
    for (int i = 0; i < sum.length; i++) {
      Fraction s = Fraction.ZERO;
      for (int j = 0; j < vectors.size(); j++) {
        s = s.add(c.get(j).multiply(vectors.get(j).get(i)));
      }
      sum[i] = s;
    }
    return sum;
  }

  static boolean allZero(Fraction[] v) {
    for (Fraction f : v) {
      if (!f.isZero()) {
        return false;
      }
    }
    return true;
  }

  static RealMatrix toReal(FractionMatrix a) {
    double[][] d = new double[a.rows()][a.cols()];
    for (int i = 0; i < a.rows(); i++) {
      for (int j = 0; j < a.cols(); j++) {
        d[i][j] = a.get(i, j).doubleValue();
      }
    }
    return new Array2DRowRealMatrix(d, false);
  }

  static FractionMatrix parse(String text) {
    return FractionMatrix.parse(text);
  }
}
