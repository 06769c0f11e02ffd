package org.mathforml.mathlib.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.apache.commons.math3.analysis.differentiation.UnivariateDifferentiableFunction;
import org.apache.commons.math3.analysis.solvers.NewtonRaphsonSolver;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class NewtonMethodTest {

  /**
   * Roots of x^3 + x - c agree with commons-math's NewtonRaphsonSolver (absolute accuracy 1e-14) to
   * a few ulps of the root (|root| &lt;= 5 here).
   */
  private static final double ROOT_TOLERANCE = 1e-12;

  /** One Newton step on an SPD quadratic is the exact solve; kappa &lt;= 1e3 here. */
  private static final double QUADRATIC_TOLERANCE = 1e-10;

  /** Returns Q diag(lambda) Q^T with eigenvalues spread over [1, kappa]. */
  static double[][] randomSpd(Random rnd, int n, double kappa) {
    double[][] g = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        g[i][j] = rnd.nextGaussian();
      }
    }
    RealMatrix q = new QRDecomposition(new Array2DRowRealMatrix(g)).getQ();
    RealMatrix d = new Array2DRowRealMatrix(n, n);
    for (int i = 0; i < n; i++) {
      d.setEntry(i, i, i == 0 ? kappa : 1 + rnd.nextDouble() * (kappa - 1));
    }
    RealMatrix a = q.multiply(d).multiply(q.transpose());
    double[][] s = a.getData();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        s[i][j] = s[j][i]; // exact symmetry
      }
    }
    return s;
  }

  private static final class Poly implements ScalarFunction {
    final double c;

    Poly(double c) {
      this.c = c;
    }

    @Override
    public double value(double x) {
      return x * x * x + x - c;
    }

    @Override
    public double derivative(double x) {
      return 3 * x * x + 1;
    }
  }

  @Test
  void squareRootOfTwoTrajectory() {
    ScalarFunction f =
        new ScalarFunction() {
          @Override
          public double value(double x) {
            return x * x - 2;
          }

          @Override
          public double derivative(double x) {
            return 2 * x;
          }
        };
    ScalarResult r = NewtonMethod.withDefaults().findRoot(f, 1);
    double[] xs = r.trajectory();
    // Hand computation: x1 = 1 - (-1)/2 = 3/2; x2 = 3/2 - (1/4)/3 = 17/12;
    // x3 = 17/12 - (1/144)/(17/6) = 577/408 (Babylonian method).
    assertEquals(1.5, xs[1], 0);
    assertEquals(17.0 / 12, xs[2], 1e-15);
    assertEquals(577.0 / 408, xs[3], 1e-15);
    assertEquals(Math.sqrt(2), r.x(), 1e-15);
    assertTrue(r.converged());
    assertTrue(r.iterations() <= 6);
  }

  @Test
  void rootsAgreeWithCommonsNewtonRaphson() {
    Random rnd = new Random(7L);
    NewtonRaphsonSolver solver = new NewtonRaphsonSolver(1e-14);
    double worst = 0;
    for (int t = 0; t < 2000; t++) {
      double c = rnd.nextDouble() * 200 - 100;
      double x0 = rnd.nextDouble() * 10 - 5;
      UnivariateDifferentiableFunction g =
          new UnivariateDifferentiableFunction() {
            @Override
            public double value(double x) {
              return x * x * x + x - c;
            }

            @Override
            public DerivativeStructure value(DerivativeStructure x) {
              return x.pow(3).add(x).subtract(c);
            }
          };
      double expected = solver.solve(1000, g, -10, 10, x0);
      ScalarResult r = NewtonMethod.withDefaults().findRoot(new Poly(c), x0);
      assertTrue(r.converged(), r.toString());
      worst = Math.max(worst, Math.abs(r.x() - expected));
    }
    assertTrue(worst < ROOT_TOLERANCE, "max error " + worst);
  }

  @Test
  void flatDerivativeAndCyclesAreReported() {
    ScalarFunction noRoot =
        new ScalarFunction() {
          @Override
          public double value(double x) {
            return x * x + 1;
          }

          @Override
          public double derivative(double x) {
            return 2 * x;
          }
        };
    ScalarResult flat = NewtonMethod.withDefaults().findRoot(noRoot, 0);
    assertEquals(StopReason.FLAT_DERIVATIVE, flat.reason());
    assertEquals(0, flat.iterations());

    // x^3 - 2x + 2 from 0: x1 = 0 - 2/(-2) = 1, x2 = 1 - 1/1 = 0, ... a 2-cycle.
    ScalarFunction cycle =
        new ScalarFunction() {
          @Override
          public double value(double x) {
            return x * x * x - 2 * x + 2;
          }

          @Override
          public double derivative(double x) {
            return 3 * x * x - 2;
          }
        };
    ScalarResult c = NewtonMethod.of(1e-12, 20).findRoot(cycle, 0);
    assertEquals(StopReason.MAX_ITERATIONS, c.reason());
    assertEquals(20, c.iterations());
    assertEquals(0, c.trajectory()[20], 0);
    assertEquals(1, c.trajectory()[19], 0);

    // atan from 1.5 overshoots further each step (|x0| > 1.3917...), then f' underflows.
    ScalarFunction atan =
        new ScalarFunction() {
          @Override
          public double value(double x) {
            return Math.atan(x);
          }

          @Override
          public double derivative(double x) {
            return 1 / (1 + x * x);
          }
        };
    ScalarResult a = NewtonMethod.withDefaults().findRoot(atan, 1.5);
    assertFalse(a.converged());
    assertTrue(Math.abs(a.trajectory()[2]) > Math.abs(a.trajectory()[1]));
  }

  private static final class ExpMinusTwoX implements TwiceDifferentiableScalarFunction {
    @Override
    public double value(double x) {
      return Math.exp(x) - 2 * x;
    }

    @Override
    public double derivative(double x) {
      return Math.exp(x) - 2;
    }

    @Override
    public double secondDerivative(double x) {
      return Math.exp(x);
    }
  }

  @Test
  void oneVariableMinimisation() {
    // f = e^x - 2x: f' = e^x - 2 = 0 at x = ln 2, f'' > 0.
    ScalarResult r = NewtonMethod.withDefaults().minimize(new ExpMinusTwoX(), 3);
    assertTrue(r.converged());
    assertEquals(Math.log(2), r.x(), 1e-15);
    assertEquals(2 - 2 * Math.log(2), r.value(), 1e-15);
    // x1 = 3 - (e^3 - 2)/e^3 = 2 + 2 e^-3.
    assertEquals(2 + 2 * Math.exp(-3), r.trajectory()[1], 1e-15);
  }

  @Test
  void oneVariableCurvatureFailures() {
    TwiceDifferentiableScalarFunction concave =
        new TwiceDifferentiableScalarFunction() {
          @Override
          public double value(double x) {
            return -x * x;
          }

          @Override
          public double derivative(double x) {
            return -2 * x;
          }

          @Override
          public double secondDerivative(double x) {
            return -2;
          }
        };
    assertEquals(
        StopReason.NOT_POSITIVE_DEFINITE,
        NewtonMethod.withDefaults().minimize(concave, 1).reason());
    TwiceDifferentiableScalarFunction line =
        new TwiceDifferentiableScalarFunction() {
          @Override
          public double value(double x) {
            return x;
          }

          @Override
          public double derivative(double x) {
            return 1;
          }

          @Override
          public double secondDerivative(double x) {
            return 0;
          }
        };
    assertEquals(StopReason.SINGULAR, NewtonMethod.withDefaults().minimize(line, 1).reason());
  }

  @Test
  void rosenbrockFromTheClassicStart() {
    MultivariateResult r =
        NewtonMethod.withDefaults()
            .minimize(new TestFunctions.Rosenbrock(), new double[] {-1.2, 1});
    assertTrue(r.converged(), r.toString());
    assertArrayEquals(new double[] {1, 1}, r.point(), 1e-12);
    assertTrue(r.iterations() < 10, r.toString());
  }

  @Test
  void oneStepOnRandomQuadraticsMatchesCommonsLu() {
    Random rnd = new Random(99L);
    double worst = 0;
    for (int t = 0; t < 2000; t++) {
      int n = 1 + rnd.nextInt(5);
      double[][] a = randomSpd(rnd, n, 1e3);
      double[] b = new double[n];
      double[] x0 = new double[n];
      for (int i = 0; i < n; i++) {
        b[i] = rnd.nextGaussian();
        x0[i] = rnd.nextGaussian();
      }
      double[] expected =
          new LUDecomposition(new Array2DRowRealMatrix(a))
              .getSolver()
              .solve(new ArrayRealVector(b))
              .toArray();
      MultivariateResult r =
          NewtonMethod.of(1e-9, 5).minimize(new TestFunctions.Quadratic(a, b), x0);
      assertTrue(r.converged(), r.toString());
      assertTrue(r.iterations() <= 2, r.toString());
      double[] first = r.trajectory()[1];
      for (int i = 0; i < n; i++) {
        worst = Math.max(worst, Math.abs(first[i] - expected[i]));
      }
    }
    assertTrue(worst < QUADRATIC_TOLERANCE, "max error " + worst);
  }

  @Test
  void indefiniteAndSingularHessians() {
    double[][] saddle = {{2, 0}, {0, -2}}; // f = x^2 - y^2
    MultivariateResult s =
        NewtonMethod.withDefaults()
            .minimize(new TestFunctions.Quadratic(saddle, new double[2]), new double[] {1, 1});
    assertEquals(StopReason.NOT_POSITIVE_DEFINITE, s.reason());
    assertEquals(0, s.iterations());
    double[][] flat = {{2, 2}, {2, 2}}; // f = (x + y)^2
    MultivariateResult f =
        NewtonMethod.withDefaults()
            .minimize(new TestFunctions.Quadratic(flat, new double[2]), new double[] {1, 1});
    assertEquals(StopReason.SINGULAR, f.reason());
    assertThrows(IllegalArgumentException.class, () -> NewtonMethod.of(-1, 10));
    assertThrows(
        IllegalArgumentException.class,
        () -> NewtonMethod.withDefaults().findRoot(new Poly(1), Double.POSITIVE_INFINITY));
  }
}
