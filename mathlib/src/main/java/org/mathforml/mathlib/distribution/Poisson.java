package org.mathforml.mathlib.distribution;

import org.mathforml.mathlib.distribution.internal.Checks;
import org.mathforml.mathlib.distribution.internal.QuantileSolver;
import org.mathforml.mathlib.random.Rng;
import org.mathforml.mathlib.special.GammaFunction;

/**
 * The Poisson distribution with mean lambda: pmf e^(-lambda) lambda^k / k!, cdf(k) = Q(k + 1,
 * lambda) (regularized upper incomplete gamma); mean and variance lambda.
 */
public final class Poisson implements DiscreteDistribution {

  private final double lambda;

  private Poisson(double lambda) {
    this.lambda = lambda;
  }

  /**
   * Returns Poisson(lambda).
   *
   * @throws IllegalArgumentException unless lambda is positive and at most 1e9
   */
  public static Poisson of(double lambda) {
    Checks.positive("mean", lambda);
    if (lambda > 1e9) {
      throw new IllegalArgumentException("mean must be at most 1e9, got " + lambda);
    }
    return new Poisson(lambda);
  }

  /** The mean lambda. */
  public double lambda() {
    return lambda;
  }

  @Override
  public double pmf(int k) {
    return k < 0 ? 0 : Math.exp(logPmf(k));
  }

  @Override
  public double logPmf(int k) {
    if (k < 0) {
      return Double.NEGATIVE_INFINITY;
    }
    return k * Math.log(lambda) - lambda - GammaFunction.logGamma(k + 1.0);
  }

  @Override
  public double cdf(int k) {
    return k < 0 ? 0 : GammaFunction.regularizedGammaQ(k + 1.0, lambda);
  }

  @Override
  public double survival(int k) {
    return k < 0 ? 1 : GammaFunction.regularizedGammaP(k + 1.0, lambda);
  }

  @Override
  public int quantile(double p) {
    Checks.probability(p);
    if (p == 0) {
      return 0;
    }
    if (p == 1) {
      return Integer.MAX_VALUE;
    }
    return QuantileSolver.discrete(this, p, (int) lambda);
  }

  @Override
  public double mean() {
    return lambda;
  }

  @Override
  public double variance() {
    return lambda;
  }

  @Override
  public int supportLowerBound() {
    return 0;
  }

  @Override
  public int supportUpperBound() {
    return Integer.MAX_VALUE;
  }

  /**
   * Knuth's multiplication method (TAOCP 3.4.1 Q) for lambda &lt; 30: count uniforms until their
   * product drops below e^(-lambda); inverse cdf above.
   */
  @Override
  public int sample(Rng rng) {
    if (lambda >= 30) {
      return sampleByInverseCdf(rng);
    }
    double limit = Math.exp(-lambda);
    double product = rng.nextDouble();
    int k = 0;
    while (product > limit) {
      product *= rng.nextDouble();
      k++;
    }
    return k;
  }

  @Override
  public String toString() {
    return "Poisson(" + lambda + ")";
  }
}
