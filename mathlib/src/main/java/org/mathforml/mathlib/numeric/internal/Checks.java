package org.mathforml.mathlib.numeric.internal;

/** Argument checks shared by the numeric classes. Not API. */
public final class Checks {

  private Checks() {}

  /** Throws IllegalArgumentException naming {@code what} if any entry is NaN or infinite. */
  public static void requireFinite(double[] values, String what) {
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (v != v || v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY) {
        throw new IllegalArgumentException(what + " has a non-finite entry " + v + " at " + i);
      }
    }
  }

  /** True if v is neither NaN nor infinite. */
  public static boolean isFinite(double v) {
    return v == v && v != Double.POSITIVE_INFINITY && v != Double.NEGATIVE_INFINITY;
  }

  /** Largest absolute entry, 0 for an empty array. */
  public static double maxAbs(double[] values) {
    double max = 0;
    for (int i = 0; i < values.length; i++) {
      double a = Math.abs(values[i]);
      if (a > max) {
        max = a;
      }
    }
    return max;
  }

  /** Entry-wise ==, so 0.0 equals -0.0 (and NaN equals nothing). */
  public static boolean sameValues(double[] a, double[] b) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        return false;
      }
    }
    return true;
  }

  /** Hash consistent with {@link #sameValues}: -0.0 hashes as 0.0. */
  public static int hash(double[] a) {
    int h = 1;
    for (int i = 0; i < a.length; i++) {
      h = 31 * h + Double.hashCode(a[i] == 0 ? 0.0 : a[i]);
    }
    return h;
  }
}
