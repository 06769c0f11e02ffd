package org.mathforml.mathlib.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimplifyTest {

  /** Simplification rearranges the formula: values agree to rounding, relative to size. */
  static final double REARRANGED = 1e-9;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2 + 3 * 4          | 14",
        "1/3 + 1/6          | 1 / 2",
        "2/4 x              | x / 2",
        "0.1 + 0.2          | 0.3",
        "0 * x + 1 * y      | y",
        "x + 0              | x",
        "x^1                | x",
        "x^0                | 1",
        "1^x                | 1",
        "x * x              | x^2",
        "x * x^2 * x        | x^4",
        "x^2 / x            | x",
        "x / x              | 1",
        "2x + 3x            | 5 * x",
        "2x - 2x            | 0",
        "x y + 2 y x        | 3 * x * y",
        "-(-x)              | x",
        "-(x + 1)           | -x - 1",
        "x - (y - z)        | x - y + z",
        "(2x)^2             | 4 * x^2",
        "x^-1               | 1 / x",
        "2 x^-2             | 2 / x^2",
        "sqrt(x) sqrt(x)    | x",
        "sqrt(4) + ln(1) + sin(0) + cos(0) + exp(0) | 4",
        "ln(e)              | 1",
        "ln(e^(3x))         | 3 * x",
        "sqrt(2)            | sqrt(2)",
        "ln(2)              | ln(2)",
        "pi * 2 * x         | 2 * pi * x",
        "x sin(x) * 3       | 3 * x * sin(x)",
        "e^x e^x            | e^(2 * x)",
        "-x^2 + 1           | 1 - x^2",
        "x * -y             | -x * y",
        "2(x + 1)           | 2 * (x + 1)",
        "2(x + 1) - 2x      | 2",
      })
  void simplifiesToTextbookForm(String text, String expected) {
    Expression e = Expression.parse(text);
    Expression s = e.simplify();
    assertEquals(expected, s.toString(), text);
    assertEquals(s, s.simplify(), "simplify is idempotent");
    assertTrue(e.equivalentTo(s), "simplify keeps the value");
  }

  @Test
  void randomExpressionsKeepTheirValueWhereDefined() {
    Random rnd = new Random(11);
    for (int k = 0; k < 1500; k++) {
      String text = ExpressionTestSupport.randomExpression(rnd, 4);
      Expression e = Expression.parse(text);
      Expression s = e.simplify();
      for (int i = 0; i < 5; i++) {
        double x = rnd.nextDouble() * 4 - 2;
        double a = e.evaluate("x", x);
        double b = s.evaluate("x", x);
        if (Double.isFinite(a) && Math.abs(a) < 1e6) {
          assertEquals(a, b, REARRANGED * Math.max(1, Math.abs(a)), text + " -> " + s);
        }
      }
    }
  }

  @Test
  void equivalenceAcceptsRearrangementsAndRejectsNearMisses() {
    assertTrue(eq("2x + 2", "2(x + 1)"));
    assertTrue(eq("(x + 1)^2", "x^2 + 2x + 1"));
    assertTrue(eq("sin(x)^2 + cos(x)^2", "1"));
    assertTrue(eq("ln(x y)", "ln(x) + ln(y)"), "agree wherever both are defined");
    assertTrue(eq("sqrt(x)^2", "x"), "NaN points (x < 0) are skipped");
    assertTrue(eq("a x + b", "b + x a"));
    assertFalse(eq("2x + 2", "2x + 2.000001"));
    assertFalse(eq("x^2", "x^3"));
    assertFalse(eq("x", "y"));
    assertFalse(eq("abs(x)", "x"), "differs at the negative points");
  }

  @Test
  void equivalenceNeedsEnoughValidPoints() {
    assertFalse(eq("sqrt(-1 - x^2)", "sqrt(-1 - x^2)"), "never defined: nothing to compare");
    assertFalse(eq("ln(-x^2 - 1)", "0"));
    assertTrue(eq("1/0", "2/0") == false, "infinite everywhere is not confirmed");
  }

  private static boolean eq(String a, String b) {
    return Expression.parse(a).equivalentTo(Expression.parse(b));
  }

  @Test
  void derivativesWithOtherVariablesArePartial() {
    Expression f = Expression.parse("x^2 y + sin(x y) + 3y");
    assertEquals("2 * x * y + y * cos(x * y)", f.derivative("x").toString());
    assertEquals("x^2 + x * cos(x * y) + 3", f.derivative("y").toString());
    assertEquals("0", f.derivative("z").toString());
  }

  @Test
  void badVariableNamesAreRejected() {
    Expression f = Expression.parse("x^2");
    assertThrows(IllegalArgumentException.class, () -> f.derivative(""));
    assertThrows(IllegalArgumentException.class, () -> f.derivative(null));
    assertThrows(IllegalArgumentException.class, () -> f.derivative("2x"));
    assertThrows(IllegalArgumentException.class, () -> f.evaluateDual("x y", 1));
  }

  @Test
  void unboundVariablesInADerivativeKeepTheirSourcePosition() {
    Expression d = Expression.parse("x^2 + a x").derivative("x");
    ExpressionException e = assertThrows(ExpressionException.class, () -> d.evaluate("x", 1));
    assertEquals("unknown variable 'a' at position 6", e.getMessage());
    ExpressionException dual =
        assertThrows(
            ExpressionException.class, () -> Expression.parse("x + b").evaluateDual("x", 1));
    assertEquals(4, dual.position());
  }

  @Test
  void signIsAFunctionNow() {
    assertEquals(-1.0, Expression.parse("sign(x)").evaluate("x", -3));
    assertEquals(0.0, Expression.parse("sign(x)").evaluate("x", 0));
    assertEquals("0", Expression.parse("sign(x)").derivative("x").toString());
  }
}
