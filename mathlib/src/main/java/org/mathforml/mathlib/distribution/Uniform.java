package org.mathforml.mathlib.distribution;

import org.mathforml.mathlib.distribution.internal.Checks;
import org.mathforml.mathlib.random.Rng;

/** The continuous uniform distribution on [a, b]: pdf 1 / (b - a), cdf (x - a) / (b - a). */
public final class Uniform implements ContinuousDistribution {

  private final double lower;
  private final double upper;

  private Uniform(double lower, double upper) {
    this.lower = lower;
    this.upper = upper;
  }

  /**
   * Returns the uniform distribution on [lower, upper].
   *
   * @throws IllegalArgumentException unless both are finite and lower &lt; upper
   */
  public static Uniform of(double lower, double upper) {
    Checks.finite("lower bound", lower);
    Checks.finite("upper bound", upper);
    if (!(lower < upper) || Double.isInfinite(upper - lower)) {
      throw new IllegalArgumentException("need lower < upper, got " + lower + ", " + upper);
    }
    return new Uniform(lower, upper);
  }

  @Override
  public double pdf(double x) {
    return x < lower || x > upper ? 0 : 1 / (upper - lower);
  }

  @Override
  public double cdf(double x) {
    if (x <= lower) {
      return 0;
    }
    return x >= upper ? 1 : (x - lower) / (upper - lower);
  }

  @Override
  public double survival(double x) {
    if (x <= lower) {
      return 1;
    }
    return x >= upper ? 0 : (upper - x) / (upper - lower);
  }

  @Override
  public double quantile(double p) {
    Checks.probability(p);
    return p > 0.5 ? upper - (1 - p) * (upper - lower) : lower + p * (upper - lower);
  }

  @Override
  public double mean() {
    return lower + (upper - lower) / 2;
  }

  @Override
  public double variance() {
    double w = upper - lower;
    return w * w / 12;
  }

  @Override
  public double supportLowerBound() {
    return lower;
  }

  @Override
  public double supportUpperBound() {
    return upper;
  }

  @Override
  public double sample(Rng rng) {
    return lower + rng.nextDouble() * (upper - lower);
  }

  @Override
  public String toString() {
    return "Uniform(" + lower + ", " + upper + ")";
  }
}
