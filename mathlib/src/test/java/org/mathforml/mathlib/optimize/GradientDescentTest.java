package org.mathforml.mathlib.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class GradientDescentTest {

  /**
   * On SPD quadratics with alpha = 1 / lambda_max the error contracts by (1 - kappa^-1) per step;
   * kappa &lt;= 20 here, so 5000 steps leave far less than this, and the gradient stop at 1e-10
   * bounds the error by 1e-10 / lambda_min &lt; 1e-9.
   */
  private static final double QUADRATIC_TOLERANCE = 1e-8;

  /** f(x) = (x - 3)^2. */
  private static final class Parabola implements ScalarFunction {
    @Override
    public double value(double x) {
      return (x - 3) * (x - 3);
    }

    @Override
    public double derivative(double x) {
      return 2 * (x - 3);
    }
  }

  @Test
  void oneVariableTrajectoryMatchesClosedForm() {
    // x_{k+1} = x_k - 0.1 * 2 (x_k - 3), so x_k - 3 = 0.8^k (x_0 - 3): x_1 = 0.6, x_2 = 1.08.
    ScalarResult r = GradientDescent.of(0.1, 500).minimize(new Parabola(), 0);
    double[] xs = r.trajectory();
    assertEquals(0.6, xs[1], 1e-15);
    assertEquals(1.08, xs[2], 1e-15);
    for (int k = 0; k < xs.length; k++) {
      assertEquals(3 - 3 * Math.pow(0.8, k), xs[k], 1e-12);
      assertEquals((xs[k] - 3) * (xs[k] - 3), r.values()[k], 1e-12);
      assertEquals(2 * (xs[k] - 3), r.derivatives()[k], 1e-12);
    }
    assertEquals(StopReason.GRADIENT_TOLERANCE, r.reason());
    assertTrue(r.converged());
    assertEquals(3, r.x(), 1e-8);
    // |f'(x_k)| = 6 * 0.8^k < 1e-8 first at k = ceil(ln(6e8) / ln(1.25)) = 91.
    assertEquals(91, r.iterations());
  }

  @Test
  void tooLargeLearningRateIsReportedAsDivergence() {
    // x_k - 3 = (1 - 2.2)^k (x_0 - 3): |error| grows by 1.2 each step, f by 1.44.
    ScalarResult r = GradientDescent.of(1.1, 1000).minimize(new Parabola(), 0);
    assertEquals(StopReason.DIVERGED, r.reason());
    assertFalse(r.converged());
    assertEquals(GradientDescent.DEFAULT_DIVERGENCE_PATIENCE, r.iterations());
    assertTrue(r.value() > r.values()[0]);
  }

  @Test
  void nonFiniteValueIsDivergence() {
    ScalarFunction f =
        new ScalarFunction() {
          @Override
          public double value(double x) {
            return x > 5 ? Double.NaN : -x;
          }

          @Override
          public double derivative(double x) {
            return -1;
          }
        };
    ScalarResult r = GradientDescent.of(1, 100).minimize(f, 0);
    assertEquals(StopReason.DIVERGED, r.reason());
    assertEquals(6, r.x());
  }

  @Test
  void stepToleranceAndBudgetAreReported() {
    ScalarResult step =
        GradientDescent.of(0.1, 1000).withTolerances(0, 1e-6).minimize(new Parabola(), 0);
    assertEquals(StopReason.STEP_TOLERANCE, step.reason());
    double[] xs = step.trajectory();
    assertTrue(Math.abs(xs[xs.length - 1] - xs[xs.length - 2]) < 1e-6);
    assertTrue(Math.abs(xs[xs.length - 2] - xs[xs.length - 3]) >= 1e-6);

    ScalarResult none = GradientDescent.of(0.1, 0).minimize(new Parabola(), 0);
    assertEquals(StopReason.MAX_ITERATIONS, none.reason());
    assertEquals(0, none.iterations());
    assertEquals(1, none.trajectory().length);

    ScalarResult five = GradientDescent.of(0.1, 5).minimize(new Parabola(), 0);
    assertEquals(StopReason.MAX_ITERATIONS, five.reason());
    assertEquals(5, five.iterations());
  }

  @Test
  void invalidSettingsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> GradientDescent.of(0, 10));
    assertThrows(IllegalArgumentException.class, () -> GradientDescent.of(Double.NaN, 10));
    assertThrows(IllegalArgumentException.class, () -> GradientDescent.of(0.1, -1));
    assertThrows(IllegalArgumentException.class, () -> GradientDescent.of(0.1, 1).withMomentum(1));
    assertThrows(
        IllegalArgumentException.class,
        () -> GradientDescent.of(0.1, 1).minimize(new Parabola(), Double.NaN));
    assertThrows(
        IllegalArgumentException.class,
        () -> GradientDescent.of(0.1, 1).minimize(new TestFunctions.Rosenbrock(), new double[0]));
  }

  @Test
  void rosenbrockDescendsToTheValley() {
    MultivariateResult r =
        GradientDescent.of(1e-3, 200_000)
            .withTolerances(1e-6, 0)
            .minimize(new TestFunctions.Rosenbrock(), new double[] {-1.2, 1});
    assertEquals(StopReason.GRADIENT_TOLERANCE, r.reason());
    assertArrayEquals(new double[] {1, 1}, r.point(), 1e-5);
    // Plain GD with a stable rate never increases f on this path.
    double[] fs = r.values();
    for (int k = 1; k < fs.length; k++) {
      assertTrue(fs[k] <= fs[k - 1] + 1e-15, "f rose at step " + k);
    }
    assertEquals(r.trajectory().length, r.gradientNorms().length);
  }

  @Test
  void momentumReachesRosenbrockMinimumInFewerSteps() {
    double[] start = {-1.2, 1};
    GradientDescent plain = GradientDescent.of(1e-3, 200_000).withTolerances(1e-6, 0);
    MultivariateResult a = plain.minimize(new TestFunctions.Rosenbrock(), start);
    MultivariateResult b = plain.withMomentum(0.9).minimize(new TestFunctions.Rosenbrock(), start);
    assertTrue(b.converged());
    assertArrayEquals(new double[] {1, 1}, b.point(), 1e-5);
    assertTrue(b.iterations() < a.iterations() / 3, b.iterations() + " vs " + a.iterations());
  }

  @Test
  void randomQuadraticsReachTheCommonsMathSolution() {
    Random rnd = new Random(20240601L);
    double worst = 0;
    for (int t = 0; t < 1000; t++) {
      int n = 1 + rnd.nextInt(4);
      double[][] a = NewtonMethodTest.randomSpd(rnd, n, 20);
      double[] b = new double[n];
      for (int i = 0; i < n; i++) {
        b[i] = rnd.nextDouble() * 4 - 2;
      }
      RealMatrix m = new Array2DRowRealMatrix(a);
      double lambdaMax = new EigenDecomposition(m).getRealEigenvalue(0);
      double[] expected =
          new LUDecomposition(m).getSolver().solve(new ArrayRealVector(b)).toArray();
      MultivariateResult r =
          GradientDescent.of(1 / lambdaMax, 5000)
              .withTolerances(1e-10, 0)
              .minimize(new TestFunctions.Quadratic(a, b), new double[n]);
      assertEquals(StopReason.GRADIENT_TOLERANCE, r.reason());
      for (int i = 0; i < n; i++) {
        worst = Math.max(worst, Math.abs(r.point()[i] - expected[i]));
      }
    }
    assertTrue(worst < QUADRATIC_TOLERANCE, "max error " + worst);
  }

  @Test
  void multivariateDivergenceAndNaN() {
    double[][] a = {{2, 0}, {0, 10}};
    MultivariateResult r =
        GradientDescent.of(0.25, 1000)
            .minimize(new TestFunctions.Quadratic(a, new double[] {0, 0}), new double[] {1, 1});
    assertEquals(StopReason.DIVERGED, r.reason()); // 0.25 > 2 / 10: the y mode grows by 1.5x
    MultivariateFunction nan =
        new MultivariateFunction() {
          @Override
          public double value(double[] x) {
            return Double.NaN;
          }

          @Override
          public double[] gradient(double[] x) {
            return new double[] {0};
          }
        };
    MultivariateResult s = GradientDescent.of(0.1, 10).minimize(nan, new double[] {0});
    assertEquals(StopReason.DIVERGED, s.reason());
    assertEquals(0, s.iterations());
  }
}
