package org.mathforml.applets.eigenvectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.numeric.Complex;
import org.mathforml.mathlib.numeric.Eigen2x2;
import org.mathforml.mathlib.numeric.Matrix;

class EigenMathTest {

  static FractionMatrix m(long a, long b, long c, long d) {
    return FractionMatrix.ofIntegers(new long[][] {{a, b}, {c, d}});
  }

  @Test
  void symmetricMatrixHasTwoEigenlinesAndExactEigenvalues() {
    FractionMatrix a = m(2, 1, 1, 2);
    EigenMath e = new EigenMath(a);
    assertTrue(e.real);
    assertTrue(e.twoLines());
    assertEquals(3, e.re[0], 1e-12);
    assertEquals(1, e.re[1], 1e-12);
    assertEquals(Fraction.of(3), EigenMath.exactEigenvalue(a, Fraction.of(1), Fraction.of(1)));
    assertEquals(Fraction.of(1), EigenMath.exactEigenvalue(a, Fraction.of(-1), Fraction.of(1)));
    assertNull(EigenMath.exactEigenvalue(a, Fraction.of(2), Fraction.ZERO));
    assertNull(EigenMath.exactEigenvalue(a, Fraction.ZERO, Fraction.ZERO));
    assertEquals(1, e.nearest(1));
  }

  @Test
  void rotationHasNoRealEigenvectors() {
    EigenMath e = new EigenMath(m(0, -1, 1, 0));
    assertFalse(e.real);
    assertEquals(-1, e.lineNear(1, 1));
    assertEquals(1, Math.abs(e.im[0]), 1e-12);
  }

  @Test
  void pointsNearAnEigenlineSnapOntoIt() {
    // [[2, 1], [1, 1]]: eigenvalues (3 ± sqrt 5) / 2, irrational slopes.
    EigenMath e = new EigenMath(m(2, 1, 1, 1));
    double slope = e.directions[0][1] / e.directions[0][0];
    assertEquals((Math.sqrt(5) - 1) / 2, slope, 1e-12);
    assertEquals(0, e.lineNear(3, 2)); // 0.12 from the line y = 0.618 x
    double[] p = e.project(0, 3, 2);
    // A p = lambda p on the snapped point.
    double[] ap = {2 * p[0] + p[1], p[0] + p[1]};
    assertEquals(e.re[0] * p[0], ap[0], 1e-9);
    assertEquals(e.re[0] * p[1], ap[1], 1e-9);
    assertEquals(-1, e.lineNear(2, 0));
  }

  @Test
  void multipleOfIdentityKeepsEveryDirection() {
    EigenMath e = new EigenMath(m(3, 0, 0, 3));
    assertTrue(e.everyDirection);
    assertEquals(
        Fraction.of(3), EigenMath.exactEigenvalue(m(3, 0, 0, 3), Fraction.of(1), Fraction.of(2)));
  }

  @Test
  void closedFormAgreesWithMathlibEigen2x2() {
    java.util.Random random = new java.util.Random(20261122);
    for (int n = 0; n < 5000; n++) {
      long[] e = new long[4];
      for (int k = 0; k < 4; k++) {
        e[k] = random.nextInt(13) - 6;
      }
      EigenMath mine = new EigenMath(m(e[0], e[1], e[2], e[3]));
      Eigen2x2 theirs = Eigen2x2.of(Matrix.of(new double[][] {{e[0], e[1]}, {e[2], e[3]}}));
      Complex[] values = theirs.eigenvalues();
      assertEquals(theirs.isReal(), mine.real, "real for " + java.util.Arrays.toString(e));
      for (int i = 0; i < 2; i++) {
        assertEquals(values[i].re(), mine.re[i], 1e-9);
        assertEquals(values[i].im(), mine.im[i], 1e-9);
        if (mine.real && !mine.everyDirection) {
          double[] d = mine.directions[i];
          double[] ad = {e[0] * d[0] + e[1] * d[1], e[2] * d[0] + e[3] * d[1]};
          assertEquals(1, Math.hypot(d[0], d[1]), 1e-12);
          assertEquals(mine.re[i] * d[0], ad[0], 1e-7, "A d = lambda d");
          assertEquals(mine.re[i] * d[1], ad[1], 1e-7, "A d = lambda d");
          double cross = d[0] * theirs.eigenvector(i).get(1) - d[1] * theirs.eigenvector(i).get(0);
          assertEquals(0, cross, 1e-6, "same line as Eigen2x2");
        }
      }
    }
  }
}
