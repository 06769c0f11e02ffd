package org.mathforml.mathlib.special;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

class GammaFunctionTest {

  /** Both sides are Lanczos g=607/128 based; differences are rounding order (~10 ulps). */
  private static final double LOG_GAMMA_REL = 1e-14;

  /** Near the zeros of lnGamma (x = 1, 2) only an absolute bound makes sense. */
  private static final double LOG_GAMMA_ABS = 2e-15;

  /** gamma = exp(lnGamma): the lnGamma error times |lnGamma| (up to ~700). */
  private static final double GAMMA_REL = 5e-13;

  /**
   * Commons Math 3.6.1's digamma has a sign error in its x^-4 asymptotic term (about 1e-9 off for
   * moderate x), so it is only a coarse oracle; digammaMatchesMpmath is the fine one.
   */
  private static final double DIGAMMA_VS_COMMONS_REL = 1e-7;

  private static final double DIGAMMA_REL = 1e-14;

  /** psi has a zero at 1.4616: there the recurrence sum leaves ~1e-15 absolute. */
  private static final double DIGAMMA_ABS = 3e-15;

  /** Same algorithm as Commons Math; moderate a, x: rounding of the log prefactor. */
  private static final double INCOMPLETE_REL = 1e-12;

  /** Large a (to 1e4): the prefactor exp(-x + a ln x - lnGamma(a)) loses ~a ulps. */
  private static final double INCOMPLETE_LARGE_A_REL = 1e-9;

  /** Values below this are compared absolutely (both underflow differently). */
  private static final double TINY_ABS = 1e-290;

  @Test
  void logGammaMatchesCommonsMath() {
    Random random = new Random(20240601L);
    ErrorTracker t = new ErrorTracker("logGamma", LOG_GAMMA_REL, LOG_GAMMA_ABS);
    for (int i = 0; i < 20_000; i++) {
      double x = Math.pow(10, -5 + 10 * random.nextDouble());
      t.check(Gamma.logGamma(x), GammaFunction.logGamma(x), "x=" + x);
    }
    for (double x = 0.01; x < 30; x += 0.01) {
      t.check(Gamma.logGamma(x), GammaFunction.logGamma(x), "x=" + x);
    }
    t.report();
  }

  @Test
  void gammaMatchesCommonsMathIncludingNegativeArguments() {
    Random random = new Random(7L);
    ErrorTracker t = new ErrorTracker("gamma", GAMMA_REL, 0);
    for (int i = 0; i < 20_000; i++) {
      double x = -20 + 160 * random.nextDouble(); // Commons overflows near 141
      if (Math.abs(x - Math.rint(x)) < 1e-3 && x <= 0) {
        continue; // near a pole sin(pi x) is ill-conditioned and both lose digits
      }
      t.check(Gamma.gamma(x), GammaFunction.gamma(x), "x=" + x);
    }
    t.report();
  }

  @Test
  void recordedValues() {
    // sqrt(pi), Abramowitz and Stegun table 6.1; 5! and 22! are exact.
    assertEquals(1.7724538509055160273, GammaFunction.gamma(0.5), 4e-16);
    assertEquals(120.0, GammaFunction.gamma(6), 0.0);
    assertEquals(1124000727777607680000.0, GammaFunction.gamma(23), 0.0);
    // Gamma(-1/2) = -2 sqrt(pi)
    assertEquals(-3.5449077018110320546, GammaFunction.gamma(-0.5), 1e-15);
    assertEquals(0.0, GammaFunction.logGamma(1), 0.0);
    assertEquals(0.0, GammaFunction.logGamma(2), 0.0);
    // psi(1) = -Euler-Mascheroni constant (A&S 6.3.2); psi(1/2) = -gamma - 2 ln 2 (6.3.3)
    assertEquals(-0.5772156649015328606, GammaFunction.digamma(1), DIGAMMA_ABS);
    assertEquals(-1.9635100260214234794, GammaFunction.digamma(0.5), DIGAMMA_ABS);
    // P(1, x) = 1 - e^-x exactly (exponential cdf)
    assertEquals(-Math.expm1(-2.5), GammaFunction.regularizedGammaP(1, 2.5), 1e-15);
    assertEquals(Math.exp(-40), GammaFunction.regularizedGammaQ(1, 40), 1e-30);
  }

  @Test
  void poles() {
    assertTrue(Double.isNaN(GammaFunction.gamma(0)));
    assertTrue(Double.isNaN(GammaFunction.gamma(-3)));
    assertEquals(Double.POSITIVE_INFINITY, GammaFunction.logGamma(0));
    assertEquals(Double.POSITIVE_INFINITY, GammaFunction.logGamma(-2));
    assertTrue(Double.isNaN(GammaFunction.logGamma(Double.NaN)));
    assertTrue(Double.isNaN(GammaFunction.digamma(-1)));
    assertEquals(Double.POSITIVE_INFINITY, GammaFunction.gamma(200));
  }

  @Test
  void digammaMatchesCommonsMath() {
    Random random = new Random(11L);
    ErrorTracker t = new ErrorTracker("digamma vs commons", DIGAMMA_VS_COMMONS_REL, 1e-8);
    for (int i = 0; i < 10_000; i++) {
      double x = Math.pow(10, -3 + 7 * random.nextDouble());
      t.check(Gamma.digamma(x), GammaFunction.digamma(x), "x=" + x);
    }
    t.report();
  }

  @Test
  void digammaMatchesMpmath() {
    // mpmath 1.3 digamma at 30 significant digits, printed to 20.
    double[][] table = {
      {0.001, -1000.5755719318103005},
      {0.1, -10.423754940411076795},
      {0.5, -1.9635100260214234794},
      {1, -0.57721566490153286061},
      {1.5, 0.036489973978576520559},
      {2, 0.42278433509846713939},
      {3.7, 1.1671535393615113859},
      {6, 1.7061176684318004727},
      {10, 2.2517525890667211076},
      {12.5, 2.4851956512749120482},
      {49, 3.8815815101625860745},
      {129.5, 4.8598149081912800566},
      {1000, 6.9072551956488120521},
      {100000, 11.512920464961895087},
      {-0.5, 0.036489973978576520559},
      {-2.5, 1.1031566406452431872},
    };
    ErrorTracker t = new ErrorTracker("digamma vs mpmath", DIGAMMA_REL, DIGAMMA_ABS);
    for (double[] row : table) {
      t.check(row[1], GammaFunction.digamma(row[0]), "x=" + row[0]);
    }
    t.report();
  }

  @Test
  void regularizedGammaMatchesCommonsMath() {
    Random random = new Random(99L);
    ErrorTracker p = new ErrorTracker("regularizedGammaP", INCOMPLETE_REL, TINY_ABS);
    ErrorTracker q = new ErrorTracker("regularizedGammaQ", INCOMPLETE_REL, TINY_ABS);
    for (int i = 0; i < 20_000; i++) {
      double a = Math.pow(10, -2 + 4 * random.nextDouble());
      // x around a, spread over many standard deviations to reach both tails
      double x = Math.max(0, a + (random.nextDouble() - 0.5) * 20 * Math.sqrt(a) + 2);
      x = i % 3 == 0 ? x * random.nextDouble() : x;
      String where = "a=" + a + " x=" + x;
      p.check(
          Gamma.regularizedGammaP(a, x, 1e-15, 100000),
          GammaFunction.regularizedGammaP(a, x),
          where);
      q.check(
          Gamma.regularizedGammaQ(a, x, 1e-15, 100000),
          GammaFunction.regularizedGammaQ(a, x),
          where);
    }
    p.report();
    q.report();
  }

  @Test
  void regularizedGammaLargeShape() {
    Random random = new Random(5L);
    ErrorTracker p =
        new ErrorTracker("regularizedGammaP large a", INCOMPLETE_LARGE_A_REL, TINY_ABS);
    for (int i = 0; i < 2000; i++) {
      double a = Math.pow(10, 2 + 2 * random.nextDouble());
      double x = a + (random.nextDouble() - 0.5) * 10 * Math.sqrt(a);
      p.check(
          Gamma.regularizedGammaP(a, x, 1e-15, 100000),
          GammaFunction.regularizedGammaP(a, x),
          "a=" + a + " x=" + x);
    }
    p.report();
  }

  @Test
  void incompleteGammaEdgesAndErrors() {
    assertEquals(0.0, GammaFunction.regularizedGammaP(2, 0), 0.0);
    assertEquals(1.0, GammaFunction.regularizedGammaQ(2, 0), 0.0);
    assertEquals(1.0, GammaFunction.regularizedGammaP(2, Double.POSITIVE_INFINITY), 0.0);
    assertThrows(IllegalArgumentException.class, () -> GammaFunction.regularizedGammaP(0, 1));
    assertThrows(IllegalArgumentException.class, () -> GammaFunction.regularizedGammaP(1, -1));
    assertThrows(
        IllegalArgumentException.class, () -> GammaFunction.regularizedGammaQ(Double.NaN, 1));
    assertThrows(
        IllegalArgumentException.class, () -> GammaFunction.regularizedGammaQ(1, Double.NaN));
  }
}
