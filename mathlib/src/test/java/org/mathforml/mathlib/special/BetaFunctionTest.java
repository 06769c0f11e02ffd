package org.mathforml.mathlib.special;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.apache.commons.math3.special.Beta;
import org.junit.jupiter.api.Test;

class BetaFunctionTest {

  /** Both use Stirling corrections for large arguments; rounding differences only. */
  private static final double LOG_BETA_REL = 1e-13;

  private static final double LOG_BETA_ABS = 1e-14;

  /**
   * Same continued fraction as Commons Math; the log prefactor a ln x + b ln(1-x) - lnB loses ~(a +
   * b) ulps, and Commons computes it slightly differently, so 1e-11 for a, b up to 1e3.
   */
  private static final double INCOMPLETE_REL = 1e-11;

  private static final double TINY_ABS = 1e-290;

  @Test
  void logBetaMatchesCommonsMath() {
    Random random = new Random(3L);
    ErrorTracker t = new ErrorTracker("logBeta", LOG_BETA_REL, LOG_BETA_ABS);
    for (int i = 0; i < 20_000; i++) {
      double a = Math.pow(10, -2 + 7 * random.nextDouble());
      double b = Math.pow(10, -2 + 7 * random.nextDouble());
      t.check(Beta.logBeta(a, b), BetaFunction.logBeta(a, b), "a=" + a + " b=" + b);
    }
    t.report();
  }

  @Test
  void regularizedBetaMatchesCommonsMath() {
    Random random = new Random(17L);
    ErrorTracker t = new ErrorTracker("regularizedBeta", INCOMPLETE_REL, TINY_ABS);
    ErrorTracker c = new ErrorTracker("regularizedBetaComplement", INCOMPLETE_REL, TINY_ABS);
    for (int i = 0; i < 20_000; i++) {
      double a = Math.pow(10, -1 + 4 * random.nextDouble());
      double b = Math.pow(10, -1 + 4 * random.nextDouble());
      double x = random.nextDouble();
      if (i % 4 == 0) {
        x = Math.pow(x, 8); // lower tail
      } else if (i % 4 == 1) {
        x = 1 - Math.pow(x, 8);
      }
      x = 1 - (1 - x); // so that 1 - x is exact and both sides see the same point
      String where = "x=" + x + " a=" + a + " b=" + b;
      t.check(
          Beta.regularizedBeta(x, a, b, 1e-15, 100000),
          BetaFunction.regularizedBeta(x, a, b),
          where);
      c.check(
          Beta.regularizedBeta(1 - x, b, a, 1e-15, 100000),
          BetaFunction.regularizedBetaComplement(x, 1 - x, a, b),
          where);
    }
    t.report();
    c.report();
  }

  @Test
  void recordedValues() {
    // B(2, 3) = 1! 2! / 4! = 1/12; I_x(1, 1) = x; I_x(a, 1) = x^a (closed forms).
    assertEquals(1.0 / 12, BetaFunction.beta(2, 3), 1e-16);
    assertEquals(0.3, BetaFunction.regularizedBeta(0.3, 1, 1), 1e-16);
    assertEquals(Math.pow(0.7, 5), BetaFunction.regularizedBeta(0.7, 5, 1), 1e-15);
    // B(1/2, 1/2) = pi
    assertEquals(Math.PI, BetaFunction.beta(0.5, 0.5), 1e-15);
    // I_x(a, b) = 1 - I_(1-x)(b, a)
    assertEquals(
        1 - BetaFunction.regularizedBeta(0.8, 4, 2.5),
        BetaFunction.regularizedBeta(0.2, 2.5, 4),
        1e-15);
  }

  @Test
  void edgesAndErrors() {
    assertEquals(0.0, BetaFunction.regularizedBeta(0, 2, 3), 0.0);
    assertEquals(1.0, BetaFunction.regularizedBeta(1, 2, 3), 0.0);
    assertEquals(0.0, BetaFunction.regularizedBetaComplement(1, 0, 2, 3), 0.0);
    assertThrows(IllegalArgumentException.class, () -> BetaFunction.regularizedBeta(1.5, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> BetaFunction.regularizedBeta(0.5, 0, 1));
    assertThrows(
        IllegalArgumentException.class, () -> BetaFunction.regularizedBeta(Double.NaN, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> BetaFunction.logBeta(-1, 1));
    assertThrows(IllegalArgumentException.class, () -> BetaFunction.logBeta(Double.NaN, 1));
  }
}
