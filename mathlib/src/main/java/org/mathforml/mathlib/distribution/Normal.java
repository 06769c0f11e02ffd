package org.mathforml.mathlib.distribution;

import org.mathforml.mathlib.distribution.internal.Checks;
import org.mathforml.mathlib.random.Rng;
import org.mathforml.mathlib.special.ErrorFunction;

/**
 * The normal (Gaussian) distribution N(mu, sigma^2): pdf exp(-z^2 / 2) / (sigma sqrt(2 pi)) with z
 * = (x - mu) / sigma; cdf = erfc(-z / sqrt 2) / 2.
 */
public final class Normal implements ContinuousDistribution {

  private static final double SQRT_2 = 1.4142135623730950488;
  private static final double SQRT_2_PI = 2.5066282746310002416;
  private static final Normal STANDARD = new Normal(0, 1);

  private final double mu;
  private final double sigma;

  private Normal(double mu, double sigma) {
    this.mu = mu;
    this.sigma = sigma;
  }

  /**
   * Returns N(mu, sigma^2).
   *
   * @throws IllegalArgumentException unless mu is finite and sigma positive and finite
   */
  public static Normal of(double mu, double sigma) {
    Checks.finite("mean", mu);
    Checks.positive("standard deviation", sigma);
    return new Normal(mu, sigma);
  }

  /** Returns N(0, 1). */
  public static Normal standard() {
    return STANDARD;
  }

  /** The mean mu. */
  public double mu() {
    return mu;
  }

  /** The standard deviation sigma. */
  public double sigma() {
    return sigma;
  }

  @Override
  public double pdf(double x) {
    double z = (x - mu) / sigma;
    return Math.exp(-0.5 * z * z) / (sigma * SQRT_2_PI);
  }

  @Override
  public double logPdf(double x) {
    double z = (x - mu) / sigma;
    return -0.5 * z * z - Math.log(sigma * SQRT_2_PI);
  }

  @Override
  public double cdf(double x) {
    return 0.5 * ErrorFunction.erfc(-(x - mu) / (sigma * SQRT_2));
  }

  @Override
  public double survival(double x) {
    return 0.5 * ErrorFunction.erfc((x - mu) / (sigma * SQRT_2));
  }

  @Override
  public double quantile(double p) {
    return mu + sigma * standardQuantile(p);
  }

  /**
   * The standard normal quantile: Acklam's rational approximation (P. J. Acklam, "An algorithm for
   * computing the inverse normal cumulative distribution function", 2003; relative error 1.15e-9)
   * refined by one Halley step on erfc, which makes it accurate to a few ulps; p > 1/2 uses
   * -quantile(1 - p), so both tails are equally accurate.
   *
   * @throws IllegalArgumentException if p is not in [0, 1]
   */
  public static double standardQuantile(double p) {
    Checks.probability(p);
    if (p > 0.5) {
      return -standardQuantile(1 - p);
    }
    if (p == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p == 0.5) {
      return 0;
    }
    double x = Acklam.approximate(p);
    // Halley: e = Phi(x) - p, u = e / phi(x), x -= u / (1 + x u / 2).
    double e = 0.5 * ErrorFunction.erfc(-x / SQRT_2) - p;
    double u = e * SQRT_2_PI * Math.exp(0.5 * x * x);
    return x - u / (1 + 0.5 * x * u);
  }

  @Override
  public double mean() {
    return mu;
  }

  @Override
  public double variance() {
    return sigma * sigma;
  }

  @Override
  public double standardDeviation() {
    return sigma;
  }

  @Override
  public double supportLowerBound() {
    return Double.NEGATIVE_INFINITY;
  }

  @Override
  public double supportUpperBound() {
    return Double.POSITIVE_INFINITY;
  }

  /** mu + sigma Z with Z from {@link Rng#nextGaussian()} (Marsaglia's polar method). */
  @Override
  public double sample(Rng rng) {
    return mu + sigma * rng.nextGaussian();
  }

  @Override
  public String toString() {
    return "Normal(" + mu + ", " + sigma + ")";
  }
}
