package org.mathforml.mathlib.stats;

import org.mathforml.mathlib.distribution.Normal;
import org.mathforml.mathlib.distribution.StudentT;

/**
 * Confidence intervals for means and proportions. Every level must be in (0, 1); z = the (1 +
 * level)/2 standard normal quantile, t likewise for Student's t.
 */
public final class ConfidenceIntervals {

  private ConfidenceIntervals() {}

  static double zCritical(double level) {
    checkLevel(level);
    return Normal.standardQuantile(0.5 + level / 2);
  }

  static double tCritical(double level, double df) {
    checkLevel(level);
    return StudentT.of(df).quantile(0.5 + level / 2);
  }

  static void checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
    }
  }

  /** Mean with known sigma: xbar +- z sigma / sqrt(n). */
  public static ConfidenceInterval zMean(double mean, double sigma, int n, double level) {
    if (!(sigma > 0) || n < 1) {
      throw new IllegalArgumentException("need sigma > 0 and n >= 1");
    }
    double h = zCritical(level) * sigma / Math.sqrt(n);
    return new ConfidenceInterval(mean, mean - h, mean + h, level);
  }

  /** Mean of the data with known sigma. */
  public static ConfidenceInterval zMean(double[] x, double sigma, double level) {
    return zMean(Descriptive.mean(x), sigma, x.length, level);
  }

  /** Mean with unknown sigma: xbar +- t(n-1) s / sqrt(n). */
  public static ConfidenceInterval tMean(double mean, double sd, int n, double level) {
    if (!(sd >= 0) || n < 2) {
      throw new IllegalArgumentException("need sd >= 0 and n >= 2");
    }
    double h = tCritical(level, n - 1) * sd / Math.sqrt(n);
    return new ConfidenceInterval(mean, mean - h, mean + h, level);
  }

  /** t interval for the mean of the data (at least two values). */
  public static ConfidenceInterval tMean(double[] x, double level) {
    return tMean(Descriptive.mean(x), Descriptive.standardDeviation(x), x.length, level);
  }

  /**
   * Wald interval for a proportion: phat +- z sqrt(phat (1 - phat) / n). Simple but poor for small
   * n or phat near 0 or 1 (zero width at phat = 0); the lesson contrasts it with {@link
   * #proportionWilson}.
   */
  public static ConfidenceInterval proportionWald(int successes, int n, double level) {
    checkCounts(successes, n);
    double p = (double) successes / n;
    double h = zCritical(level) * Math.sqrt(p * (1 - p) / n);
    return new ConfidenceInterval(p, p - h, p + h, level);
  }

  /**
   * Wilson score interval (Wilson, JASA 22, 1927): centre (phat + z^2/(2n)) / (1 + z^2/n),
   * half-width z / (1 + z^2/n) sqrt(phat (1 - phat)/n + z^2/(4 n^2)); estimate() is phat.
   */
  public static ConfidenceInterval proportionWilson(int successes, int n, double level) {
    checkCounts(successes, n);
    double z = zCritical(level);
    double p = (double) successes / n;
    double z2 = z * z;
    double denom = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denom;
    double h = z / denom * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return new ConfidenceInterval(p, Math.max(0, centre - h), Math.min(1, centre + h), level);
  }

  static void checkCounts(int successes, int n) {
    if (n < 1 || successes < 0 || successes > n) {
      throw new IllegalArgumentException(
          "need 0 <= successes <= n and n >= 1, got " + successes + " of " + n);
    }
  }

  /**
   * Welch interval for mean(x) - mean(y) without assuming equal variances: diff +- t(df)
   * sqrt(sx^2/nx + sy^2/ny), df by Welch-Satterthwaite.
   */
  public static ConfidenceInterval welchDifference(double[] x, double[] y, double level) {
    double vx = Descriptive.variance(x) / x.length;
    double vy = Descriptive.variance(y) / y.length;
    double diff = Descriptive.mean(x) - Descriptive.mean(y);
    double se = Math.sqrt(vx + vy);
    double h = tCritical(level, HypothesisTests.welchDf(vx, x.length, vy, y.length)) * se;
    return new ConfidenceInterval(diff, diff - h, diff + h, level);
  }
}
