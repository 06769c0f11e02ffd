package org.mathforml.mathlib.calculus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.apache.commons.math3.analysis.differentiation.FiniteDifferencesDifferentiator;
import org.apache.commons.math3.analysis.differentiation.UnivariateDifferentiableFunction;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.expr.Expression;

class NumericalDerivativeTest {

  /**
   * commons-math's 3-point differentiator is the same central formula with its own step, so both
   * carry truncation h^2 |f'''|/6 ~ 1e-9 (h = 1e-4 here); 1e-7 leaves a wide margin.
   */
  static final double VS_COMMONS_MATH = 1e-7;

  /** Second difference with h = eps^(1/4): truncation ~h^2/12 ~ 1e-9, round-off ~eps/h^2 ~ 1e-8. */
  static final double SECOND_TOLERANCE = 1e-6;

  static final class Exp implements RealFunction {
    @Override
    public double value(double x) {
      return Math.exp(x);
    }
  }

  @Test
  void centralMatchesCommonsMathFiniteDifferences() {
    final Expression e = Expression.parse("sin(x) e^(x/3) + x^2");
    RealFunction f = e.asFunction("x");
    FiniteDifferencesDifferentiator cm = new FiniteDifferencesDifferentiator(3, 1e-4);
    UnivariateDifferentiableFunction g =
        cm.differentiate(
            new UnivariateFunction() {
              @Override
              public double value(double x) {
                return e.evaluate("x", x);
              }
            });
    Random rnd = new Random(1);
    for (int k = 0; k < 2000; k++) {
      double x = rnd.nextDouble() * 6 - 3;
      double expected = g.value(new DerivativeStructure(1, 1, 0, x)).getPartialDerivative(1);
      assertEquals(expected, NumericalDerivative.central(f, x, 1e-4), VS_COMMONS_MATH);
      assertEquals(e.evaluateDual("x", x).derivative(), NumericalDerivative.central(f, x), 1e-9);
    }
  }

  @Test
  void secondDerivative() {
    Random rnd = new Random(2);
    for (int k = 0; k < 1000; k++) {
      double x = rnd.nextDouble() * 4 - 2;
      assertEquals(
          Math.exp(x), NumericalDerivative.second(new Exp(), x), SECOND_TOLERANCE * Math.exp(x));
    }
    // exact for quadratics up to rounding: f = x^2, f'' = 2
    assertEquals(
        2.0, NumericalDerivative.second(Expression.parse("x^2").asFunction("x"), 3, 0.5), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> NumericalDerivative.second(new Exp(), 0, 0));
  }

  @Test
  void errorTableShowsTruncationThenRoundOff() {
    ErrorTable t =
        NumericalDerivative.errorTable(new Exp(), 1, Math.E, NumericalDerivative.powersOfTen(15));
    assertEquals(15, t.size());
    assertEquals(1e-3, t.step(2), 0);
    // Truncation region: forward error ~ h e/2, central ~ h^2 e/6.
    assertEquals(0.1 * Math.E / 2, t.error(DifferenceScheme.FORWARD, 0), 0.01);
    assertEquals(1e-2 * Math.E / 6, t.error(DifferenceScheme.CENTRAL, 0), 1e-4);
    // Best steps near sqrt(eps) ~ 1e-8 (first order) and cbrt(eps) ~ 1e-5 (central).
    int forward = t.bestRow(DifferenceScheme.FORWARD);
    int central = t.bestRow(DifferenceScheme.CENTRAL);
    assertTrue(forward >= 6 && forward <= 9, "forward best at row " + forward);
    assertTrue(central >= 3 && central <= 6, "central best at row " + central);
    // Round-off region: at h = 1e-15 all schemes are far worse than at their best.
    for (DifferenceScheme s : DifferenceScheme.values()) {
      assertTrue(t.error(s, 14) > 100 * t.error(s, t.bestRow(s)), s.name());
    }
    String text = t.toString();
    assertTrue(text.startsWith("h         forward   backward  central\n1.00e-01  1.41e-01"), text);
    assertEquals(16, text.split("\n").length);
  }

  @Test
  void errorTableRejectsBadInput() {
    double[] hs = {1e-3};
    assertThrows(
        IllegalArgumentException.class,
        () -> NumericalDerivative.errorTable(new Exp(), 1, Double.NaN, hs));
    assertThrows(
        IllegalArgumentException.class,
        () -> NumericalDerivative.errorTable(new Exp(), 1, 1, new double[0]));
    assertThrows(
        IllegalArgumentException.class,
        () -> NumericalDerivative.errorTable(new Exp(), 1, 1, new double[] {0}));
    assertThrows(IllegalArgumentException.class, () -> NumericalDerivative.powersOfTen(0));
  }

  @Test
  void scientificFormat() {
    assertEquals("1.23e-04", Scientific.format(0.000123456, 3));
    assertEquals("1.00e+01", Scientific.format(9.996, 3));
    assertEquals("-2.50e+00", Scientific.format(-2.5, 3));
    assertEquals("0", Scientific.format(0, 3));
    assertEquals("NaN", Scientific.format(Double.NaN, 3));
    assertEquals("1e-15", Scientific.format(1e-15, 1));
  }
}
