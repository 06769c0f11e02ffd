package org.mathforml.mathlib.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

/** The decomposition contract for Lu. */
class LuContractTest extends DecompositionContract {
  @Override
  double[][] input(Random rnd, int n) {
    return NumericTestSupport.random(rnd, n, n);
  }

  @Override
  Matrix reconstruct(Matrix a) {
    LU lu = LU.of(a);
    return lu.p().transpose().multiply(lu.l()).multiply(lu.u());
  }

  @Override
  void zeroMatrixBehaviour(Matrix zero) {
    LU lu = LU.of(zero);
    assertTrue(lu.isSingular());
    assertEquals(0.0, lu.determinant());
    assertThrows(ArithmeticException.class, () -> lu.solve(Vector.zeros(zero.rows())));
    assertThrows(ArithmeticException.class, lu::inverse);
  }
}
