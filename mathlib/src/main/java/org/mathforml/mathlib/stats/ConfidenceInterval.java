package org.mathforml.mathlib.stats;

/** An interval estimate [lower, upper] around a point estimate at a confidence level. */
public final class ConfidenceInterval {

  private final double estimate;
  private final double lower;
  private final double upper;
  private final double level;

  ConfidenceInterval(double estimate, double lower, double upper, double level) {
    this.estimate = estimate;
    this.lower = lower;
    this.upper = upper;
    this.level = level;
  }

  /** The point estimate (the centre for symmetric intervals; not for Wilson's). */
  public double estimate() {
    return estimate;
  }

  public double lower() {
    return lower;
  }

  public double upper() {
    return upper;
  }

  /** The confidence level, e.g. 0.95. */
  public double level() {
    return level;
  }

  /** Half the width (the margin of error for symmetric intervals). */
  public double halfWidth() {
    return (upper - lower) / 2;
  }

  /** Whether value lies in [lower, upper]. */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }

  @Override
  public String toString() {
    return "[" + lower + ", " + upper + "] (" + level + ")";
  }
}
