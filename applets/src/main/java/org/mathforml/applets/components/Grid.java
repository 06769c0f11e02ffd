package org.mathforml.applets.components;

import org.mathforml.mathlib.Fraction;

/** Exact grid positions: snapped doubles back to fractions. Plain Java, tested on the JVM. */
public final class Grid {

  private Grid() {}

  /**
   * v on the grid of step 1/k (step 0.5, 0.25, 1, ...) as an exact fraction: fraction(1.5, 0.5) is
   * 3/2.
   */
  public static Fraction fraction(double v, double step) {
    long perUnit = Math.round(1 / step);
    if (perUnit < 1) {
      perUnit = 1;
    }
    return Fraction.of(Math.round(v * perUnit), perUnit);
  }

  /** Whether f lies on the grid of step 1/k. */
  public static boolean onGrid(Fraction f, double step) {
    long perUnit = Math.round(1 / step);
    return perUnit % f.denominator() == 0;
  }
}
