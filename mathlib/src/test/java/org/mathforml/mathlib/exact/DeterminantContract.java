package org.mathforml.mathlib.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.linear.LUDecomposition;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

/** What every determinant algorithm must satisfy, exactly and against commons-math. */
abstract class DeterminantContract {

  /**
   * Relative tolerance vs commons-math's LU determinant. Integer matrices up to 5x5 with |a| <= 5:
   * partial-pivoting LU in double is accurate to ~1e-13 relative here; 1e-9 leaves room. Exact
   * zeros are compared with an absolute 1e-9, as LU may leave ~1e-15.
   */
  private static final double DET_TOLERANCE = 1e-9;

  abstract Fraction determinant(FractionMatrix a);

  /** Largest order the algorithm is tested at. */
  int maxOrder() {
    return 5;
  }

  @Test
  void agreesWithCommonsMathLu() {
    Random rnd = new Random(71);
    double maxRelative = 0;
    for (int t = 0; t < ExactTestSupport.CASES; t++) {
      FractionMatrix a = ExactTestSupport.randomSquare(rnd, maxOrder());
      double expected = new LUDecomposition(ExactTestSupport.toReal(a)).getDeterminant();
      double actual = determinant(a).doubleValue();
      double err = Math.abs(expected - actual) / Math.max(1, Math.abs(expected));
      maxRelative = Math.max(maxRelative, err);
    }
    assertTrue(maxRelative < DET_TOLERANCE, "max relative error " + maxRelative);
  }

  @Test
  void productRuleAndTranspose() {
    Random rnd = new Random(72);
    for (int t = 0; t < ExactTestSupport.CASES; t++) {
      FractionMatrix a = ExactTestSupport.randomSquare(rnd, maxOrder());
      FractionMatrix b = ExactTestSupport.randomIntegers(rnd, a.rows(), a.rows(), 4, 20);
      assertEquals(
          determinant(a).multiply(determinant(b)), determinant(a.multiply(b)), a + " " + b);
      assertEquals(determinant(a), determinant(a.transpose()), a.toString());
    }
  }

  @Test
  void knownValues() {
    assertEquals(Fraction.ONE, determinant(FractionMatrix.identity(4)));
    assertEquals(Fraction.of(-2), determinant(FractionMatrix.parse("[1 2; 3 4]")));
    assertEquals(Fraction.ZERO, determinant(FractionMatrix.parse("[1 2 3; 4 5 6; 7 8 9]")));
    // Anton, Elementary Linear Algebra, 1.5: this matrix has inverse with det -1.
    assertEquals(Fraction.of(-1), determinant(FractionMatrix.parse("[1 2 3; 2 5 3; 1 0 8]")));
    assertEquals(Fraction.of(-3, 4), determinant(FractionMatrix.parse("[-3/4]")));
    assertEquals(Fraction.ZERO, determinant(FractionMatrix.parse("[0 0; 0 0]")));
    // A swap is needed: det [0 1; 1 0] = -1.
    assertEquals(Fraction.of(-1), determinant(FractionMatrix.parse("[0 1; 1 0]")));
  }

  @Test
  void nonSquareIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> determinant(FractionMatrix.parse("[1 2 3; 4 5 6]")));
  }
}
