package org.mathforml.mathlib;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/** Seeded random matrices and conversion to Commons Math, shared by the matrix tests. */
final class MatrixTestSupport {

  private MatrixTestSupport() {}

  /** m x n matrix of integers in [-bound, bound]. */
  static FractionMatrix randomIntegers(Random rnd, int m, int n, int bound) {
    long[][] rows = new long[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        rows[i][j] = rnd.nextInt(2 * bound + 1) - bound;
      }
    }
    return FractionMatrix.ofIntegers(rows);
  }

  /** m x n matrix of fractions p/q with |p| <= bound, 1 <= q <= bound. */
  static FractionMatrix randomFractions(Random rnd, int m, int n, int bound) {
    Fraction[][] rows = new Fraction[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        rows[i][j] = Fraction.of(rnd.nextInt(2 * bound + 1) - bound, rnd.nextInt(bound) + 1);
      }
    }
    return FractionMatrix.of(rows);
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
}
