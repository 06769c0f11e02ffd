package org.mathforml.mathlib.distribution.internal;

/** Argument validation shared by the distributions. */
public final class Checks {

  private Checks() {}

  /** Throws unless 0 &lt;= p &lt;= 1 (NaN fails). */
  public static void probability(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("probability must be in [0, 1], got " + p);
    }
  }

  /** Throws unless value is positive and finite. */
  public static void positive(String name, double value) {
    if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(name + " must be positive and finite, got " + value);
    }
  }

  /** Throws unless value is finite. */
  public static void finite(String name, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be finite, got " + value);
    }
  }
}
