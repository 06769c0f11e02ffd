package org.mathforml.mathlib.stats;

import org.mathforml.mathlib.Fraction;

/**
 * Sample statistics of integer data as exact fractions, for worked solutions that quote every
 * intermediate value (a mean of 63/5, a variance of 17/2) without rounding. The formulas are those
 * of {@link Descriptive} and {@link HypothesisTests#welchT}: mean sum/n, sample variance sum (x -
 * mean)^2 / (n - 1), population variance sum (x - mean)^2 / n, and the Welch-Satterthwaite degrees
 * of freedom (Welch, Biometrika 34, 1947). Arithmetic is {@link Fraction}'s, which throws {@code
 * ArithmeticException} rather than overflow.
 */
public final class ExactStatistics {

  private ExactStatistics() {}

  /** The mean sum(x) / n. */
  public static Fraction mean(int[] x) {
    check(x, 1);
    long sum = 0;
    for (int v : x) {
      sum += v;
    }
    return Fraction.of(sum, x.length);
  }

  /** The sum of squared deviations from the mean, sum (x - mean)^2. */
  public static Fraction sumOfSquaredDeviations(int[] x) {
    Fraction m = mean(x);
    Fraction ss = Fraction.ZERO;
    for (int v : x) {
      Fraction d = Fraction.of(v).subtract(m);
      ss = ss.add(d.multiply(d));
    }
    return ss;
  }

  /**
   * The sample variance sum (x - mean)^2 / (n - 1).
   *
   * @throws IllegalArgumentException if there are fewer than 2 values
   */
  public static Fraction variance(int[] x) {
    check(x, 2);
    return sumOfSquaredDeviations(x).divide(Fraction.of(x.length - 1));
  }

  /** The population variance sum (x - mean)^2 / n. */
  public static Fraction populationVariance(int[] x) {
    return sumOfSquaredDeviations(x).divide(Fraction.of(x.length));
  }

  /**
   * The Welch-Satterthwaite degrees of freedom (vx + vy)^2 / (vx^2 / (nx - 1) + vy^2 / (ny - 1)),
   * where vx = sx^2 / nx and vy = sy^2 / ny are the squared standard errors of the two means.
   *
   * @throws IllegalArgumentException if nx or ny is below 2, a v is negative or both are zero
   */
  public static Fraction welchDegreesOfFreedom(Fraction vx, int nx, Fraction vy, int ny) {
    if (nx < 2 || ny < 2 || vx.signum() < 0 || vy.signum() < 0 || vx.add(vy).isZero()) {
      throw new IllegalArgumentException("need n >= 2 and non-negative, not both zero, variances");
    }
    Fraction s = vx.add(vy);
    Fraction den =
        vx.multiply(vx)
            .divide(Fraction.of(nx - 1))
            .add(vy.multiply(vy).divide(Fraction.of(ny - 1)));
    return s.multiply(s).divide(den);
  }

  private static void check(int[] x, int min) {
    if (x == null || x.length < min) {
      throw new IllegalArgumentException("need at least " + min + " values");
    }
  }
}
