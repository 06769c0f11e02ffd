package org.mathforml.mathlib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

class LinearSystemTest {

  private static final long SEED = 31_337L;

  /** Absolute tolerance for Commons Math's LU solution of well-scaled small integer systems. */
  private static final double SOLVE_TOLERANCE = 1e-8;

  private static Solution solve(String augmented) {
    return LinearSystem.ofAugmented(FractionMatrix.parse(augmented)).solve();
  }

  private static Fraction[] fractions(String row) {
    return FractionMatrix.parse(row).row(0);
  }

  @Test
  void uniqueTwoByTwo() {
    // 2x + y = 5, x - y = 1
    Solution s = LinearSystem.of(FractionMatrix.parse("2 1; 1 -1"), fractions("5 1")).solve();
    assertEquals(Solution.Kind.UNIQUE, s.kind());
    assertArrayEquals(fractions("2 1"), s.values());
    assertEquals("(2, 1)", s.toString());
    assertEquals(2, s.rank());
    assertEquals(0, s.freeVariables());
    assertEquals("(1/2, -3)", solve("2 0 1; 0 1 -3").toString());
  }

  @Test
  void noSolutionTwoByTwo() {
    Solution s = solve("1 1 1; 1 1 2");
    assertEquals(Solution.Kind.NONE, s.kind());
    assertEquals("no solution", s.toString());
    assertEquals(1, s.rank());
    assertThrows(IllegalStateException.class, s::values);
    assertThrows(IllegalStateException.class, s::freeVariables);
  }

  @Test
  void infinitelyManyTwoByTwo() {
    Solution s = solve("1 1 1; 2 2 2");
    assertEquals(Solution.Kind.INFINITE, s.kind());
    assertEquals("infinitely many solutions", s.toString());
    assertEquals(1, s.rank());
    assertEquals(1, s.freeVariables());
    assertThrows(IllegalStateException.class, s::values);
    assertEquals(2, solve("0 0 0; 0 0 0").freeVariables());
  }

  @Test
  void threeByThreeCases() {
    // x + y + z = 6, 2y + 5z = -4, 2x + 5y - z = 27  ->  (5, 3, -2)
    assertEquals("(5, 3, -2)", solve("1 1 1 6; 0 2 5 -4; 2 5 -1 27").toString());
    // third equation = first + second, but with a different constant
    Solution none = solve("1 2 3 1; 0 1 1 2; 1 3 4 4");
    assertEquals(Solution.Kind.NONE, none.kind());
    assertEquals(2, none.rank());
    Solution inf = solve("1 2 3 1; 0 1 1 2; 1 3 4 3");
    assertEquals(Solution.Kind.INFINITE, inf.kind());
    assertEquals(1, inf.freeVariables());
    Solution plane = solve("1 1 1 1; 2 2 2 2; 3 3 3 3");
    assertEquals(2, plane.freeVariables());
    // needs a row swap to find the first pivot
    assertEquals("(1, 2, 3)", solve("0 1 0 2; 1 0 0 1; 0 0 2 6").toString());
  }

  @Test
  void nonSquareSystems() {
    // three equations, two unknowns, consistent
    assertEquals("(2, 1)", solve("2 1 5; 1 -1 1; 1 1 3").toString());
    assertEquals(Solution.Kind.NONE, solve("2 1 5; 1 -1 1; 1 1 4").kind());
    // two equations, three unknowns
    Solution s = solve("1 0 1 1; 0 1 1 2");
    assertEquals(Solution.Kind.INFINITE, s.kind());
    assertEquals(3, s.unknowns());
    assertEquals(1, s.freeVariables());
  }

  @Test
  void randomNonSingularSystemsSolveExactlyAndMatchLu() {
    Random rnd = new Random(SEED);
    int checked = 0;
    for (int k = 0; k < 2000; k++) {
      int n = 1 + rnd.nextInt(5);
      FractionMatrix a = MatrixTestSupport.randomIntegers(rnd, n, n, 9);
      if (a.determinant().isZero()) {
        continue;
      }
      Fraction[] b = MatrixTestSupport.randomIntegers(rnd, 1, n, 20).row(0);
      Solution s = LinearSystem.of(a, b).solve();
      assertEquals(Solution.Kind.UNIQUE, s.kind());
      Fraction[] x = s.values();
      assertArrayEquals(b, a.multiply(x), "A x = b exactly");
      RealVector lu =
          new LUDecomposition(MatrixTestSupport.toReal(a))
              .getSolver()
              .solve(new ArrayRealVector(toDoubles(b)));
      assertArrayEquals(lu.toArray(), toDoubles(x), SOLVE_TOLERANCE);
      checked++;
    }
    assertTrue(checked > 1500);
  }

  @Test
  void kindFollowsRoucheCapelliOnRandomLowRankSystems() {
    Random rnd = new Random(SEED + 1);
    int[] seen = new int[3];
    for (int k = 0; k < 2000; k++) {
      int m = 1 + rnd.nextInt(4);
      int n = 1 + rnd.nextInt(4);
      int r = 1 + rnd.nextInt(Math.min(m, n));
      FractionMatrix a =
          MatrixTestSupport.randomIntegers(rnd, m, r, 3)
              .multiply(MatrixTestSupport.randomIntegers(rnd, r, n, 3));
      Fraction[] b =
          rnd.nextBoolean()
              ? MatrixTestSupport.randomIntegers(rnd, 1, m, 5).row(0) // usually inconsistent
              : a.multiply(MatrixTestSupport.randomIntegers(rnd, 1, n, 3).row(0)); // A x0
      FractionMatrix aug = LinearSystem.of(a, b).augmented();
      LinearSystem system = LinearSystem.ofAugmented(aug);
      Solution s = system.solve();
      int rankA = system.coefficients().rank();
      int rankAug = aug.rank();
      Solution.Kind expected =
          rankA < rankAug
              ? Solution.Kind.NONE
              : rankA == n ? Solution.Kind.UNIQUE : Solution.Kind.INFINITE;
      assertEquals(expected, s.kind(), aug.toString());
      assertEquals(rankA, s.rank());
      if (s.kind() == Solution.Kind.UNIQUE) {
        assertArrayEquals(system.constants(), system.coefficients().multiply(s.values()));
      }
      seen[s.kind().ordinal()]++;
    }
    assertTrue(seen[0] > 50 && seen[1] > 50 && seen[2] > 50, "all kinds sampled");
  }

  @Test
  void accessorsAndValidation() {
    LinearSystem system = LinearSystem.of(FractionMatrix.parse("2 1; 1 -1"), fractions("5 1"));
    assertEquals(FractionMatrix.parse("2 1 5; 1 -1 1"), system.augmented());
    assertEquals(FractionMatrix.parse("2 1; 1 -1"), system.coefficients());
    assertArrayEquals(fractions("5 1"), system.constants());
    assertEquals(2, system.equations());
    assertEquals(2, system.unknowns());
    assertThrows(
        IllegalArgumentException.class,
        () -> LinearSystem.of(FractionMatrix.parse("2 1; 1 -1"), fractions("5")));
    assertThrows(
        IllegalArgumentException.class,
        () -> LinearSystem.of(FractionMatrix.parse("2 1; 1 -1"), null));
    assertThrows(
        IllegalArgumentException.class,
        () -> LinearSystem.ofAugmented(FractionMatrix.parse("1; 2")));
  }

  @Test
  void valuesIsADefensiveCopy() {
    Solution s = solve("1 0 4; 0 1 5");
    s.values()[0] = Fraction.ZERO;
    assertEquals(Fraction.of(4), s.values()[0]);
  }

  private static double[] toDoubles(Fraction[] v) {
    double[] d = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      d[i] = v[i].doubleValue();
    }
    return d;
  }
}
