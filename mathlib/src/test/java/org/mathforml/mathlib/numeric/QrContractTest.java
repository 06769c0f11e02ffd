package org.mathforml.mathlib.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

/** The decomposition contract for Qr. */
class QrContractTest extends DecompositionContract {
  @Override
  double[][] input(Random rnd, int n) {
    return NumericTestSupport.random(rnd, n + rnd.nextInt(3), n);
  }

  @Override
  Matrix reconstruct(Matrix a) {
    QR qr = QR.of(a);
    return qr.q().multiply(qr.r());
  }

  @Override
  void zeroMatrixBehaviour(Matrix zero) {
    QR qr = QR.of(zero);
    assertFalse(qr.isFullRank());
    assertEquals(0.0, qr.r().maxAbs());
    assertThrows(ArithmeticException.class, () -> qr.solve(Vector.zeros(zero.rows())));
  }
}
