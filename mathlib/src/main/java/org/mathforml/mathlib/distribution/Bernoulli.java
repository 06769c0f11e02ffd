package org.mathforml.mathlib.distribution;

import org.mathforml.mathlib.distribution.internal.Checks;
import org.mathforml.mathlib.random.Rng;

/** The Bernoulli distribution: P(X = 1) = p, P(X = 0) = 1 - p; mean p, variance p(1 - p). */
public final class Bernoulli implements DiscreteDistribution {

  private final double p;

  private Bernoulli(double p) {
    this.p = p;
  }

  /**
   * Returns Bernoulli(p).
   *
   * @throws IllegalArgumentException unless 0 &lt;= p &lt;= 1
   */
  public static Bernoulli of(double p) {
    Checks.probability(p);
    return new Bernoulli(p);
  }

  /** The success probability p. */
  public double p() {
    return p;
  }

  @Override
  public double pmf(int k) {
    return k == 1 ? p : k == 0 ? 1 - p : 0;
  }

  @Override
  public double cdf(int k) {
    return k < 0 ? 0 : k == 0 ? 1 - p : 1;
  }

  @Override
  public double survival(int k) {
    return k < 0 ? 1 : k == 0 ? p : 0;
  }

  @Override
  public int quantile(double q) {
    Checks.probability(q);
    return q <= 1 - p ? 0 : 1;
  }

  @Override
  public double mean() {
    return p;
  }

  @Override
  public double variance() {
    return p * (1 - p);
  }

  @Override
  public int supportLowerBound() {
    return 0;
  }

  @Override
  public int supportUpperBound() {
    return 1;
  }

  /** 1 if U &lt; p else 0. */
  @Override
  public int sample(Rng rng) {
    return rng.nextDouble() < p ? 1 : 0;
  }

  @Override
  public String toString() {
    return "Bernoulli(" + p + ")";
  }
}
