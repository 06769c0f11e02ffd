package org.mathforml.mathlib.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionTest {

  /** The parser must reproduce Math.* to the last bit for these direct formulas. */
  private static final double EXACT = 0.0;

  /** For algebraically equal but differently rounded forms (printer round trip). */
  private static final double ROUND_TRIP_TOLERANCE = 1e-12;

  private static double at(String text, double x) {
    return Expression.parse(text).evaluate("x", x);
  }

  @Test
  void evaluatesLikeJavaMath() {
    Map<String, DoubleUnaryOperator> cases = new HashMap<>();
    cases.put("sin(x)", Math::sin);
    cases.put("cos(x)", Math::cos);
    cases.put("tan(x)", Math::tan);
    cases.put("exp(x)", Math::exp);
    cases.put("ln(x)", Math::log);
    cases.put("log(x)", Math::log);
    cases.put("log10(x)", Math::log10);
    cases.put("sqrt(x)", Math::sqrt);
    cases.put("abs(x)", Math::abs);
    cases.put("x^3", x -> Math.pow(x, 3));
    cases.put("2^x", x -> Math.pow(2, x));
    cases.put("e^x", x -> Math.pow(Math.E, x));
    cases.put("3*x^2 - 2*x + 1", x -> 3 * Math.pow(x, 2) - 2 * x + 1);
    cases.put("1/(1 + exp(-x))", x -> 1 / (1 + Math.exp(-x)));
    cases.put("sin(pi*x)/x", x -> Math.sin(Math.PI * x) / x);
    Random rnd = new Random(5);
    for (Map.Entry<String, DoubleUnaryOperator> c : cases.entrySet()) {
      Expression e = Expression.parse(c.getKey());
      for (int k = 0; k < 200; k++) {
        double x = rnd.nextDouble() * 20 - 10;
        assertEquals(
            c.getValue().applyAsDouble(x), e.evaluate("x", x), EXACT, c.getKey() + " at " + x);
      }
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2 + 3 * 4     | 0  | 14",
        "(2 + 3) * 4   | 0  | 20",
        "10 - 4 - 3    | 0  | 3",
        "64 / 4 / 2    | 0  | 8",
        "2^3^2         | 0  | 512",
        "-x^2          | 3  | -9",
        "(-x)^2        | 3  | 9",
        "-2^2          | 0  | -4",
        "2^-1          | 0  | 0.5",
        "2^-x^2        | 1  | 0.5",
        "--x           | 5  | 5",
        "+x            | 5  | 5",
        "x - -x        | 5  | 10",
        "2 * -x        | 5  | -10",
        "2x            | 3  | 6",
        "3(x+1)        | 3  | 12",
        "2 pi          | 0  | 6.283185307179586",
        "(x+1)(x-1)    | 3  | 8",
        "x sin(x)      | 0  | 0",
        "2x^2          | 3  | 18",
        "-2x           | 3  | -6",
        "1/2x          | 4  | 2",
        "x(x+1)        | 3  | 12",
        "pi            | 0  | 3.141592653589793",
        "e             | 0  | 2.718281828459045",
        "2e            | 0  | 5.43656365691809",
        "x2            | 0  | NaN",
        ".5x           | 4  | 2",
        "sqrt(-1)      | 0  | NaN",
        "1/0           | 0  | Infinity",
        "log10(1000)   | 0  | 3",
        "abs(-3) + exp(0) + ln(1) | 0 | 4",
      })
  void precedenceAndImplicitMultiplication(String text, double x, double expected) {
    if (text.equals("x2")) { // an identifier, not x*2: needs its own binding
      assertEquals(Set.of("x2"), Expression.parse(text).variables());
      assertEquals(7.0, Expression.parse(text).evaluate("x2", 7.0));
      return;
    }
    assertEquals(expected, at(text, x), 1e-15, text);
  }

  @Test
  void variablesExcludeConstantsAndFunctions() {
    Expression e = Expression.parse("a x^2 + b*x + c + pi + e + sin(t)");
    assertEquals(List.of("a", "b", "c", "t", "x"), List.copyOf(e.variables()));
    assertTrue(Expression.parse("2 pi").variables().isEmpty());
    assertThrows(UnsupportedOperationException.class, () -> e.variables().add("y"));
  }

  @Test
  void evaluatesWithAMapAndReportsUnknownVariables() {
    Expression e = Expression.parse("a x + b");
    Map<String, Double> values = new HashMap<>();
    values.put("a", 2.0);
    values.put("x", 3.0);
    values.put("b", -1.0);
    values.put("unused", 9.0);
    assertEquals(5.0, e.evaluate(values));
    values.remove("b");
    ExpressionException missing = assertThrows(ExpressionException.class, () -> e.evaluate(values));
    assertEquals("unknown variable 'b' at position 6", missing.getMessage());
    assertEquals(6, missing.position());
    ExpressionException other =
        assertThrows(ExpressionException.class, () -> Expression.parse("x + y").evaluate("x", 1));
    assertEquals(4, other.position());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''          | 0 | empty expression",
        "'   '       | 0 | empty expression",
        "x +         | 3 | unexpected end of input",
        "x + * 2     | 4 | unexpected '*'",
        "(x + 1))    | 7 | unexpected ')'",
        ")           | 0 | unexpected ')'",
        "()          | 1 | unexpected ')'",
        "(x + 1      | 0 | unclosed '('",
        "2 * (3 + (x) | 4 | unclosed '('",
        "sin(x       | 3 | unclosed '('",
        "sin()       | 4 | unexpected ')'",
        "sin x       | 4 | expected '(' after function 'sin'",
        "sin         | 3 | expected '(' after function 'sin'",
        "foo(x)      | 0 | unknown function 'foo'",
        "2 * bar(x)  | 4 | unknown function 'bar'",
        "2 3         | 2 | unexpected number '3'",
        "x 2         | 2 | unexpected number '3'",
        "x $ 2       | 2 | unexpected '$'",
        "1.          | 2 | expected a digit after '.'",
        "1.x         | 2 | expected a digit after '.'",
        "x^          | 2 | unexpected end of input",
        "2 * (3 + )  | 9 | unexpected ')'",
        "sin(x, y)   | 5 | unexpected ','",
        "(x)2        | 3 | unexpected number '2'",
      })
  void syntaxErrorsCarryTheirPosition(String text, int position, String problem) {
    ExpressionException e = assertThrows(ExpressionException.class, () -> Expression.parse(text));
    assertEquals(position, e.position(), e.getMessage());
    if (!text.equals("x 2")) {
      assertEquals(problem + " at position " + position, e.getMessage());
    } else {
      assertEquals("unexpected number '2' at position 2", e.getMessage());
    }
  }

  @Test
  void nullInputIsAnEmptyExpression() {
    assertEquals(
        0, assertThrows(ExpressionException.class, () -> Expression.parse(null)).position());
  }

  @Test
  void deepNestingIsAnErrorNotAStackOverflow() {
    String deep = "(".repeat(5000) + "x" + ")".repeat(5000);
    ExpressionException e = assertThrows(ExpressionException.class, () -> Expression.parse(deep));
    assertTrue(e.getMessage().startsWith("expression nested too deeply"), e.getMessage());
    assertThrows(ExpressionException.class, () -> Expression.parse("-".repeat(5000) + "x"));
    assertThrows(ExpressionException.class, () -> Expression.parse("2^".repeat(5000) + "x"));
    String longSum = "1" + "+1".repeat(5000);
    assertTrue(
        assertThrows(ExpressionException.class, () -> Expression.parse(longSum))
            .getMessage()
            .startsWith("expression too long"));
    // moderate sizes still work
    assertEquals(50.0, at("(".repeat(50) + "x" + ")".repeat(50), 50));
    assertEquals(500.0, at("1" + "+1".repeat(499), 0));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2x^2-3x+1          | 2 * x^2 - 3 * x + 1",
        "(x+1)(x-1)         | (x + 1) * (x - 1)",
        "-x^2               | -x^2",
        "(-x)^2             | (-x)^2",
        "2^3^2              | 2^3^2",
        "(2^3)^2            | (2^3)^2",
        "2^-x               | 2^(-x)",
        "a-(b-c)            | a - (b - c)",
        "(a-b)-c            | a - b - c",
        "a/(b*c)            | a / (b * c)",
        "a+(b+c)            | a + (b + c)",
        "-(x*y)             | -(x * y)",
        "-(-x)              | -(-x)",
        "x * -y             | x * -y",
        "sin( pi x )        | sin(pi * x)",
        "+x                 | x",
        "  1/2x             | 1 / 2 * x",
      })
  void toStringIsCanonicalAndReparses(String text, String canonical) {
    Expression e = Expression.parse(text);
    assertEquals(canonical, e.toString());
    assertEquals(e, Expression.parse(canonical));
    assertEquals(canonical, Expression.parse(canonical).toString());
  }

  @Test
  void randomExpressionsSurviveThePrintParseRoundTrip() {
    Random rnd = new Random(77);
    for (int k = 0; k < 2000; k++) {
      String text = ExpressionTestSupport.randomExpression(rnd, 4);
      Expression e = Expression.parse(text);
      Expression again = Expression.parse(e.toString());
      assertEquals(e.toString(), again.toString(), text);
      double x = rnd.nextDouble() * 4 - 2;
      double expected = e.evaluate("x", x);
      double actual = again.evaluate("x", x);
      if (Double.isNaN(expected)) {
        assertTrue(Double.isNaN(actual), text);
      } else {
        assertEquals(
            expected, actual, ROUND_TRIP_TOLERANCE * Math.max(1, Math.abs(expected)), text);
      }
    }
  }

  @Test
  void equalityFollowsCanonicalForm() {
    assertEquals(Expression.parse("2x"), Expression.parse("2 * x"));
    assertEquals(Expression.parse("2x").hashCode(), Expression.parse("2 * x").hashCode());
    assertNotEquals(Expression.parse("2x"), Expression.parse("x * 2"));
  }

  @Test
  void exceptionExposesProblemAndPosition() {
    ExpressionException e = new ExpressionException("unexpected ')'", 7);
    assertEquals("unexpected ')' at position 7", e.getMessage());
    assertEquals("unexpected ')'", e.problem());
    assertEquals(7, e.position());
  }
}
