package org.mathforml.mathlib.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

/** The decomposition contract for Svd. */
class SvdContractTest extends DecompositionContract {
  @Override
  double[][] input(Random rnd, int n) {
    return NumericTestSupport.random(rnd, n, 1 + rnd.nextInt(8));
  }

  @Override
  Matrix reconstruct(Matrix a) {
    Svd s = Svd.of(a);
    assertTrue(s.converged());
    return s.u().multiply(s.s()).multiply(s.v().transpose());
  }

  @Override
  void zeroMatrixBehaviour(Matrix zero) {
    Svd s = Svd.of(zero);
    assertEquals(0, s.rank());
    assertEquals(0.0, NumericTestSupport.orthogonalityError(s.u()), 1e-15);
    assertEquals(0.0, NumericTestSupport.orthogonalityError(s.v()), 1e-15);
  }
}
