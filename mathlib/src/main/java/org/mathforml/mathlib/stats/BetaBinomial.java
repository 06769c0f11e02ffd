package org.mathforml.mathlib.stats;

import org.mathforml.mathlib.distribution.Beta;

/**
 * Bayesian update of a success probability with a Beta(a, b) prior and binomial data: the posterior
 * after s successes and f failures is Beta(a + s, b + f) (conjugacy; Gelman et al., Bayesian Data
 * Analysis, 3rd ed., 2.4).
 */
public final class BetaBinomial {

  private BetaBinomial() {}

  /**
   * Returns the posterior Beta(a + successes, b + failures).
   *
   * @throws IllegalArgumentException if a count is negative or the prior invalid
   */
  public static Beta posterior(Beta prior, int successes, int failures) {
    if (successes < 0 || failures < 0) {
      throw new IllegalArgumentException("counts must be >= 0, got " + successes + ", " + failures);
    }
    return Beta.of(prior.alpha() + successes, prior.beta() + failures);
  }

  /** Posterior mean a / (a + b). */
  public static double posteriorMean(Beta posterior) {
    return posterior.mean();
  }

  /** Posterior median, by the Beta quantile at 1/2 (no closed form). */
  public static double posteriorMedian(Beta posterior) {
    return posterior.median();
  }

  /**
   * The maximum a posteriori estimate, the mode of Beta(a, b):
   *
   * <ul>
   *   <li>a > 1 and b > 1: (a - 1) / (a + b - 2), inside (0, 1);
   *   <li>a &lt;= 1 &lt; b, or a &lt; 1 = b: 0 (the density decreases, unbounded if a &lt; 1);
   *   <li>b &lt;= 1 &lt; a, or b &lt; 1 = a: 1;
   *   <li>a = b = 1 (uniform: every point is a mode) and a, b &lt; 1 (U-shaped: modes at both 0 and
   *       1): NaN, as there is no single MAP estimate.
   * </ul>
   */
  public static double map(Beta posterior) {
    double a = posterior.alpha();
    double b = posterior.beta();
    if (a > 1 && b > 1) {
      return (a - 1) / (a + b - 2);
    }
    if (a <= 1 && b > 1 || a < 1 && b == 1) {
      return 0;
    }
    if (b <= 1 && a > 1 || b < 1 && a == 1) {
      return 1;
    }
    return Double.NaN;
  }
}
