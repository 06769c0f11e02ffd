package org.mathforml.mathlib.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every least-squares method shares: the same fitted parameters as commons-math's
 * LevenbergMarquardtOptimizer on noisy curve-fitting problems started near the truth, exact
 * recovery on noise-free data, the linear case in one step, degenerate inputs.
 */
abstract class LeastSquaresContractTest {

  /**
   * Relative parameter agreement with commons-math. Both stop on relative cost changes near 1e-10
   * (commons' defaults; ours are {@code tolerance}), and near a minimum the parameter error is
   * about sqrt(cost tolerance) times the curvature scale, so 1e-6 leaves room; the observed worst
   * case is printed by the test.
   */
  static final double PARAMETER_TOLERANCE = 1e-6;

  /** Number of seeded random problems per model. */
  static final int TRIALS = 300;

  abstract LeastSquaresResult fit(VectorFunction f, double[] start);

  private double compareWithCommons(
      CurveModel model, double[] truth, double from, double to, double sigma, long seed) {
    Random rnd = new Random(seed);
    double worst = 0;
    for (int t = 0; t < TRIALS; t++) {
      double[][] data = model.sample(truth, from, to, 30 + rnd.nextInt(30), sigma, rnd);
      double[] start = new double[truth.length];
      for (int i = 0; i < truth.length; i++) {
        start[i] = truth[i] * (1 + 0.1 * (rnd.nextDouble() - 0.5));
      }
      LeastSquaresOptimizer.Optimum expected =
          new LevenbergMarquardtOptimizer()
              .withCostRelativeTolerance(1e-14)
              .withParameterRelativeTolerance(1e-14)
              .optimize(model.commonsProblem(data[0], data[1], start));
      LeastSquaresResult r = fit(model.residuals(data[0], data[1]), start);
      assertTrue(r.converged(), r.toString());
      double[] e = expected.getPoint().toArray();
      double[] p = r.parameters();
      for (int i = 0; i < p.length; i++) {
        worst = Math.max(worst, Math.abs(p[i] - e[i]) / Math.max(1, Math.abs(e[i])));
      }
      double rms = expected.getRMS();
      assertEquals(rms, r.rms(data[0].length), 1e-9 * Math.max(1, rms));
    }
    assertTrue(worst < PARAMETER_TOLERANCE, "max relative error " + worst);
    return worst;
  }

  @Test
  void exponentialDecayMatchesCommons() {
    double w =
        compareWithCommons(
            new CurveModel.ExponentialDecay(), new double[] {5, 0.7}, 0, 6, 0.05, 11L);
    System.out.println(getClass().getSimpleName() + " exponential decay max rel err " + w);
  }

  @Test
  void logisticMatchesCommons() {
    double w =
        compareWithCommons(new CurveModel.Logistic(), new double[] {10, 1.5, 3}, 0, 6, 0.1, 12L);
    System.out.println(getClass().getSimpleName() + " logistic max rel err " + w);
  }

  @Test
  void gaussianPeakMatchesCommons() {
    double w =
        compareWithCommons(
            new CurveModel.GaussianPeak(), new double[] {4, 2, 0.8}, 0, 4, 0.05, 13L);
    System.out.println(getClass().getSimpleName() + " gaussian peak max rel err " + w);
  }

  @Test
  void noiseFreeDataIsRecoveredExactly() {
    CurveModel model = new CurveModel.GaussianPeak();
    double[] truth = {4, 2, 0.8};
    double[][] data = model.sample(truth, 0, 4, 40, 0, new Random(1));
    LeastSquaresResult r = fit(model.residuals(data[0], data[1]), new double[] {3.5, 2.2, 0.9});
    assertTrue(r.converged(), r.toString());
    assertArrayEquals(truth, r.parameters(), 1e-9);
    assertTrue(r.cost() < 1e-18);
    assertEquals(r.iterations() + 1, r.costHistory().length);
    assertEquals(r.iterations() + 1, r.parameterHistory().length);
  }

  @Test
  void straightLineIsTheOrdinaryLeastSquaresLine() {
    // Points (0,1), (1,3), (2,4), (3,4): hand computation of the OLS line: x mean 1.5,
    // y mean 3, Sxy = (-1.5)(-2) + (-0.5)(0) + (0.5)(1) + (1.5)(1) = 5, Sxx = 5, so slope 1,
    // intercept 3 - 1.5 = 1.5; residuals -0.5, 0.5, 0.5, -0.5 give cost 1/2 * 1 = 0.5.
    double[] xs = {0, 1, 2, 3};
    double[] ys = {1, 3, 4, 4};
    VectorFunction line =
        new VectorFunction() {
          @Override
          public double[] value(double[] p) {
            double[] r = new double[4];
            for (int i = 0; i < 4; i++) {
              r[i] = p[0] + p[1] * xs[i] - ys[i];
            }
            return r;
          }

          @Override
          public double[][] jacobian(double[] p) {
            return new double[][] {{1, 0}, {1, 1}, {1, 2}, {1, 3}};
          }
        };
    LeastSquaresResult r = fit(line, new double[] {0, 0});
    assertTrue(r.converged(), r.toString());
    assertArrayEquals(new double[] {1.5, 1}, r.parameters(), 1e-8);
    assertEquals(0.5, r.cost(), 1e-12);
  }

  @Test
  void invalidStartsAreRejected() {
    CurveModel model = new CurveModel.ExponentialDecay();
    double[][] data = model.sample(new double[] {1, 1}, 0, 1, 5, 0, new Random(1));
    VectorFunction f = model.residuals(data[0], data[1]);
    assertThrows(IllegalArgumentException.class, () -> fit(f, new double[0]));
    assertThrows(IllegalArgumentException.class, () -> fit(f, new double[] {1, Double.NaN}));
    VectorFunction badShape =
        new VectorFunction() {
          @Override
          public double[] value(double[] p) {
            return new double[] {p[0], p[1]};
          }

          @Override
          public double[][] jacobian(double[] p) {
            return new double[][] {{1, 0}};
          }
        };
    assertThrows(IllegalArgumentException.class, () -> fit(badShape, new double[] {1, 1}));
  }

  @Test
  void nonFiniteResidualsAreDivergence() {
    VectorFunction nan =
        new VectorFunction() {
          @Override
          public double[] value(double[] p) {
            return new double[] {Double.NaN};
          }

          @Override
          public double[][] jacobian(double[] p) {
            return new double[][] {{1}};
          }
        };
    assertEquals(StopReason.DIVERGED, fit(nan, new double[] {1}).reason());
  }
}
