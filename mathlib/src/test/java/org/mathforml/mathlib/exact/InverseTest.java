package org.mathforml.mathlib.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.FractionMatrix;

class InverseTest {

  /**
   * |exact - commons-math| per entry. Inverses of integer matrices up to 5x5 with entries |a| <= 5
   * have entries of moderate size; LU in double loses a few digits with the condition number (at
   * most ~1e6 here), so 1e-6 absolute leaves a wide margin.
   */
  private static final double INVERSE_TOLERANCE = 1e-6;

  @Test
  void antonExample() {
    // Anton, Elementary Linear Algebra, 1.5: the inverse of [1 2 3; 2 5 3; 1 0 8].
    Inverse inv = Inverse.of(FractionMatrix.parse("[1 2 3; 2 5 3; 1 0 8]"));
    assertEquals(FractionMatrix.parse("[-40 16 9; 13 -5 -3; 5 -2 -1]"), inv.inverse());
    assertFalse(inv.isSingular());
    assertEquals(-1, inv.failedColumn());
    assertEquals(7, inv.steps().size());
    assertTrue(
        inv.toLatex()
            .endsWith(
                "\\quad A^{-1} = \\left[\\begin{array}{ccc}-40 & 16 & 9 "
                    + "\\\\ 13 & -5 & -3 \\\\ 5 & -2 & -1\\end{array}\\right]"),
        inv.toLatex());
  }

  @Test
  void singularMatrixStopsWhereThePivotIsMissing() {
    // Anton 1.5 again: [1 6 4; 2 4 -1; -1 2 5] is singular; column 3 has no pivot.
    Inverse inv = Inverse.of(FractionMatrix.parse("[1 6 4; 2 4 -1; -1 2 5]"));
    assertTrue(inv.isSingular());
    assertEquals(2, inv.failedColumn());
    assertEquals(3, inv.steps().size());
    FractionMatrix last = inv.steps().get(2).matrix();
    assertTrue(last.get(2, 2).isZero() && last.get(2, 0).isZero() && last.get(2, 1).isZero());
    assertThrows(IllegalStateException.class, inv::inverse);
    assertTrue(inv.toLatex().endsWith("\\text{column 3 has no pivot: } A \\text{ is singular}"));
  }

  @Test
  void inverseTimesMatrixIsIdentityAndMatchesCommonsMath() {
    Random rnd = new Random(61);
    int invertible = 0;
    double maxError = 0;
    for (int t = 0; t < ExactTestSupport.CASES; t++) {
      FractionMatrix a = ExactTestSupport.randomSquare(rnd, 5);
      Inverse inv = Inverse.of(a);
      assertEquals(a.determinant().isZero(), inv.isSingular(), a.toString());
      if (inv.isSingular()) {
        continue;
      }
      invertible++;
      FractionMatrix identity = FractionMatrix.identity(a.rows());
      assertEquals(identity, a.multiply(inv.inverse()), a.toString());
      assertEquals(identity, inv.inverse().multiply(a), a.toString());
      RealMatrix expected =
          new LUDecomposition(ExactTestSupport.toReal(a)).getSolver().getInverse();
      for (int i = 0; i < a.rows(); i++) {
        for (int j = 0; j < a.cols(); j++) {
          double err = Math.abs(expected.getEntry(i, j) - inv.inverse().get(i, j).doubleValue());
          maxError = Math.max(maxError, err);
        }
      }
    }
    assertTrue(maxError < INVERSE_TOLERANCE, "max error " + maxError);
    assertTrue(invertible > ExactTestSupport.CASES / 2, "enough invertible cases");
  }

  @Test
  void degenerateInputs() {
    assertTrue(Inverse.of(FractionMatrix.parse("[0 0; 0 0]")).isSingular());
    assertEquals(0, Inverse.of(FractionMatrix.parse("[0 0; 0 0]")).failedColumn());
    assertEquals(
        FractionMatrix.parse("[-1/4]"), Inverse.of(FractionMatrix.parse("[-4]")).inverse());
    assertTrue(Inverse.of(FractionMatrix.parse("[0]")).isSingular());
    assertThrows(
        IllegalArgumentException.class, () -> Inverse.of(FractionMatrix.parse("[1 2 3; 4 5 6]")));
  }
}
