package org.mathforml.mathlib.stats;

import org.mathforml.mathlib.distribution.Normal;

/**
 * Power, sample size and error rates for z tests (normal approximation; Chow, Shao and Wang, Sample
 * Size Calculations in Clinical Research, 2nd ed., 3.1 and 4.2). Phi is the standard normal cdf and
 * z_q its quantile.
 */
public final class Power {

  private Power() {}

  /**
   * Power of the one-sample z test of H0: mu = mu0 when the true mean is mu1, with d = (mu1 - mu0)
   * sqrt(n) / sigma: greater: Phi(d - z_(1-alpha)); less: Phi(-d - z_(1-alpha)); two-sided: Phi(d -
   * z_(1-alpha/2)) + Phi(-d - z_(1-alpha/2)).
   */
  public static double oneSampleZ(
      double mu0, double mu1, double sigma, int n, double alpha, Alternative alternative) {
    check(sigma, n, alpha);
    double d = (mu1 - mu0) * Math.sqrt(n) / sigma;
    Normal z = Normal.standard();
    switch (alternative) {
      case GREATER:
        return z.cdf(d - Normal.standardQuantile(1 - alpha));
      case LESS:
        return z.cdf(-d - Normal.standardQuantile(1 - alpha));
      default:
        double c = Normal.standardQuantile(1 - alpha / 2);
        return z.cdf(d - c) + z.cdf(-d - c);
    }
  }

  /**
   * Smallest n giving at least the target power for the one-sample z test: n = ((z_(1-a') +
   * z_power) sigma / |mu1 - mu0|)^2 rounded up, with a' = alpha/2 for two-sided (ignoring the far
   * rejection region, as textbooks do; its contribution is below alpha/2).
   */
  public static int oneSampleZSampleSize(
      double mu0, double mu1, double sigma, double alpha, double power, boolean twoSided) {
    check(sigma, 1, alpha);
    checkPower(power, mu1 - mu0);
    double za = Normal.standardQuantile(1 - (twoSided ? alpha / 2 : alpha));
    double zb = Normal.standardQuantile(power);
    double n = (za + zb) * sigma / (mu1 - mu0);
    return ceilCount(n * n);
  }

  /**
   * Power of the two-sided pooled two-proportion z test with n per group when the true proportions
   * are p1 and p2 (Fleiss, Statistical Methods for Rates and Proportions, 3rd ed., 4.2, no
   * continuity correction): Phi((|p1 - p2| sqrt(n) - z_(1-alpha/2) sqrt(2 pbar qbar)) / sqrt(p1 q1
   * + p2 q2)) with pbar = (p1 + p2)/2.
   */
  public static double twoProportion(double p1, double p2, int n, double alpha) {
    checkProportions(p1, p2);
    check(1, n, alpha);
    double pbar = (p1 + p2) / 2;
    double za = Normal.standardQuantile(1 - alpha / 2);
    double num = Math.abs(p1 - p2) * Math.sqrt(n) - za * Math.sqrt(2 * pbar * (1 - pbar));
    return Normal.standard().cdf(num / Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2)));
  }

  /**
   * n per group for the two-sided two-proportion test (Fleiss 4.14 without continuity correction):
   * n = (z_(1-alpha/2) sqrt(2 pbar qbar) + z_power sqrt(p1 q1 + p2 q2))^2 / (p1 - p2)^2, rounded
   * up.
   */
  public static int twoProportionSampleSize(double p1, double p2, double alpha, double power) {
    checkProportions(p1, p2);
    check(1, 1, alpha);
    checkPower(power, p1 - p2);
    double pbar = (p1 + p2) / 2;
    double za = Normal.standardQuantile(1 - alpha / 2);
    double zb = Normal.standardQuantile(power);
    double num =
        za * Math.sqrt(2 * pbar * (1 - pbar)) + zb * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
    return ceilCount(num * num / ((p1 - p2) * (p1 - p2)));
  }

  /**
   * Type I error of the rule "reject H0: mu = mu0 when xbar > c" (sigma known): P(Xbar > c | mu0) =
   * 1 - Phi((c - mu0) sqrt(n) / sigma).
   */
  public static double typeIError(double c, double mu0, double sigma, int n) {
    check(sigma, n, 0.5);
    return Normal.standard().survival((c - mu0) * Math.sqrt(n) / sigma);
  }

  /** Type II error of the same rule when the true mean is mu1: P(Xbar &lt;= c | mu1). */
  public static double typeIIError(double c, double mu1, double sigma, int n) {
    check(sigma, n, 0.5);
    return Normal.standard().cdf((c - mu1) * Math.sqrt(n) / sigma);
  }

  private static void check(double sigma, int n, double alpha) {
    if (!(sigma > 0) || n < 1 || !(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("need sigma > 0, n >= 1 and 0 < alpha < 1");
    }
  }

  private static void checkPower(double power, double effect) {
    if (!(power > 0 && power < 1)) {
      throw new IllegalArgumentException("power must be in (0, 1), got " + power);
    }
    if (!(effect != 0) || Double.isInfinite(effect)) {
      throw new IllegalArgumentException("the effect must be non-zero and finite");
    }
  }

  private static void checkProportions(double p1, double p2) {
    if (!(p1 > 0 && p1 < 1 && p2 > 0 && p2 < 1)) {
      throw new IllegalArgumentException("proportions must be in (0, 1)");
    }
  }

  private static int ceilCount(double n) {
    if (!(n < Integer.MAX_VALUE)) {
      throw new IllegalArgumentException("required sample size is too large: " + n);
    }
    return Math.max(1, (int) Math.ceil(n - 1e-9));
  }
}
