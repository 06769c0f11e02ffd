package org.mathforml.mathlib.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.fitting.leastsquares.GaussNewtonOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.optim.SimpleVectorValueChecker;
import org.junit.jupiter.api.Test;

class GaussNewtonTest extends LeastSquaresContractTest {

  @Override
  LeastSquaresResult fit(VectorFunction f, double[] start) {
    return GaussNewton.withDefaults().fit(f, start);
  }

  @Test
  void matchesCommonsGaussNewtonOnExponentialDecay() {
    CurveModel model = new CurveModel.ExponentialDecay();
    Random rnd = new Random(21L);
    double worst = 0;
    for (int t = 0; t < TRIALS; t++) {
      double[][] data = model.sample(new double[] {3, 0.4}, 0, 8, 25, 0.02, rnd);
      double[] start = {2.8, 0.45};
      LeastSquaresProblem problem =
          new LeastSquaresBuilder()
              .start(start)
              .model(model.commonsModel(data[0]))
              .target(data[1])
              .checkerPair(new SimpleVectorValueChecker(1e-14, 1e-14))
              .maxEvaluations(1000)
              .maxIterations(1000)
              .build();
      LeastSquaresOptimizer.Optimum expected = new GaussNewtonOptimizer().optimize(problem);
      LeastSquaresResult r = fit(model.residuals(data[0], data[1]), start);
      double[] e = expected.getPoint().toArray();
      for (int i = 0; i < 2; i++) {
        worst = Math.max(worst, Math.abs(r.parameters()[i] - e[i]) / Math.abs(e[i]));
      }
    }
    assertTrue(worst < PARAMETER_TOLERANCE, "max relative error " + worst);
  }

  @Test
  void dependentColumnsAreSingular() {
    // r = (p0 + p1) - 1 twice: the Jacobian columns are equal, J^T J = [[2, 2], [2, 2]].
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
    LeastSquaresResult r = GaussNewton.withDefaults().fit(f, new double[] {0, 0});
    assertEquals(StopReason.SINGULAR, r.reason());
    assertArrayEquals(new double[] {0, 0}, r.parameters(), 0);
  }
}
