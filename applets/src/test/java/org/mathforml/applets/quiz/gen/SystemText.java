package org.mathforml.applets.quiz.gen;

import org.mathforml.applets.quiz.Variant;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.expr.Expression;

/**
 * Reads a 2x2 system back from its plain text ("2 x + 3 y = 5, x - y = 1") with mathlib's
 * expression parser, so the tests check the numbers the reader sees rather than the generator's
 * internals. Returns rows {a, b, c} of longs.
 */
final class SystemText {

  private SystemText() {}

  static long[][] read(Variant v) {
    String[] equations = v.param("S").value().text().split(", ");
    long[][] rows = new long[equations.length][];
    for (int i = 0; i < equations.length; i++) {
      String[] sides = equations[i].split(" = ");
      Expression lhs = Expression.parse(sides[0]);
      java.util.Map<String, Double> at = new java.util.HashMap<>();
      at.put("x", 1.0);
      at.put("y", 0.0);
      double a = lhs.evaluate(at);
      at.put("x", 0.0);
      at.put("y", 1.0);
      double b = lhs.evaluate(at);
      Fraction c = Fraction.parse(sides[1]);
      if (!c.isInteger() || a != Math.rint(a) || b != Math.rint(b)) {
        throw new AssertionError("non-integer coefficients in " + equations[i]);
      }
      rows[i] = new long[] {(long) a, (long) b, c.numerator()};
    }
    return rows;
  }
}
