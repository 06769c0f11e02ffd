package org.mathforml.mathlib.expr;

import java.util.Random;

/** Random expression text shared by the expression tests. */
final class ExpressionTestSupport {

  private ExpressionTestSupport() {}

  // Fully parenthesised random text, with implicit products and unary minus mixed in.
  static String randomExpression(Random rnd, int depth) {
    if (depth == 0 || rnd.nextInt(4) == 0) {
      switch (rnd.nextInt(4)) {
        case 0:
          return Integer.toString(rnd.nextInt(10));
        case 1:
          return "pi";
        default:
          return "x";
      }
    }
    String a = randomExpression(rnd, depth - 1);
    String b = randomExpression(rnd, depth - 1);
    switch (rnd.nextInt(8)) {
      case 0:
        return "(" + a + ")+(" + b + ")";
      case 1:
        return "(" + a + ")-(" + b + ")";
      case 2:
        return "(" + a + ")*(" + b + ")";
      case 3:
        return "(" + a + ")/(" + b + ")";
      case 4:
        return "(" + a + ")^(" + b + ")";
      case 5:
        return "-(" + a + ")";
      case 6:
        return "(" + a + ")(" + b + ")";
      default:
        return "sin(" + a + ")";
    }
  }
}
