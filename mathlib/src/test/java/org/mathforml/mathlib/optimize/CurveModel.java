package org.mathforml.mathlib.optimize;

import java.util.Random;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * A curve y = model(x; p) with its parameter gradient, turned into our residuals r_i = model(x_i;
 * p) - y_i and into a commons-math least-squares problem on the same data.
 */
abstract class CurveModel {

  abstract double value(double x, double[] p);

  abstract double[] gradient(double x, double[] p);

  /** Noisy samples y_i = model(x_i; truth) + noise N(0, sigma^2) at evenly spaced x. */
  double[][] sample(double[] truth, double from, double to, int m, double sigma, Random rnd) {
    double[] xs = new double[m];
    double[] ys = new double[m];
    for (int i = 0; i < m; i++) {
      xs[i] = from + (to - from) * i / (m - 1);
      ys[i] = value(xs[i], truth) + sigma * rnd.nextGaussian();
    }
    return new double[][] {xs, ys};
  }

  VectorFunction residuals(double[] xs, double[] ys) {
    return new VectorFunction() {
      @Override
      public double[] value(double[] p) {
        double[] r = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
          r[i] = CurveModel.this.value(xs[i], p) - ys[i];
        }
        return r;
      }

      @Override
      public double[][] jacobian(double[] p) {
        double[][] j = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) {
          j[i] = gradient(xs[i], p);
        }
        return j;
      }
    };
  }

  LeastSquaresProblem commonsProblem(double[] xs, double[] ys, double[] start) {
    return new LeastSquaresBuilder()
        .start(start)
        .model(commonsModel(xs))
        .target(ys)
        .maxEvaluations(100_000)
        .maxIterations(10_000)
        .build();
  }

  /** The model values and Jacobian for commons-math (which forms target - model itself). */
  MultivariateJacobianFunction commonsModel(double[] xs) {
    return new MultivariateJacobianFunction() {
      @Override
      public Pair<RealVector, RealMatrix> value(RealVector point) {
        double[] p = point.toArray();
        double[] v = new double[xs.length];
        double[][] j = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) {
          v[i] = CurveModel.this.value(xs[i], p);
          j[i] = gradient(xs[i], p);
        }
        return new Pair<>(new ArrayRealVector(v), new Array2DRowRealMatrix(j));
      }
    };
  }

  /** y = a e^{-k x}, p = (a, k). */
  static final class ExponentialDecay extends CurveModel {
    @Override
    double value(double x, double[] p) {
      return p[0] * Math.exp(-p[1] * x);
    }

    @Override
    double[] gradient(double x, double[] p) {
      double e = Math.exp(-p[1] * x);
      return new double[] {e, -p[0] * x * e};
    }
  }

  /** y = L / (1 + e^{-k (x - x0)}), p = (L, k, x0). */
  static final class Logistic extends CurveModel {
    @Override
    double value(double x, double[] p) {
      return p[0] / (1 + Math.exp(-p[1] * (x - p[2])));
    }

    @Override
    double[] gradient(double x, double[] p) {
      double s = 1 / (1 + Math.exp(-p[1] * (x - p[2])));
      double ds = s * (1 - s);
      return new double[] {s, p[0] * ds * (x - p[2]), -p[0] * ds * p[1]};
    }
  }

  /** y = a e^{-(x - mu)^2 / (2 s^2)}, p = (a, mu, s). */
  static final class GaussianPeak extends CurveModel {
    @Override
    double value(double x, double[] p) {
      double z = (x - p[1]) / p[2];
      return p[0] * Math.exp(-0.5 * z * z);
    }

    @Override
    double[] gradient(double x, double[] p) {
      double z = (x - p[1]) / p[2];
      double e = Math.exp(-0.5 * z * z);
      return new double[] {e, p[0] * e * z / p[2], p[0] * e * z * z / p[2]};
    }
  }
}
