package org.mathforml.mathlib.calculus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.expr.Expression;

/** Dual numbers against commons-math's DerivativeStructure (1 parameter, order 1). */
class DualTest {

  /**
   * Both propagate value and derivative with the same chain rules in doubles but round differently
   * (commons-math composes through Taylor tables). The test function sums terms up to ~1e4 in size
   * (sin(x) e^(cx)/sqrt(x) near x = 0.1), so agreement is relative to that scale: observed 1.1e-13,
   * allowed 1e-12.
   */
  static final double ULPS_TOLERANCE = 1e-12;

  private static DerivativeStructure ds(double x) {
    return new DerivativeStructure(1, 1, 0, x);
  }

  private static void close(double expected, double actual, String what) {
    assertEquals(expected, actual, ULPS_TOLERANCE * Math.max(1, Math.abs(expected)), what);
  }

  @Test
  void elementaryOperationsMatchCommonsMath() {
    Random rnd = new Random(42);
    for (int k = 0; k < 5000; k++) {
      double x = rnd.nextDouble() * 4 + 0.1;
      double c = rnd.nextDouble() * 6 - 3;
      Dual u = Dual.variable(x);
      DerivativeStructure v = ds(x);
      // f(x) = sin(x) * exp(c x) / sqrt(x) + ln(x)^2 - cos(x^c) + x^x + tan(x/5) - |x - 2|
      Dual f =
          u.sin()
              .multiply(Dual.constant(c).multiply(u).exp())
              .divide(u.sqrt())
              .add(u.ln().pow(2))
              .subtract(u.pow(c).cos())
              .add(u.pow(u))
              .add(u.divide(Dual.constant(5)).tan())
              .subtract(u.subtract(Dual.constant(2)).abs());
      DerivativeStructure g =
          v.sin()
              .multiply(v.multiply(c).exp())
              .divide(v.sqrt())
              .add(v.log().pow(2))
              .subtract(v.pow(c).cos())
              .add(v.pow(v))
              .add(v.divide(5).tan())
              .subtract(v.subtract(2).abs());
      close(g.getValue(), f.value(), "value at " + x);
      close(g.getPartialDerivative(1), f.derivative(), "derivative at " + x + ", c=" + c);
    }
  }

  @Test
  void expressionDualsMatchCommonsMath() {
    Expression e = Expression.parse("x^3 e^(-x) / (1 + x^2) - log10(x) + 2^x");
    Random rnd = new Random(7);
    for (int k = 0; k < 2000; k++) {
      double x = rnd.nextDouble() * 5 + 0.01;
      DerivativeStructure v = ds(x);
      DerivativeStructure g =
          v.pow(3)
              .multiply(v.negate().exp())
              .divide(v.pow(2).add(1))
              .subtract(v.log10())
              .add(new DerivativeStructure(1, 1, 2).pow(v));
      Dual d = e.evaluateDual("x", x);
      close(g.getValue(), d.value(), "value");
      close(g.getPartialDerivative(1), d.derivative(), "derivative at " + x);
      assertEquals(e.evaluate("x", x), d.value(), 1e-15 * Math.max(1, Math.abs(d.value())));
    }
  }

  @Test
  void exactCasesAndAlgebra() {
    assertEquals(Dual.of(6, 5), Dual.variable(2).multiply(Dual.of(3, 1)));
    assertEquals(Dual.of(9, 6), Dual.variable(3).pow(2));
    assertEquals(Dual.of(0, 0), Dual.variable(0).pow(2), "power rule at 0, no ln(0)");
    assertEquals(Dual.of(-8, 12), Dual.variable(-2).pow(3), "negative base, integer power");
    assertEquals(Dual.of(1, 0), Dual.variable(5).pow(0));
    assertEquals(Dual.of(0, 0), Dual.constant(0).pow(0.5), "constant: no 0 * Infinity");
    assertEquals(Dual.of(1, 0), Dual.variable(0).cos());
    assertEquals(Dual.of(0, 1), Dual.variable(0).sin());
    assertEquals(Dual.of(1, 1), Dual.variable(0).exp());
    assertEquals(Dual.of(0, 1), Dual.variable(1).ln());
    assertEquals(Dual.of(3, -1), Dual.variable(-3).abs(), "|x|' = -1 for x < 0");
    assertEquals(Dual.of(0.5, -0.25), Dual.constant(1).divide(Dual.variable(2)));
    assertEquals(Dual.of(Double.NaN, 1), Dual.of(Double.NaN, 1));
    assertEquals(Dual.of(0.0, 1).hashCode(), Dual.of(-0.0, 1).hashCode());
    assertEquals(Dual.of(0, 0), Dual.variable(0).abs(), "subgradient 0 at the kink");
  }

  @Test
  void domainErrorsPropagateAsNaNOrInfinity() {
    assertTrue(Double.isNaN(Dual.variable(-1).sqrt().value()));
    assertTrue(Double.isInfinite(Dual.variable(0).sqrt().derivative()));
    assertTrue(Double.isInfinite(Dual.variable(0).ln().value()));
    assertTrue(Double.isNaN(Dual.variable(Double.NaN).sin().derivative()));
    assertTrue(Double.isInfinite(Dual.variable(1).divide(Dual.constant(0)).value()));
    assertEquals("2.0 + 1.0\u03b5", Dual.variable(2).toString());
  }
}
