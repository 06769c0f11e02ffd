package org.mathforml.mathlib.optimize;

/** Classic test functions with hand-written derivatives, shared by the optimiser tests. */
final class TestFunctions {

  private TestFunctions() {}

  /**
   * Rosenbrock's function f(x, y) = (1 - x)^2 + 100 (y - x^2)^2, minimum 0 at (1, 1) (Nocedal and
   * Wright, Numerical Optimization, exercise 2.1).
   */
  static final class Rosenbrock implements TwiceDifferentiableMultivariateFunction {
    @Override
    public double value(double[] p) {
      double a = 1 - p[0];
      double b = p[1] - p[0] * p[0];
      return a * a + 100 * b * b;
    }

    @Override
    public double[] gradient(double[] p) {
      double x = p[0];
      double b = p[1] - x * x;
      return new double[] {-2 * (1 - x) - 400 * x * b, 200 * b};
    }

    @Override
    public double[][] hessian(double[] p) {
      double x = p[0];
      return new double[][] {{2 - 400 * (p[1] - x * x) + 800 * x * x, -400 * x}, {-400 * x, 200}};
    }
  }

  /** f(x) = 1/2 x^T A x - b^T x, gradient A x - b, Hessian A; minimum A^{-1} b for SPD A. */
  static final class Quadratic implements TwiceDifferentiableMultivariateFunction {
    final double[][] a;
    final double[] b;

    Quadratic(double[][] a, double[] b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public double value(double[] x) {
      double s = 0;
      for (int i = 0; i < b.length; i++) {
        double ax = 0;
        for (int j = 0; j < b.length; j++) {
          ax += a[i][j] * x[j];
        }
        s += 0.5 * x[i] * ax - b[i] * x[i];
      }
      return s;
    }

    @Override
    public double[] gradient(double[] x) {
      double[] g = new double[b.length];
      for (int i = 0; i < b.length; i++) {
        for (int j = 0; j < b.length; j++) {
          g[i] += a[i][j] * x[j];
        }
        g[i] -= b[i];
      }
      return g;
    }

    @Override
    public double[][] hessian(double[] x) {
      return a;
    }
  }
}
