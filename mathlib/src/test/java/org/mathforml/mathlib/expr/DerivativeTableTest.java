package org.mathforml.mathlib.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A table of textbook derivatives (Stewart, "Calculus", 8th ed., ch. 3: the rules and the
 * derivatives of the elementary functions, written out by hand here). Each row is checked three
 * ways: the simplified form as a string and as LaTeX (the textbook answer), numerically against
 * central differences, and against forward-mode automatic differentiation.
 */
class DerivativeTableTest {

  /** Step of the central difference, relative to max(1, |x|). */
  static final double H = 1e-4;

  /** Step of the third difference used to bound |f'''| near x. */
  static final double H3 = 2e-3;

  /**
   * Points with |f'(x)| above this are skipped: they lie near a pole (tan, 1/x) where the
   * third-difference stencil may straddle the singularity and bound nothing.
   */
  static final double STEEP = 1e3;

  /**
   * Central difference error (Burden and Faires, 4.1): h^2/6 |f'''(xi)| (truncation) plus about eps
   * |f| / h (round-off). f''' is estimated by a third difference, so both terms get a safety factor
   * of 10.
   */
  static final double SAFETY = 10;

  /**
   * Dual numbers and the symbolic derivative are both exact up to rounding, but they round
   * different formulas (e.g. (x cos x - sin x)/x^2 vs the chain of dual operations), so they agree
   * to a few hundred ulps, not bit for bit.
   */
  static final double DUAL_TOLERANCE = 1e-10;

  static final double EPS = Math.ulp(1.0);
  static final int POINTS = 60;
  static final int MIN_VALID = 10;

  @ParameterizedTest(name = "d/dx {0} = {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "7                | 0                              | 0",
        "x                | 1                              | 1",
        "x^2              | 2 * x                          | 2x",
        "x^5              | 5 * x^4                        | 5x^{4}",
        "1/x              | -1 / x^2                       | -\\frac{1}{x^{2}}",
        "1/x^2            | -2 / x^3                       | -\\frac{2}{x^{3}}",
        "sqrt(x)          | 1 / (2 * sqrt(x))              | \\frac{1}{2\\sqrt{x}}",
        "x^(3/2)          | 3 * sqrt(x) / 2                | \\frac{3\\sqrt{x}}{2}",
        "e^x              | e^x                            | e^{x}",
        "exp(x)           | exp(x)                         | e^{x}",
        "ln(x)            | 1 / x                          | \\frac{1}{x}",
        "2^x              | 2^x * ln(2)                    | 2^{x}\\ln(2)",
        "log10(x)         | 1 / (x * ln(10))               | \\frac{1}{x\\ln(10)}",
        "sin(x)           | cos(x)                         | \\cos(x)",
        "cos(x)           | -sin(x)                        | -\\sin(x)",
        "tan(x)           | 1 / cos(x)^2                   | \\frac{1}{\\cos^{2}(x)}",
        "abs(x)           | sign(x)                        | \\operatorname{sign}(x)",
        "3x^2 + 2x + 1    | 6 * x + 2                      | 6x + 2",
        "x^3 - 3x         | 3 * x^2 - 3                    | 3x^{2} - 3",
        "5x^4 - 3x^2      | 20 * x^3 - 6 * x               | 20x^{3} - 6x",
        "2 pi x           | 2 * pi                         | 2\\pi",
        "0.5 x^2 - 0.1x   | x - 0.1                        | x - 0.1",
        "x sin(x)         | sin(x) + x * cos(x)            | \\sin(x) + x\\cos(x)",
        "x^2 e^x          | 2 * x * e^x + x^2 * e^x        | 2x e^{x} + x^{2}e^{x}",
        "x ln(x)          | ln(x) + 1                      | \\ln(x) + 1",
        "e^x cos(x)       | e^x * cos(x) - e^x * sin(x)    | e^{x}\\cos(x) - e^{x}\\sin(x)",
        "x e^(-x)         | e^(-x) - x * e^(-x)            | e^{-x} - x e^{-x}",
        "(x+1)(x-1)       | 2 * x                          | 2x",
        "x/(x+1)          | 1 / (x + 1)^2                  | \\frac{1}{(x + 1)^{2}}",
        "(2x+1)/(x-1)     | -3 / (x - 1)^2                 | -\\frac{3}{(x - 1)^{2}}",
        "sin(x)/x         | (x * cos(x) - sin(x)) / x^2    | \\frac{x\\cos(x) - \\sin(x)}{x^{2}}",
        "ln(x)/x          | (1 - ln(x)) / x^2              | \\frac{1 - \\ln(x)}{x^{2}}",
        "(x^2-1)/(x^2+1)  | 4 * x / (x^2 + 1)^2            | \\frac{4x}{(x^{2} + 1)^{2}}",
        "x/(x^2+1)        | (1 - x^2) / (x^2 + 1)^2        | \\frac{1 - x^{2}}{(x^{2} + 1)^{2}}",
        "sin(x^2)         | 2 * x * cos(x^2)               | 2x\\cos(x^{2})",
        "cos(3x)          | -3 * sin(3 * x)                | -3\\sin(3x)",
        "tan(2x)          | 2 / cos(2 * x)^2               | \\frac{2}{\\cos^{2}(2x)}",
        "e^(3x)           | 3 * e^(3 * x)                  | 3e^{3x}",
        "exp(-x^2)        | -2 * x * exp(-x^2)             | -2x e^{-x^{2}}",
        "e^(sin(x))       | e^sin(x) * cos(x)              | e^{\\sin(x)}\\cos(x)",
        "ln(x^2+1)        | 2 * x / (x^2 + 1)              | \\frac{2x}{x^{2} + 1}",
        "ln(sin(x))       | cos(x) / sin(x)                | \\frac{\\cos(x)}{\\sin(x)}",
        "ln(ln(x))        | 1 / (x * ln(x))                | \\frac{1}{x\\ln(x)}",
        "sqrt(1-x^2)      | -x / sqrt(1 - x^2)             | -\\frac{x}{\\sqrt{1 - x^{2}}}",
        "sqrt(x^2+1)      | x / sqrt(x^2 + 1)              | \\frac{x}{\\sqrt{x^{2} + 1}}",
        "(2x+1)^3         | 6 * (2 * x + 1)^2              | 6(2x + 1)^{2}",
        "(x^2+1)^3        | 6 * x * (x^2 + 1)^2            | 6x(x^{2} + 1)^{2}",
        "sin(x)^2         | 2 * sin(x) * cos(x)            | 2\\sin(x)\\cos(x)",
        "cos(x)^3         | -3 * cos(x)^2 * sin(x)         | -3\\cos^{2}(x)\\sin(x)",
        "1/(1+exp(-x))    | exp(-x) / (1 + exp(-x))^2      | \\frac{e^{-x}}{(1 + e^{-x})^{2}}",
        "x^x              | x^x * (ln(x) + 1)              | x^{x}(\\ln(x) + 1)",
      })
  void textbookDerivative(String function, String derivative, String latex) {
    Expression f = Expression.parse(function);
    Expression d = f.derivative("x");
    assertEquals(derivative, d.toString(), function);
    assertEquals(latex, d.toLatex(), function);
    assertEquals(d, Expression.parse(d.toString()), "the printed form reparses");
    checkNumerically(f, d);
  }

  // Central differences and dual numbers at seeded random points where f is smooth.
  static void checkNumerically(Expression f, Expression d) {
    Random random = new Random(f.toString().hashCode());
    int valid = 0;
    for (int k = 0; k < POINTS * 4 && valid < POINTS; k++) {
      double x = 6 * random.nextDouble() - 3;
      double h = H * Math.max(1, Math.abs(x));
      double exact = d.evaluate("x", x);
      double[] around = new double[5];
      boolean finite = Math.abs(x) > 0.05 && Math.abs(exact) < STEEP;
      for (int i = -2; i <= 2; i++) {
        around[i + 2] = f.evaluate("x", x + i * H3);
        finite &= Double.isFinite(around[i + 2]);
      }
      double up = f.evaluate("x", x + h);
      double down = f.evaluate("x", x - h);
      if (!finite || !Double.isFinite(up) || !Double.isFinite(down)) {
        continue;
      }
      double third = (around[4] - 2 * around[3] + 2 * around[1] - around[0]) / (2 * H3 * H3 * H3);
      double truncation = h * h / 6 * (Math.abs(third) + 1);
      double roundOff = EPS * Math.max(Math.abs(up), Math.abs(down)) / h;
      double tolerance = SAFETY * (truncation + roundOff);
      double central = (up - down) / (2 * h);
      assertEquals(exact, central, tolerance, "d/dx " + f + " at x = " + x);
      double dual = f.evaluateDual("x", x).derivative();
      assertEquals(
          exact,
          dual,
          DUAL_TOLERANCE * Math.max(1, Math.abs(exact)),
          "dual vs symbolic for " + f + " at x = " + x);
      valid++;
    }
    assertTrue(valid >= MIN_VALID, "too few valid points for " + f + ": " + valid);
  }
}
