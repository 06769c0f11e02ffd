package org.mathforml.mathlib.numeric;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

/** The decomposition contract for Cholesky. */
class CholeskyContractTest extends DecompositionContract {
  @Override
  double[][] input(Random rnd, int n) {
    return NumericTestSupport.randomSpd(rnd, n);
  }

  @Override
  Matrix reconstruct(Matrix a) {
    Matrix l = Cholesky.of(a).l();
    return l.multiply(l.transpose());
  }

  @Override
  void zeroMatrixBehaviour(Matrix zero) {
    assertThrows(IllegalArgumentException.class, () -> Cholesky.of(zero));
  }
}
