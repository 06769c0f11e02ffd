package org.mathforml.mathlib.numeric;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mathforml.mathlib.numeric.NumericTestSupport.EPS;
import static org.mathforml.mathlib.numeric.NumericTestSupport.assertWithin;
import static org.mathforml.mathlib.numeric.NumericTestSupport.maxDiff;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every decomposition shares (in the spirit of EJML's generic decomposition tests): the
 * factors multiply back to A for random inputs of sizes 1..8, the 1x1 and identity cases are exact,
 * the zero matrix gives a defined result or a clear exception, and NaN or infinite input never
 * reaches the algorithm (Matrix.of rejects it).
 */
abstract class DecompositionContract {

  /** Reconstruction tolerance factor over n * eps * ||A||_max: backward stability. */
  static final double K = 100;

  /** A valid random input of size n (e.g. symmetric positive definite for Cholesky). */
  abstract double[][] input(Random rnd, int n);

  /** Decomposes and multiplies the factors back together. */
  abstract Matrix reconstruct(Matrix a);

  /** Runs the decomposition on the zero matrix, asserting its documented behaviour. */
  abstract void zeroMatrixBehaviour(Matrix zero);

  @Test
  void factorsReconstructRandomInputs() {
    Random rnd = new Random(getClass().getSimpleName().hashCode());
    for (int n = 1; n <= 8; n++) {
      for (int t = 0; t < 200; t++) {
        Matrix a = Matrix.of(input(rnd, n));
        assertWithin(maxDiff(reconstruct(a), a), K * n * EPS * a.maxAbs(), "reconstruct n=" + n);
      }
    }
  }

  @Test
  void oneByOneIsExact() {
    Matrix a = Matrix.of(new double[][] {{4}});
    assertWithin(maxDiff(reconstruct(a), a), 0, "1x1");
  }

  @Test
  void identityIsExact() {
    for (int n = 1; n <= 6; n++) {
      Matrix i = Matrix.identity(n);
      assertWithin(maxDiff(reconstruct(i), i), 0, "identity");
    }
  }

  @Test
  void zeroMatrix() {
    for (int n = 1; n <= 4; n++) {
      zeroMatrixBehaviour(Matrix.zeros(n, n));
    }
  }

  @Test
  void nonFiniteInputIsRejectedBeforeDecomposing() {
    double[][] a = input(new Random(1), 3);
    a[1][2] = Double.NaN;
    assertThrows(IllegalArgumentException.class, () -> Matrix.of(a));
    a[1][2] = Double.NEGATIVE_INFINITY;
    assertThrows(IllegalArgumentException.class, () -> Matrix.of(a));
  }
}
