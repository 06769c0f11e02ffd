package org.mathforml.mathlib.stats;

import java.util.Arrays;

/**
 * Descriptive statistics of a sample. Every method rejects an empty array (and, where it needs two
 * values, a single one) and any NaN or infinite value with IllegalArgumentException.
 */
public final class Descriptive {

  private Descriptive() {}

  static void check(double[] x, int minLength) {
    if (x == null || x.length < minLength) {
      throw new IllegalArgumentException(
          "need at least " + minLength + " values, got " + (x == null ? 0 : x.length));
    }
    for (double v : x) {
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        throw new IllegalArgumentException("values must be finite, got " + v);
      }
    }
  }

  /** Sum of the values. */
  public static double sum(double[] x) {
    check(x, 1);
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s;
  }

  /**
   * Arithmetic mean, with the second-pass correction m + sum(x - m) / n that removes most of the
   * rounding of the first pass (Higham, Accuracy and Stability of Numerical Algorithms, 1.9; as in
   * Commons Math).
   */
  public static double mean(double[] x) {
    double m = sum(x) / x.length;
    double correction = 0;
    for (double v : x) {
      correction += v - m;
    }
    return m + correction / x.length;
  }

  /** Sample variance sum (x - mean)^2 / (n - 1) (corrected two-pass, Chan et al. 1983). */
  public static double variance(double[] x) {
    check(x, 2);
    return sumOfSquaredDeviations(x) / (x.length - 1);
  }

  /** Population variance sum (x - mean)^2 / n (also the Gaussian MLE of sigma^2). */
  public static double populationVariance(double[] x) {
    check(x, 1);
    return sumOfSquaredDeviations(x) / x.length;
  }

  /** Sample standard deviation sqrt(variance). */
  public static double standardDeviation(double[] x) {
    return Math.sqrt(variance(x));
  }

  /** Population standard deviation sqrt(populationVariance). */
  public static double populationStandardDeviation(double[] x) {
    return Math.sqrt(populationVariance(x));
  }

  /** sum (x - m)^2 - (sum (x - m))^2 / n, the corrected two-pass formula. */
  static double sumOfSquaredDeviations(double[] x) {
    double m = mean(x);
    double ss = 0;
    double s = 0;
    for (double v : x) {
      double d = v - m;
      ss += d * d;
      s += d;
    }
    return Math.max(0, ss - s * s / x.length);
  }

  /** Smallest value. */
  public static double min(double[] x) {
    check(x, 1);
    double m = x[0];
    for (double v : x) {
      m = Math.min(m, v);
    }
    return m;
  }

  /** Largest value. */
  public static double max(double[] x) {
    check(x, 1);
    double m = x[0];
    for (double v : x) {
      m = Math.max(m, v);
    }
    return m;
  }

  /** The median: the middle value, or the mean of the two middle values (= type 7 at 1/2). */
  public static double median(double[] x) {
    return quantile(x, 0.5);
  }

  /**
   * The p-quantile by R's default definition, type 7 (Hyndman and Fan, "Sample quantiles in
   * statistical packages", Am. Stat. 50(4), 1996; also NumPy's default): with the sorted values
   * x(1) &lt;= ... &lt;= x(n) and h = (n - 1) p + 1, x(floor h) + (h - floor h) (x(floor h + 1) -
   * x(floor h)).
   */
  public static double quantile(double[] x, double p) {
    checkP(p);
    check(x, 1);
    double[] s = sorted(x);
    double h = (s.length - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= s.length - 1) {
      return s[s.length - 1];
    }
    return s[lo] + (h - lo) * (s[lo + 1] - s[lo]);
  }

  /**
   * The p-quantile by Hyndman and Fan's type 6 (Minitab's and SPSS's): h = (n + 1) p, clamped to
   * [1, n], then interpolated as in type 7.
   */
  public static double quantileType6(double[] x, double p) {
    checkP(p);
    check(x, 1);
    double[] s = sorted(x);
    double h = (s.length + 1) * p;
    if (h <= 1) {
      return s[0];
    }
    if (h >= s.length) {
      return s[s.length - 1];
    }
    int lo = (int) Math.floor(h);
    return s[lo - 1] + (h - lo) * (s[lo] - s[lo - 1]);
  }

  private static void checkP(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("quantile level must be in [0, 1], got " + p);
    }
  }

  static double[] sorted(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    return s;
  }

  /**
   * All values that occur most often, ascending (every value when all occur once; equal doubles
   * only, so round measured data first if needed).
   */
  public static double[] modes(double[] x) {
    check(x, 1);
    double[] s = sorted(x);
    int best = 0;
    int run = 0;
    for (int i = 0; i < s.length; i++) {
      run = i > 0 && s[i] == s[i - 1] ? run + 1 : 1;
      best = Math.max(best, run);
    }
    double[] out = new double[s.length];
    int count = 0;
    run = 0;
    for (int i = 0; i < s.length; i++) {
      run = i > 0 && s[i] == s[i - 1] ? run + 1 : 1;
      if (run == best) {
        out[count++] = s[i];
      }
    }
    return Arrays.copyOf(out, count);
  }

  /** Sample covariance sum (x - mx)(y - my) / (n - 1). */
  public static double covariance(double[] x, double[] y) {
    checkPaired(x, y);
    double mx = mean(x);
    double my = mean(y);
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += (x[i] - mx) * (y[i] - my);
    }
    return s / (x.length - 1);
  }

  /**
   * Pearson's correlation coefficient cov(x, y) / (sd(x) sd(y)), in [-1, 1].
   *
   * @throws IllegalArgumentException if either sample is constant (the correlation is undefined)
   */
  public static double correlation(double[] x, double[] y) {
    checkPaired(x, y);
    double sxx = sumOfSquaredDeviations(x);
    double syy = sumOfSquaredDeviations(y);
    if (sxx == 0 || syy == 0) {
      throw new IllegalArgumentException("correlation of a constant sample is undefined");
    }
    double r = covariance(x, y) * (x.length - 1) / Math.sqrt(sxx * syy);
    return Math.max(-1, Math.min(1, r));
  }

  static void checkPaired(double[] x, double[] y) {
    check(x, 2);
    check(y, 2);
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "paired samples differ in length: " + x.length + " and " + y.length);
    }
  }
}
