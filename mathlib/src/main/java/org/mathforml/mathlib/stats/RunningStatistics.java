package org.mathforml.mathlib.stats;

/**
 * Mean and variance updated one value at a time by Welford's method (Technometrics 4(3), 1962): m
 * += (x - m) / n; M2 += (x - m_old)(x - m_new). Stable, one pass, O(1) memory (for applets that
 * stream samples). Mutable.
 */
public final class RunningStatistics {

  private int count;
  private double mean;
  private double m2;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;

  /** Adds one value; NaN or infinite values are rejected. */
  public void add(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      throw new IllegalArgumentException("values must be finite, got " + x);
    }
    count++;
    double delta = x - mean;
    mean += delta / count;
    m2 += delta * (x - mean);
    min = Math.min(min, x);
    max = Math.max(max, x);
  }

  /** Number of values added. */
  public int count() {
    return count;
  }

  /** Mean of the values (NaN before the first). */
  public double mean() {
    return count == 0 ? Double.NaN : mean;
  }

  /** Sample variance (NaN for fewer than two values). */
  public double variance() {
    return count < 2 ? Double.NaN : m2 / (count - 1);
  }

  /** Population variance (NaN before the first value). */
  public double populationVariance() {
    return count == 0 ? Double.NaN : m2 / count;
  }

  /** Sample standard deviation. */
  public double standardDeviation() {
    return Math.sqrt(variance());
  }

  /** Smallest value (+infinity before the first). */
  public double min() {
    return min;
  }

  /** Largest value (-infinity before the first). */
  public double max() {
    return max;
  }
}
