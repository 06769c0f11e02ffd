package org.mathforml.mathlib.expr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GradientTest {

  /** Central differences of the symbolic first partials: h^2 truncation with h = 1e-5. */
  static final double HESSIAN_FD_TOLERANCE = 1e-6;

  @Test
  void gradientAndHessianOfAQuadratic() {
    // f = x^2 + 3xy + 2y^2: grad = (2x + 3y, 3x + 4y), Hessian = [[2, 3], [3, 4]] by hand.
    Expression f = Expression.parse("x^2 + 3x y + 2y^2");
    List<String> vars = List.of("x", "y");
    assertEquals("[2 * x + 3 * y, 3 * x + 4 * y]", f.gradient(vars).toString());
    assertEquals("[[2, 3], [3, 4]]", f.hessian(vars).toString());
    assertArrayEquals(new double[] {2 + 6, 3 + 8}, f.gradientAt(vars, new double[] {1, 2}));
    double[][] h = f.hessianAt(vars, new double[] {5, -7});
    assertArrayEquals(new double[] {2, 3}, h[0]);
    assertArrayEquals(new double[] {3, 4}, h[1]);
  }

  @Test
  void gradientOfTheLogisticLoss() {
    // L = ln(1 + e^(-y w x)): dL/dw = -y x e^(-y w x) / (1 + e^(-y w x)), by the chain rule.
    Expression loss = Expression.parse("ln(1 + e^(-y w x))");
    Expression byHand = Expression.parse("-y x e^(-y w x) / (1 + e^(-y w x))");
    assertEquals(true, loss.derivative("w").equivalentTo(byHand));
  }

  @Test
  void hessianMatchesFiniteDifferencesOfTheGradient() {
    Expression f = Expression.parse("sin(x y) + x^3 e^y - ln(1 + x^2 + y^2)");
    List<String> vars = List.of("x", "y");
    Random rnd = new Random(8);
    for (int k = 0; k < 50; k++) {
      double[] p = {rnd.nextDouble() * 2 - 1, rnd.nextDouble() * 2 - 1};
      double[][] h = f.hessianAt(vars, p);
      assertEquals(h[0][1], h[1][0]);
      for (int j = 0; j < 2; j++) {
        double step = 1e-5;
        double[] up = p.clone();
        double[] down = p.clone();
        up[j] += step;
        down[j] -= step;
        double[] gu = f.gradientAt(vars, up);
        double[] gd = f.gradientAt(vars, down);
        for (int i = 0; i < 2; i++) {
          assertEquals((gu[i] - gd[i]) / (2 * step), h[i][j], HESSIAN_FD_TOLERANCE);
        }
      }
      // each partial against a dual number in that variable
      Map<String, Double> others = new HashMap<>();
      others.put("y", p[1]);
      assertEquals(f.evaluateDual("x", p[0], others).derivative(), f.gradientAt(vars, p)[0], 1e-12);
    }
  }

  @Test
  void pointMustMatchTheVariables() {
    Expression f = Expression.parse("x y");
    assertThrows(
        IllegalArgumentException.class, () -> f.gradientAt(List.of("x", "y"), new double[] {1}));
    assertEquals(0, f.gradient(List.of()).size());
    assertEquals(0, f.hessianAt(List.of(), new double[0]).length);
    ExpressionException e =
        assertThrows(ExpressionException.class, () -> f.gradientAt(List.of("x"), new double[] {1}));
    assertEquals(2, e.position(), "the unbound y is reported where it was written");
  }
}
