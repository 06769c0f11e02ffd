package org.mathforml.mathlib.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

/** The decomposition contract for SymmetricEigen. */
class SymmetricEigenContractTest extends DecompositionContract {
  @Override
  double[][] input(Random rnd, int n) {
    return NumericTestSupport.randomSymmetric(rnd, n);
  }

  @Override
  Matrix reconstruct(Matrix a) {
    SymmetricEigen e = SymmetricEigen.of(a);
    assertTrue(e.converged());
    int n = a.rows();
    double[][] d = new double[n][n];
    for (int i = 0; i < n; i++) {
      d[i][i] = e.eigenvalue(i);
    }
    return e.v().multiply(Matrix.of(d)).multiply(e.v().transpose());
  }

  @Override
  void zeroMatrixBehaviour(Matrix zero) {
    SymmetricEigen e = SymmetricEigen.of(zero);
    assertTrue(e.converged());
    assertEquals(0.0, Vector.of(e.eigenvalues()).norm());
    assertEquals(zero.rows(), e.v().rows());
  }
}
