package org.mathforml.mathlib.exact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.LinearSystem;
import org.mathforml.mathlib.Solution;

class ParametricSolutionTest {

  @Test
  void oneFreeVariableInTheTextbookForm() {
    // x + 2y = 1, z = 2: y is free, so (x, y, z) = (1 - 2t, t, 2).
    ParametricSolution s =
        ParametricSolution.solve(
            FractionMatrix.parse("[1 2 0; 0 0 1]"), FractionVector.ofIntegers(1, 2));
    assertEquals(Solution.Kind.INFINITE, s.kind());
    assertEquals("(x, y, z) = (1, 0, 2) + t(-2, 1, 0)", s.toLatex());
    assertEquals("(x, y, z) = (1, 0, 2) + t(-2, 1, 0)", s.toString());
    assertArrayEquals(new int[] {1}, s.freeVariables());
    assertEquals(2, s.rank());
  }

  @Test
  void twoFreeVariablesUseSAndT() {
    // x + y + z = 1 with fractions: x = 1 - y - z.
    ParametricSolution s =
        ParametricSolution.solve(FractionMatrix.parse("[2 2 2]"), FractionVector.ofIntegers(1));
    assertEquals("(x, y, z) = (\\frac{1}{2}, 0, 0) + s(-1, 1, 0) + t(-1, 0, 1)", s.toLatex());
    assertEquals("(x, y, z) = (1/2, 0, 0) + s(-1, 1, 0) + t(-1, 0, 1)", s.toString());
  }

  @Test
  void manyUnknownsAreIndexed() {
    ParametricSolution s =
        ParametricSolution.solve(FractionMatrix.parse("[1 0 0 1]"), FractionVector.ofIntegers(3));
    assertEquals(
        "(x_{1}, x_{2}, x_{3}, x_{4}) = (3, 0, 0, 0) + r(0, 1, 0, 0) + s(0, 0, 1, 0)"
            + " + t(-1, 0, 0, 1)",
        s.toLatex());
  }

  @Test
  void uniqueAndInconsistentSystems() {
    ParametricSolution unique =
        ParametricSolution.solve(
            FractionMatrix.parse("[1 1; 1 -1]"), FractionVector.ofIntegers(3, 1));
    assertEquals(Solution.Kind.UNIQUE, unique.kind());
    assertEquals("(x, y) = (2, 1)", unique.toLatex());
    assertTrue(unique.directions().isEmpty());

    ParametricSolution none =
        ParametricSolution.solve(
            FractionMatrix.parse("[1 1; 2 2]"), FractionVector.ofIntegers(1, 3));
    assertEquals(Solution.Kind.NONE, none.kind());
    assertFalse(none.isConsistent());
    assertEquals("\\text{no solution}", none.toLatex());
    assertEquals(1, none.rank());
    assertThrows(IllegalStateException.class, none::particular);
    assertThrows(IllegalStateException.class, none::directions);
    // The reduced [A | b] shows the row 0 = 1.
    assertEquals(FractionMatrix.parse("[1 1 0; 0 0 1]"), none.reduction().result());
  }

  @Test
  void everyPointOfTheParametricFormSolvesTheSystem() {
    Random rnd = new Random(51);
    int infinite = 0;
    for (int t = 0; t < ExactTestSupport.CASES; t++) {
      FractionMatrix a = ExactTestSupport.randomSmall(rnd);
      // b = A x0 is consistent by construction.
      FractionVector b = FractionVector.times(a, ExactTestSupport.randomVector(rnd, a.cols(), 4));
      ParametricSolution s = ParametricSolution.solve(a, b);
      assertTrue(s.isConsistent(), a + " " + b);
      List<FractionVector> dirs = s.directions();
      assertEquals(a.cols() - a.rank(), dirs.size());
      infinite += dirs.isEmpty() ? 0 : 1;
      for (int trial = 0; trial < 3; trial++) {
        Fraction[] x = s.particular().toArray();
        Fraction[] params = new Fraction[dirs.size()];
        for (int k = 0; k < dirs.size(); k++) {
          params[k] = Fraction.of(rnd.nextInt(21) - 10, rnd.nextInt(4) + 1);
          for (int i = 0; i < x.length; i++) {
            x[i] = x[i].add(params[k].multiply(dirs.get(k).get(i)));
          }
        }
        assertArrayEquals(b.toArray(), a.multiply(x), a + " " + b);
        assertEquals(FractionVector.of(x), s.pointAt(params));
      }
      for (FractionVector d : dirs) {
        assertTrue(ExactTestSupport.allZero(a.multiply(d.toArray())), a.toString());
      }
    }
    assertTrue(infinite > ExactTestSupport.CASES / 4, "enough cases with free variables");
  }

  @Test
  void classificationAgreesWithLinearSystem() {
    Random rnd = new Random(52);
    for (int t = 0; t < ExactTestSupport.CASES; t++) {
      FractionMatrix a = ExactTestSupport.randomSmall(rnd);
      Fraction[] b = ExactTestSupport.randomVector(rnd, a.rows(), 3).toArray();
      Solution expected = LinearSystem.of(a, b).solve();
      ParametricSolution s = ParametricSolution.solve(LinearSystem.of(a, b));
      assertEquals(expected.kind(), s.kind(), a + " " + FractionVector.of(b));
      assertEquals(expected.rank(), s.rank());
      if (expected.kind() == Solution.Kind.UNIQUE) {
        assertEquals(FractionVector.of(expected.values()), s.particular());
      }
    }
  }

  @Test
  void invalidInputIsRejected() {
    FractionMatrix a = FractionMatrix.parse("[1 2; 3 4]");
    assertThrows(
        IllegalArgumentException.class,
        () -> ParametricSolution.solve(a, FractionVector.ofIntegers(1, 2, 3)));
    ParametricSolution s =
        ParametricSolution.solve(FractionMatrix.parse("[1 1]"), FractionVector.ofIntegers(1));
    assertThrows(IllegalArgumentException.class, () -> s.pointAt());
  }
}
