package org.mathforml.mathlib.distribution;

import org.mathforml.mathlib.distribution.internal.Checks;
import org.mathforml.mathlib.distribution.internal.QuantileSolver;
import org.mathforml.mathlib.random.Rng;
import org.mathforml.mathlib.special.BetaFunction;
import org.mathforml.mathlib.special.internal.Elementary;

/**
 * The binomial distribution, successes in n independent trials with success probability p: pmf C(n,
 * k) p^k (1-p)^(n-k), with ln C(n, k) = -ln(n + 1) - ln B(k + 1, n - k + 1) so large n keeps its
 * accuracy; cdf(k) = I_(1-p)(n - k, k + 1) (Abramowitz and Stegun 26.5.24).
 */
public final class Binomial implements DiscreteDistribution {

  private final int trials;
  private final double p;

  private Binomial(int trials, double p) {
    this.trials = trials;
    this.p = p;
  }

  /**
   * Returns Binomial(n, p).
   *
   * @throws IllegalArgumentException unless n >= 0 and 0 &lt;= p &lt;= 1
   */
  public static Binomial of(int trials, double p) {
    if (trials < 0) {
      throw new IllegalArgumentException("number of trials must be >= 0, got " + trials);
    }
    Checks.probability(p);
    return new Binomial(trials, p);
  }

  /** The number of trials n. */
  public int trials() {
    return trials;
  }

  /** The success probability p. */
  public double p() {
    return p;
  }

  @Override
  public double pmf(int k) {
    if (k < 0 || k > trials) {
      return 0;
    }
    if (p == 0) {
      return k == 0 ? 1 : 0;
    }
    if (p == 1) {
      return k == trials ? 1 : 0;
    }
    return Math.exp(logPmf(k));
  }

  @Override
  public double logPmf(int k) {
    if (k < 0 || k > trials || p == 0 || p == 1) {
      return Math.log(pmf(k));
    }
    double logChoose =
        k == 0 || k == trials
            ? 0
            : -Math.log(trials + 1.0) - BetaFunction.logBeta(k + 1.0, trials - k + 1.0);
    return logChoose + k * Math.log(p) + (trials - k) * Elementary.log1p(-p);
  }

  @Override
  public double cdf(int k) {
    if (k < 0) {
      return 0;
    }
    if (k >= trials || p == 0) {
      return 1;
    }
    if (p == 1) {
      return 0;
    }
    return BetaFunction.regularizedBeta(1 - p, p, trials - k, k + 1.0);
  }

  @Override
  public double survival(int k) {
    if (k < 0) {
      return 1;
    }
    if (k >= trials || p == 0) {
      return 0;
    }
    if (p == 1) {
      return 1;
    }
    return BetaFunction.regularizedBetaComplement(1 - p, p, trials - k, k + 1.0);
  }

  @Override
  public int quantile(double q) {
    Checks.probability(q);
    if (q == 0 || trials == 0) {
      return 0;
    }
    if (q == 1) {
      return p == 0 ? 0 : trials;
    }
    return QuantileSolver.discrete(this, q, (int) (trials * p));
  }

  @Override
  public double mean() {
    return trials * p;
  }

  @Override
  public double variance() {
    return trials * p * (1 - p);
  }

  @Override
  public int supportLowerBound() {
    return p == 1 ? trials : 0;
  }

  @Override
  public int supportUpperBound() {
    return p == 0 ? 0 : trials;
  }

  /** Counts successes of n Bernoulli draws for n &lt;= 64, else inverse cdf. */
  @Override
  public int sample(Rng rng) {
    if (trials > 64) {
      return sampleByInverseCdf(rng);
    }
    int successes = 0;
    for (int i = 0; i < trials; i++) {
      if (rng.nextDouble() < p) {
        successes++;
      }
    }
    return successes;
  }

  @Override
  public String toString() {
    return "Binomial(" + trials + ", " + p + ")";
  }
}
