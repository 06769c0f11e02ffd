package org.mathforml.mathlib.distribution;

import org.mathforml.mathlib.random.Rng;

/** A probability distribution on the integers. */
public interface DiscreteDistribution {

  /** P(X = k). */
  double pmf(int k);

  /** ln P(X = k), -infinity outside the support. */
  default double logPmf(int k) {
    return Math.log(pmf(k));
  }

  /** P(X &lt;= k). */
  double cdf(int k);

  /** P(X > k) = 1 - cdf(k), computed without cancellation where the subclass can. */
  default double survival(int k) {
    return 1 - cdf(k);
  }

  /**
   * The smallest k with cdf(k) >= p (the same definition as Commons Math and R's qbinom);
   * quantile(0) is the lower support bound.
   *
   * @throws IllegalArgumentException if p is not in [0, 1]
   */
  int quantile(double p);

  /** E[X]. */
  double mean();

  /** Var[X]. */
  double variance();

  /** sqrt(variance()). */
  default double standardDeviation() {
    return Math.sqrt(variance());
  }

  /** Smallest value with positive probability. */
  int supportLowerBound();

  /** Largest value with positive probability (Integer.MAX_VALUE when unbounded). */
  int supportUpperBound();

  /** One random value; the default is {@link #sampleByInverseCdf}. */
  default int sample(Rng rng) {
    return sampleByInverseCdf(rng);
  }

  /** One random value by inverse transform sampling: quantile(U), U uniform on (0, 1). */
  default int sampleByInverseCdf(Rng rng) {
    double u = rng.nextDouble();
    while (u == 0) {
      u = rng.nextDouble();
    }
    return quantile(u);
  }

  /** n random values by {@link #sample(Rng)}. */
  default int[] sample(Rng rng, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("sample size must be >= 0, got " + n);
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = sample(rng);
    }
    return out;
  }
}
