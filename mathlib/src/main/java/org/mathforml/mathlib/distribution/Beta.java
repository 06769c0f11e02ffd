package org.mathforml.mathlib.distribution;

import org.mathforml.mathlib.distribution.internal.Checks;
import org.mathforml.mathlib.distribution.internal.QuantileSolver;
import org.mathforml.mathlib.random.Rng;
import org.mathforml.mathlib.special.BetaFunction;
import org.mathforml.mathlib.special.internal.Elementary;

/**
 * The beta distribution on [0, 1]: pdf x^(a-1) (1-x)^(b-1) / B(a, b), cdf I_x(a, b), mean a / (a +
 * b), variance a b / ((a + b)^2 (a + b + 1)). The conjugate prior of a Bernoulli or binomial
 * success probability.
 */
public final class Beta implements ContinuousDistribution {

  private final double alpha;
  private final double beta;
  private final double logBeta;

  private Beta(double alpha, double beta) {
    this.alpha = alpha;
    this.beta = beta;
    this.logBeta = BetaFunction.logBeta(alpha, beta);
  }

  /**
   * Returns Beta(alpha, beta).
   *
   * @throws IllegalArgumentException unless both are positive and finite
   */
  public static Beta of(double alpha, double beta) {
    Checks.positive("alpha", alpha);
    Checks.positive("beta", beta);
    return new Beta(alpha, beta);
  }

  /** The first shape parameter alpha. */
  public double alpha() {
    return alpha;
  }

  /** The second shape parameter beta. */
  public double beta() {
    return beta;
  }

  @Override
  public double pdf(double x) {
    if (x < 0 || x > 1) {
      return 0;
    }
    if (x == 0) {
      return alpha < 1 ? Double.POSITIVE_INFINITY : alpha == 1 ? beta : 0;
    }
    if (x == 1) {
      return beta < 1 ? Double.POSITIVE_INFINITY : beta == 1 ? alpha : 0;
    }
    return Math.exp(logPdf(x));
  }

  @Override
  public double logPdf(double x) {
    if (x <= 0 || x >= 1) {
      return Math.log(pdf(x));
    }
    return (alpha - 1) * Math.log(x) + (beta - 1) * Elementary.log1p(-x) - logBeta;
  }

  @Override
  public double cdf(double x) {
    if (x <= 0) {
      return 0;
    }
    return x >= 1 ? 1 : BetaFunction.regularizedBeta(x, alpha, beta);
  }

  @Override
  public double survival(double x) {
    if (x <= 0) {
      return 1;
    }
    return x >= 1 ? 0 : BetaFunction.regularizedBetaComplement(x, 1 - x, alpha, beta);
  }

  @Override
  public double quantile(double p) {
    Checks.probability(p);
    if (p == 0) {
      return 0;
    }
    if (p == 1) {
      return 1;
    }
    return QuantileSolver.continuous(this, p, mean());
  }

  /** The median, quantile(1/2) (no closed form in general). */
  public double median() {
    return quantile(0.5);
  }

  @Override
  public double mean() {
    return alpha / (alpha + beta);
  }

  @Override
  public double variance() {
    double s = alpha + beta;
    return alpha * beta / (s * s * (s + 1));
  }

  @Override
  public double supportLowerBound() {
    return 0;
  }

  @Override
  public double supportUpperBound() {
    return 1;
  }

  /** X / (X + Y) with X ~ Gamma(alpha), Y ~ Gamma(beta). */
  @Override
  public double sample(Rng rng) {
    double x = Gamma.standardSample(alpha, rng);
    double y = Gamma.standardSample(beta, rng);
    return x / (x + y);
  }

  @Override
  public String toString() {
    return "Beta(" + alpha + ", " + beta + ")";
  }
}
