package org.mathforml.mathlib.distribution;

import org.mathforml.mathlib.distribution.internal.Checks;
import org.mathforml.mathlib.random.Rng;
import org.mathforml.mathlib.special.internal.Elementary;

/**
 * The exponential distribution with rate lambda: pdf lambda e^(-lambda x) for x >= 0, cdf 1 -
 * e^(-lambda x), quantile -ln(1 - p) / lambda, mean 1 / lambda.
 */
public final class Exponential implements ContinuousDistribution {

  private final double rate;

  private Exponential(double rate) {
    this.rate = rate;
  }

  /**
   * Returns the exponential distribution with the given rate (mean 1 / rate).
   *
   * @throws IllegalArgumentException unless rate is positive and finite
   */
  public static Exponential of(double rate) {
    Checks.positive("rate", rate);
    return new Exponential(rate);
  }

  /** The rate lambda. */
  public double rate() {
    return rate;
  }

  @Override
  public double pdf(double x) {
    return x < 0 ? 0 : rate * Math.exp(-rate * x);
  }

  @Override
  public double logPdf(double x) {
    return x < 0 ? Double.NEGATIVE_INFINITY : Math.log(rate) - rate * x;
  }

  @Override
  public double cdf(double x) {
    return x <= 0 ? 0 : -Elementary.expm1(-rate * x);
  }

  @Override
  public double survival(double x) {
    return x <= 0 ? 1 : Math.exp(-rate * x);
  }

  @Override
  public double quantile(double p) {
    Checks.probability(p);
    return -Elementary.log1p(-p) / rate;
  }

  @Override
  public double mean() {
    return 1 / rate;
  }

  @Override
  public double variance() {
    return 1 / (rate * rate);
  }

  @Override
  public double supportLowerBound() {
    return 0;
  }

  @Override
  public double supportUpperBound() {
    return Double.POSITIVE_INFINITY;
  }

  /** -ln(U) / lambda with U uniform on (0, 1] (inverse cdf with U for 1 - U). */
  @Override
  public double sample(Rng rng) {
    return -Math.log(1 - rng.nextDouble()) / rate;
  }

  @Override
  public String toString() {
    return "Exponential(" + rate + ")";
  }
}
