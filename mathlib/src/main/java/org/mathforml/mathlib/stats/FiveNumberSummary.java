package org.mathforml.mathlib.stats;

import java.util.Arrays;

/**
 * Minimum, quartiles, median and maximum for a box plot, with Tukey's fences (Tukey, Exploratory
 * Data Analysis, 1977): values outside [Q1 - 1.5 IQR, Q3 + 1.5 IQR] are drawn as outliers and the
 * whiskers end at the most extreme values inside.
 *
 * <p>Quartiles are R type 7 ({@link Descriptive#quantile}), as in NumPy, pandas and R's {@code
 * quantile}; R's {@code boxplot} uses Tukey's hinges instead, which can differ slightly for small
 * n.
 */
public final class FiveNumberSummary {

  private final double[] sorted;
  private final double q1;
  private final double median;
  private final double q3;

  private FiveNumberSummary(double[] sorted) {
    this.sorted = sorted;
    this.q1 = Descriptive.quantile(sorted, 0.25);
    this.median = Descriptive.quantile(sorted, 0.5);
    this.q3 = Descriptive.quantile(sorted, 0.75);
  }

  /** Summarises the values (finite, at least one). */
  public static FiveNumberSummary of(double[] x) {
    Descriptive.check(x, 1);
    return new FiveNumberSummary(Descriptive.sorted(x));
  }

  public double min() {
    return sorted[0];
  }

  public double q1() {
    return q1;
  }

  public double median() {
    return median;
  }

  public double q3() {
    return q3;
  }

  public double max() {
    return sorted[sorted.length - 1];
  }

  /** Interquartile range Q3 - Q1. */
  public double iqr() {
    return q3 - q1;
  }

  /** Q1 - 1.5 IQR. */
  public double lowerFence() {
    return q1 - 1.5 * iqr();
  }

  /** Q3 + 1.5 IQR. */
  public double upperFence() {
    return q3 + 1.5 * iqr();
  }

  /** The smallest value at or above the lower fence (where the lower whisker ends). */
  public double lowerWhisker() {
    for (double v : sorted) {
      if (v >= lowerFence()) {
        return v;
      }
    }
    return median;
  }

  /** The largest value at or below the upper fence. */
  public double upperWhisker() {
    for (int i = sorted.length - 1; i >= 0; i--) {
      if (sorted[i] <= upperFence()) {
        return sorted[i];
      }
    }
    return median;
  }

  /** Values outside the fences, ascending. */
  public double[] outliers() {
    double[] out = new double[sorted.length];
    int n = 0;
    for (double v : sorted) {
      if (v < lowerFence() || v > upperFence()) {
        out[n++] = v;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
