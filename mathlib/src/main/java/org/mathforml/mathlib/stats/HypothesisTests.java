package org.mathforml.mathlib.stats;

import org.mathforml.mathlib.distribution.ChiSquared;
import org.mathforml.mathlib.distribution.Normal;
import org.mathforml.mathlib.distribution.StudentT;

/**
 * z, t, proportion and chi-squared tests. Each returns a {@link TestResult}; formulas as in Moore,
 * McCabe and Craig, Introduction to the Practice of Statistics (chs. 6-9) and Welch (Biometrika 34,
 * 1947).
 */
public final class HypothesisTests {

  private HypothesisTests() {}

  /** One-sample z: z = (xbar - mu0) / (sigma / sqrt(n)), sigma known. */
  public static TestResult oneSampleZ(double mean, double mu0, double sigma, int n) {
    if (!(sigma > 0) || n < 1) {
      throw new IllegalArgumentException("need sigma > 0 and n >= 1");
    }
    return TestResult.of((mean - mu0) / (sigma / Math.sqrt(n)), Double.NaN, Normal.standard());
  }

  /** One-sample z on data. */
  public static TestResult oneSampleZ(double[] x, double mu0, double sigma) {
    return oneSampleZ(Descriptive.mean(x), mu0, sigma, x.length);
  }

  /** Two-sample z with known sigmas: z = (xbar - ybar) / sqrt(sx^2/nx + sy^2/ny). */
  public static TestResult twoSampleZ(double[] x, double[] y, double sigmaX, double sigmaY) {
    if (!(sigmaX > 0) || !(sigmaY > 0)) {
      throw new IllegalArgumentException("sigmas must be positive");
    }
    double se = Math.sqrt(sigmaX * sigmaX / x.length + sigmaY * sigmaY / y.length);
    double z = (Descriptive.mean(x) - Descriptive.mean(y)) / se;
    return TestResult.of(z, Double.NaN, Normal.standard());
  }

  /** One-sample t: t = (xbar - mu0) / (s / sqrt(n)), df n - 1. */
  public static TestResult oneSampleT(double[] x, double mu0) {
    double s = Descriptive.standardDeviation(x);
    if (s == 0) {
      throw new IllegalArgumentException("t statistic undefined: sample has no variance");
    }
    double t = (Descriptive.mean(x) - mu0) / (s / Math.sqrt(x.length));
    return TestResult.of(t, x.length - 1, StudentT.of(x.length - 1));
  }

  /** Paired t: the one-sample t test of the differences x - y against 0. */
  public static TestResult pairedT(double[] x, double[] y) {
    Descriptive.checkPaired(x, y);
    double[] d = new double[x.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = x[i] - y[i];
    }
    return oneSampleT(d, 0);
  }

  /**
   * Two-sample t with pooled variance (equal variances assumed): sp^2 = ((nx-1) sx^2 + (ny-1) sy^2)
   * / (nx + ny - 2), t = (xbar - ybar) / (sp sqrt(1/nx + 1/ny)), df nx + ny - 2.
   */
  public static TestResult pooledT(double[] x, double[] y) {
    int df = x.length + y.length - 2;
    double sp2 =
        ((x.length - 1) * Descriptive.variance(x) + (y.length - 1) * Descriptive.variance(y)) / df;
    double se = Math.sqrt(sp2 * (1.0 / x.length + 1.0 / y.length));
    requirePositive(se);
    return TestResult.of((Descriptive.mean(x) - Descriptive.mean(y)) / se, df, StudentT.of(df));
  }

  /**
   * Welch's t (unequal variances): t = (xbar - ybar) / sqrt(vx + vy) with vx = sx^2/nx, df = (vx +
   * vy)^2 / (vx^2/(nx-1) + vy^2/(ny-1)) (Welch-Satterthwaite).
   */
  public static TestResult welchT(double[] x, double[] y) {
    double vx = Descriptive.variance(x) / x.length;
    double vy = Descriptive.variance(y) / y.length;
    double se = Math.sqrt(vx + vy);
    requirePositive(se);
    double df = welchDf(vx, x.length, vy, y.length);
    return TestResult.of((Descriptive.mean(x) - Descriptive.mean(y)) / se, df, StudentT.of(df));
  }

  static double welchDf(double vx, int nx, double vy, int ny) {
    double s = vx + vy;
    return s * s / (vx * vx / (nx - 1) + vy * vy / (ny - 1));
  }

  private static void requirePositive(double se) {
    if (!(se > 0)) {
      throw new IllegalArgumentException("t statistic undefined: samples have no variance");
    }
  }

  /** One-proportion z: z = (phat - p0) / sqrt(p0 (1 - p0) / n). */
  public static TestResult oneProportionZ(int successes, int n, double p0) {
    ConfidenceIntervals.checkCounts(successes, n);
    if (!(p0 > 0 && p0 < 1)) {
      throw new IllegalArgumentException("p0 must be in (0, 1), got " + p0);
    }
    double z = ((double) successes / n - p0) / Math.sqrt(p0 * (1 - p0) / n);
    return TestResult.of(z, Double.NaN, Normal.standard());
  }

  /**
   * Two-proportion z with the pooled estimate p = (s1 + s2)/(n1 + n2) under H0 p1 = p2: z = (p1hat
   * - p2hat) / sqrt(p (1 - p) (1/n1 + 1/n2)).
   */
  public static TestResult twoProportionZ(int s1, int n1, int s2, int n2) {
    ConfidenceIntervals.checkCounts(s1, n1);
    ConfidenceIntervals.checkCounts(s2, n2);
    double pooled = (double) (s1 + s2) / (n1 + n2);
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
    if (se == 0) {
      throw new IllegalArgumentException("z undefined: all successes or all failures");
    }
    double z = ((double) s1 / n1 - (double) s2 / n2) / se;
    return TestResult.of(z, Double.NaN, Normal.standard());
  }

  /**
   * Pearson's chi-squared goodness of fit: X^2 = sum (O - E)^2 / E with E scaled to the observed
   * total, df k - 1; p-value from the upper tail.
   *
   * @throws IllegalArgumentException for fewer than 2 categories, negative counts or non-positive
   *     expected values
   */
  public static TestResult chiSquaredGoodnessOfFit(double[] expected, long[] observed) {
    if (expected == null
        || observed == null
        || expected.length != observed.length
        || expected.length < 2) {
      throw new IllegalArgumentException("need two or more categories, matched in length");
    }
    double sumE = 0;
    double sumO = 0;
    for (int i = 0; i < expected.length; i++) {
      if (!(expected[i] > 0) || observed[i] < 0) {
        throw new IllegalArgumentException("expected must be > 0 and observed >= 0");
      }
      sumE += expected[i];
      sumO += observed[i];
    }
    double x2 = 0;
    for (int i = 0; i < expected.length; i++) {
      double e = expected[i] * sumO / sumE;
      double d = observed[i] - e;
      x2 += d * d / e;
    }
    int df = expected.length - 1;
    return TestResult.upperTail(x2, df, ChiSquared.of(df));
  }
}
