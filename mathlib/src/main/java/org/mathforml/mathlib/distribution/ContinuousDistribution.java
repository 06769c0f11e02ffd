package org.mathforml.mathlib.distribution;

import org.mathforml.mathlib.random.Rng;

/**
 * A continuous probability distribution on the real line.
 *
 * <p>Quantiles without a closed form are found by bracketing and safeguarded Newton steps on the
 * cdf (or on the survival function above the median, so upper-tail quantiles keep their accuracy),
 * to a relative tolerance of 1e-15 in x; their accuracy is then limited by that of the cdf (see the
 * special functions).
 */
public interface ContinuousDistribution {

  /** Probability density at x (0 outside the support). */
  double pdf(double x);

  /** ln pdf(x), -infinity outside the support. */
  default double logPdf(double x) {
    return Math.log(pdf(x));
  }

  /** P(X &lt;= x). */
  double cdf(double x);

  /** P(X > x) = 1 - cdf(x), computed without cancellation where the subclass can. */
  default double survival(double x) {
    return 1 - cdf(x);
  }

  /**
   * The p-quantile, the x with cdf(x) = p; quantile(0) and quantile(1) are the support bounds.
   *
   * @throws IllegalArgumentException if p is not in [0, 1]
   */
  double quantile(double p);

  /** E[X]; NaN when it does not exist. */
  double mean();

  /** Var[X]; +infinity or NaN when it does not exist. */
  double variance();

  /** sqrt(variance()). */
  default double standardDeviation() {
    return Math.sqrt(variance());
  }

  /** Infimum of the support (may be -infinity). */
  double supportLowerBound();

  /** Supremum of the support (may be +infinity). */
  double supportUpperBound();

  /** P(a &lt; X &lt;= b) = cdf(b) - cdf(a). */
  default double probability(double a, double b) {
    if (a > b) {
      throw new IllegalArgumentException("need a <= b, got " + a + " > " + b);
    }
    return cdf(b) - cdf(a);
  }

  /** One random value; the default is {@link #sampleByInverseCdf}. */
  default double sample(Rng rng) {
    return sampleByInverseCdf(rng);
  }

  /**
   * One random value by inverse transform sampling: quantile(U) with U uniform on (0, 1) (a draw of
   * exactly 0 is redrawn so unbounded supports never give an infinity).
   */
  default double sampleByInverseCdf(Rng rng) {
    double u = rng.nextDouble();
    while (u == 0) {
      u = rng.nextDouble();
    }
    return quantile(u);
  }

  /** n random values by {@link #sample(Rng)}. */
  default double[] sample(Rng rng, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("sample size must be >= 0, got " + n);
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = sample(rng);
    }
    return out;
  }
}
