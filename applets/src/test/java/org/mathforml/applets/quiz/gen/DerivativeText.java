package org.mathforml.applets.quiz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Response;
import org.mathforml.applets.quiz.SolutionStep;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.mathlib.expr.Expression;

/** Checks shared by the derivative generator tests, independent of the generators' code. */
final class DerivativeText {

  /** Points where every variant is defined (x = 0 is avoided for g/g' mistakes only). */
  private static final double[] POINTS = {-1.7, -0.6, 0.3, 0.9, 1.4};

  private DerivativeText() {}

  /** The f of the prompt, parsed from the parameter's plain text. */
  static Expression function(Variant v) {
    return Expression.parse(v.param("f").value().text());
  }

  /**
   * The key agrees with mathlib's symbolic derivative of f, with forward-mode automatic
   * differentiation of f (mathlib's Dual numbers, not the symbolic differentiator the generator
   * uses) and with a central difference; the model answer parses; the last step shows the model
   * answer.
   */
  static void check(Variant v) {
    AnswerKey k = v.key();
    assertEquals(AnswerKey.Kind.EXPRESSION, k.kind());
    Expression f = function(v);
    Expression key = k.expression();
    assertTrue(f.derivative("x").equivalentTo(key), "key differs from mathlib's derivative");
    for (double x : POINTS) {
      double dual = f.evaluateDual("x", x).derivative();
      double symbolic = key.evaluate("x", x);
      assertEquals(dual, symbolic, 1e-9 * Math.max(1, Math.abs(dual)), "key at x = " + x);
      double h = 1e-5;
      double central = (f.evaluate("x", x + h) - f.evaluate("x", x - h)) / (2 * h);
      assertEquals(dual, central, 1e-4 * Math.max(1, Math.abs(dual)), "difference at " + x);
    }
    Response model = v.modelResponse();
    Expression typed = Expression.parse(model.text());
    assertTrue(typed.equivalentTo(key));
    List<SolutionStep> steps = v.solution();
    assertTrue(steps.size() >= 3, "too few steps");
    assertEquals("f'(x) = " + model.text(), steps.get(steps.size() - 1).math().text());
    assertTrue(v.mistakes().size() >= 3, "too few typical mistakes");
  }
}
