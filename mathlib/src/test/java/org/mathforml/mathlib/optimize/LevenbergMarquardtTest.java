package org.mathforml.mathlib.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LevenbergMarquardtTest extends LeastSquaresContractTest {

  @Override
  LeastSquaresResult fit(VectorFunction f, double[] start) {
    return LevenbergMarquardt.withDefaults().fit(f, start);
  }

  @Test
  void costNeverIncreasesAndLambdaIsRecorded() {
    CurveModel model = new CurveModel.Logistic();
    double[][] data = model.sample(new double[] {10, 1.5, 3}, 0, 6, 40, 0.1, new Random(5));
    LeastSquaresResult r = fit(model.residuals(data[0], data[1]), new double[] {5, 0.5, 1});
    assertTrue(r.converged(), r.toString());
    double[] c = r.costHistory();
    for (int k = 1; k < c.length; k++) {
      assertTrue(c[k] < c[k - 1], "cost rose at " + k);
    }
    assertEquals(r.iterations(), r.lambdaHistory().length);
    assertTrue(r.evaluations() >= r.iterations() + 1);
    assertArrayEquals(new double[] {10, 1.5, 3}, r.parameters(), 0.3);
  }

  @Test
  void farStartStillConverges() {
    // Gaussian peak started with a width 5x too large and the centre off by 1.5. The model
    // depends on s only through s^2, so -0.5 is as good a width as 0.5.
    CurveModel model = new CurveModel.GaussianPeak();
    double[][] data = model.sample(new double[] {4, 2, 0.5}, 0, 4, 60, 0, new Random(2));
    double[] start = {1, 3.5, 2.5};
    LeastSquaresResult lm = fit(model.residuals(data[0], data[1]), start);
    assertTrue(lm.converged(), lm.toString());
    double[] p = lm.parameters();
    assertArrayEquals(new double[] {4, 2, 0.5}, new double[] {p[0], p[1], Math.abs(p[2])}, 1e-7);
    assertTrue(lm.cost() < 1e-20);
  }

  @Test
  void dependentColumnsStillGiveAMinimiser() {
    // J^T J is singular but J^T J + lambda D is not: LM lands on the line p0 + p1 = 1.
    VectorFunction f =
        new VectorFunction() {
          @Override
          public double[] value(double[] p) {
            return new double[] {p[0] + p[1] - 1, p[0] + p[1] - 1};
          }

          @Override
          public double[][] jacobian(double[] p) {
            return new double[][] {{1, 1}, {1, 1}};
          }
        };
    LeastSquaresResult r = fit(f, new double[] {0, 0});
    assertTrue(r.converged(), r.toString());
    double[] p = r.parameters();
    assertEquals(1, p[0] + p[1], 1e-8);
  }

  @Test
  void invalidSettings() {
    assertThrows(IllegalArgumentException.class, () -> LevenbergMarquardt.of(-1, 10));
    assertThrows(IllegalArgumentException.class, () -> LevenbergMarquardt.of(1e-8, -1));
    assertThrows(
        IllegalArgumentException.class,
        () -> LevenbergMarquardt.withDefaults().withInitialLambda(0));
  }
}
