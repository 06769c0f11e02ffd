package org.mathforml.mathlib.distribution;

import org.mathforml.mathlib.distribution.internal.Checks;
import org.mathforml.mathlib.distribution.internal.QuantileSolver;
import org.mathforml.mathlib.random.Rng;
import org.mathforml.mathlib.special.GammaFunction;

/**
 * The gamma distribution with shape k and scale theta: pdf x^(k-1) e^(-x/theta) / (Gamma(k)
 * theta^k) for x > 0, cdf P(k, x/theta) (regularized incomplete gamma), mean k theta, variance k
 * theta^2. With rate beta = 1/theta it is the conjugate prior of a Poisson rate and of a normal
 * precision.
 */
public final class Gamma implements ContinuousDistribution {

  private final double shape;
  private final double scale;
  private final double logNormalizer;

  private Gamma(double shape, double scale) {
    this.shape = shape;
    this.scale = scale;
    this.logNormalizer = GammaFunction.logGamma(shape) + shape * Math.log(scale);
  }

  /**
   * Returns Gamma(shape k, scale theta).
   *
   * @throws IllegalArgumentException unless both are positive and finite
   */
  public static Gamma of(double shape, double scale) {
    Checks.positive("shape", shape);
    Checks.positive("scale", scale);
    return new Gamma(shape, scale);
  }

  /** Returns Gamma(shape alpha, rate beta), i.e. scale 1/beta. */
  public static Gamma ofShapeRate(double shape, double rate) {
    Checks.positive("rate", rate);
    return of(shape, 1 / rate);
  }

  /** The shape k. */
  public double shape() {
    return shape;
  }

  /** The scale theta. */
  public double scale() {
    return scale;
  }

  /** The rate 1/theta. */
  public double rate() {
    return 1 / scale;
  }

  @Override
  public double pdf(double x) {
    if (x < 0) {
      return 0;
    }
    if (x == 0) {
      return shape < 1 ? Double.POSITIVE_INFINITY : shape == 1 ? 1 / scale : 0;
    }
    return Math.exp(logPdf(x));
  }

  @Override
  public double logPdf(double x) {
    if (x < 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (x == 0) {
      return Math.log(pdf(0));
    }
    return (shape - 1) * Math.log(x) - x / scale - logNormalizer;
  }

  @Override
  public double cdf(double x) {
    return x <= 0 ? 0 : GammaFunction.regularizedGammaP(shape, x / scale);
  }

  @Override
  public double survival(double x) {
    return x <= 0 ? 1 : GammaFunction.regularizedGammaQ(shape, x / scale);
  }

  @Override
  public double quantile(double p) {
    Checks.probability(p);
    if (p == 0) {
      return 0;
    }
    if (p == 1) {
      return Double.POSITIVE_INFINITY;
    }
    return QuantileSolver.continuous(this, p, shape * scale);
  }

  @Override
  public double mean() {
    return shape * scale;
  }

  @Override
  public double variance() {
    return shape * scale * scale;
  }

  @Override
  public double supportLowerBound() {
    return 0;
  }

  @Override
  public double supportUpperBound() {
    return Double.POSITIVE_INFINITY;
  }

  /**
   * Marsaglia and Tsang's method (ACM TOMS 26(3), 2000): for k >= 1, with d = k - 1/3 and c =
   * 1/sqrt(9d), accept d v for v = (1 + c Z)^3 when ln U &lt; Z^2/2 + d - d v + d ln v; for k &lt;
   * 1, a Gamma(k + 1) draw times U^(1/k).
   */
  @Override
  public double sample(Rng rng) {
    return scale * standardSample(shape, rng);
  }

  static double standardSample(double k, Rng rng) {
    if (k < 1) {
      double u = rng.nextDouble();
      while (u == 0) {
        u = rng.nextDouble();
      }
      return standardSample(k + 1, rng) * Math.pow(u, 1 / k);
    }
    double d = k - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double z = rng.nextGaussian();
      double v = 1 + c * z;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = rng.nextDouble();
      if (u < 1 - 0.0331 * z * z * z * z) {
        return d * v;
      }
      if (u > 0 && Math.log(u) < 0.5 * z * z + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }

  @Override
  public String toString() {
    return "Gamma(shape " + shape + ", scale " + scale + ")";
  }
}
