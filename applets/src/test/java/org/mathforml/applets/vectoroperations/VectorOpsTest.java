package org.mathforml.applets.vectoroperations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.exact.FractionVector;
import org.mathforml.mathlib.numeric.Vector;

class VectorOpsTest {

  private static final double EPS = 1e-9;
  private final FractionVector u = FractionVector.ofIntegers(3, 1);
  private final FractionVector v = FractionVector.ofIntegers(1, 2);

  @Test
  void everyModeIsExact() {
    assertEquals(FractionVector.ofIntegers(4, 3), VectorOps.result("sum", u, v, Fraction.ONE));
    assertEquals(
        FractionVector.ofIntegers(2, -1), VectorOps.result("difference", u, v, Fraction.ONE));
    assertEquals(
        FractionVector.of(Fraction.of(-9, 2), Fraction.of(-3, 2)),
        VectorOps.result("scalar", u, v, Fraction.of(-3, 2)));
    assertNull(VectorOps.result("dot", u, v, Fraction.ONE));
    // proj_v u = (5/5) v = v; proj_u v = (5/10) u.
    assertEquals(v, VectorOps.result("projection", u, v, Fraction.ONE));
    assertEquals(u.scale(Fraction.of(1, 2)), VectorOps.projection(v, u));
  }

  @Test
  void theProjectionLeavesAPerpendicularRemainder() {
    FractionVector a = FractionVector.of(Fraction.of(5, 2), Fraction.of(-3, 2));
    FractionVector b = FractionVector.of(Fraction.of(-1), Fraction.of(7, 2));
    FractionVector p = VectorOps.projection(a, b);
    assertTrue(a.subtract(p).dot(b).isZero());
    assertNull(VectorOps.projection(a, FractionVector.zero(2)));
    assertNull(VectorOps.projectionCoefficient(a, FractionVector.zero(2)));
  }

  @Test
  void anglesAgreeWithMathlibNumericVector() {
    int[][] cases = {{3, 1, 1, 2}, {3, 1, -1, 3}, {1, 0, -1, 0}, {2, 2, 1, 1}, {1, 0, -3, -1}};
    for (int[] c : cases) {
      FractionVector a = FractionVector.ofIntegers(c[0], c[1]);
      FractionVector b = FractionVector.ofIntegers(c[2], c[3]);
      double expected = Math.toDegrees(Vector.of(c[0], c[1]).angle(Vector.of(c[2], c[3])));
      assertEquals(expected, VectorOps.angleDegrees(a, b), EPS);
    }
    assertEquals(45, VectorOps.angleDegrees(u, v), EPS);
    assertTrue(Double.isNaN(VectorOps.angleDegrees(u, FractionVector.zero(2))));
    assertEquals(Math.sqrt(10), VectorOps.length(u), EPS);
  }

  @Test
  void modesAreKnownByName() {
    assertEquals(0, VectorOps.modeIndex("sum"));
    assertEquals(4, VectorOps.modeIndex("projection"));
    assertEquals(-1, VectorOps.modeIndex("cross"));
    assertEquals(VectorOps.MODES.length, VectorOps.MODE_LABELS.length);
  }
}
