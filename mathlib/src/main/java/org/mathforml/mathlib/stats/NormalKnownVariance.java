package org.mathforml.mathlib.stats;

import org.mathforml.mathlib.distribution.Normal;

/**
 * Bayesian update of a normal mean with known data variance sigma^2 and a N(mu0, tau0^2) prior: the
 * posterior is normal with precision 1/tau0^2 + n/sigma^2 and mean (mu0/tau0^2 + sum(x)/sigma^2) /
 * precision, a precision-weighted average of the prior mean and the sample mean (Gelman et al.,
 * Bayesian Data Analysis, 3rd ed., 2.5).
 */
public final class NormalKnownVariance {

  private NormalKnownVariance() {}

  /**
   * Returns the posterior of the mean.
   *
   * @param prior N(mu0, tau0^2)
   * @param sigma the known standard deviation of each observation (positive, finite)
   * @param data the observations (finite; may be empty: the posterior is then the prior)
   */
  public static Normal posterior(Normal prior, double sigma, double[] data) {
    if (!(sigma > 0) || Double.isInfinite(sigma)) {
      throw new IllegalArgumentException("sigma must be positive and finite, got " + sigma);
    }
    if (data == null) {
      throw new IllegalArgumentException("data must not be null");
    }
    double sum = data.length == 0 ? 0 : Descriptive.sum(data);
    return posterior(prior, sigma, data.length, sum);
  }

  /** The same from the count n and the sum of the observations. */
  public static Normal posterior(Normal prior, double sigma, int n, double sum) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, got " + n);
    }
    double priorPrecision = 1 / prior.variance();
    double dataPrecision = n / (sigma * sigma);
    double precision = priorPrecision + dataPrecision;
    double mean = (prior.mu() * priorPrecision + sum / (sigma * sigma)) / precision;
    return Normal.of(mean, Math.sqrt(1 / precision));
  }
}
