package org.mathforml.mathlib.calculus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What every finite-difference scheme must do (EJML-style contract): exact on straight lines, the
 * advertised order of convergence, an accurate default step, rejected bad input.
 */
abstract class DifferenceSchemeContract {

  abstract DifferenceScheme scheme();

  /** Cubic with f''' = 6 and f'' = 6x: truncation errors of known size. */
  static final class Cubic implements RealFunction {
    @Override
    public double value(double x) {
      return x * x * x;
    }
  }

  static final class Line implements RealFunction {
    @Override
    public double value(double x) {
      return 3 * x - 2;
    }
  }

  static final class Sine implements RealFunction {
    @Override
    public double value(double x) {
      return Math.sin(x);
    }
  }

  @Test
  void exactOnStraightLinesUpToRounding() {
    for (double h : new double[] {1, 0.125, 1e-3}) {
      assertEquals(3.0, scheme().estimate(new Line(), 0.5, h), 1e-12);
    }
  }

  @Test
  void errorShrinksLikeHToTheOrder() {
    // Halving h divides the truncation error by 2^p; h stays large enough that round-off
    // (eps / h ~ 1e-14) is negligible against the truncation error (~h^p ~ 1e-4).
    double x = 0.7;
    double h = 1e-2;
    double e1 = Math.abs(scheme().estimate(new Sine(), x, h) - Math.cos(x));
    double e2 = Math.abs(scheme().estimate(new Sine(), x, h / 2) - Math.cos(x));
    double ratio = e1 / e2;
    double expected = Math.pow(2, scheme().order());
    assertEquals(expected, ratio, 0.05 * expected, "ratio " + ratio);
  }

  @Test
  void truncationErrorMatchesTheLeadingTerm() {
    // Cubic at x = 1, h = 1e-3: forward error h f''/2 + h^2 f'''/6 = 3e-3 + 1e-6,
    // central error h^2 f'''/6 = 1e-6 exactly (the series stops at f''').
    double h = 1e-3;
    double error = scheme().estimate(new Cubic(), 1, h) - 3;
    double expected =
        scheme() == DifferenceScheme.CENTRAL
            ? h * h
            : scheme() == DifferenceScheme.FORWARD ? 3 * h + h * h : -3 * h + h * h;
    assertEquals(expected, error, 1e-10);
  }

  @Test
  void defaultStepIsNearOptimal() {
    // sqrt(eps) ~ 1.5e-8 for first order gives error ~1e-8; cbrt(eps) for central ~1e-11.
    double bound = scheme().order() == 1 ? 1e-7 : 1e-9;
    Random rnd = new Random(scheme().ordinal());
    for (int k = 0; k < 1000; k++) {
      double x = rnd.nextDouble() * 20 - 10;
      assertEquals(Math.cos(x), scheme().estimate(new Sine(), x), bound * Math.max(1, Math.abs(x)));
    }
  }

  @Test
  void rejectsBadInput() {
    assertThrows(IllegalArgumentException.class, () -> scheme().estimate(new Sine(), 1, 0));
    assertThrows(IllegalArgumentException.class, () -> scheme().estimate(new Sine(), 1, -1e-3));
    assertThrows(
        IllegalArgumentException.class, () -> scheme().estimate(new Sine(), 1, Double.NaN));
    assertThrows(
        IllegalArgumentException.class,
        () -> scheme().estimate(new Sine(), Double.POSITIVE_INFINITY, 1e-3));
    assertThrows(
        IllegalArgumentException.class, () -> scheme().estimate(new Sine(), Double.NaN, 1e-3));
    assertThrows(IllegalArgumentException.class, () -> scheme().estimate(null, 1, 1e-3));
  }

  @Test
  void nanValuesPropagate() {
    RealFunction sqrt =
        new RealFunction() {
          @Override
          public double value(double x) {
            return Math.sqrt(x);
          }
        };
    assertTrue(Double.isNaN(scheme().estimate(sqrt, -1, 1e-3)));
  }
}
