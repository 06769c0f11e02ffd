package org.mathforml.mathlib.stats;

import org.mathforml.mathlib.distribution.FDistribution;

/**
 * One-way analysis of variance: F = (SSB / (k - 1)) / (SSW / (N - k)) with SSB = sum n_i (mean_i -
 * grand mean)^2 and SSW = sum of squared deviations within groups.
 */
public final class Anova {

  private final double ssBetween;
  private final double ssWithin;
  private final int dfBetween;
  private final int dfWithin;
  private final TestResult test;

  private Anova(double ssBetween, double ssWithin, int dfBetween, int dfWithin) {
    this.ssBetween = ssBetween;
    this.ssWithin = ssWithin;
    this.dfBetween = dfBetween;
    this.dfWithin = dfWithin;
    double f = (ssBetween / dfBetween) / (ssWithin / dfWithin);
    this.test = TestResult.upperTail(f, dfBetween, FDistribution.of(dfBetween, dfWithin));
  }

  /**
   * Runs one-way ANOVA on k >= 2 groups, each with at least one value and N > k in total.
   *
   * @throws IllegalArgumentException if there is no variance within groups (F undefined)
   */
  public static Anova oneWay(double[]... groups) {
    if (groups == null || groups.length < 2) {
      throw new IllegalArgumentException("ANOVA needs at least two groups");
    }
    int total = 0;
    double grandSum = 0;
    for (double[] g : groups) {
      grandSum += Descriptive.sum(g);
      total += g.length;
    }
    double grand = grandSum / total;
    double ssb = 0;
    double ssw = 0;
    for (double[] g : groups) {
      double m = Descriptive.mean(g);
      ssb += g.length * (m - grand) * (m - grand);
      ssw += Descriptive.sumOfSquaredDeviations(g);
    }
    int dfw = total - groups.length;
    if (dfw < 1 || !(ssw > 0)) {
      throw new IllegalArgumentException("ANOVA needs variance within groups and N > k");
    }
    return new Anova(ssb, ssw, groups.length - 1, dfw);
  }

  public double sumOfSquaresBetween() {
    return ssBetween;
  }

  public double sumOfSquaresWithin() {
    return ssWithin;
  }

  public int degreesOfFreedomBetween() {
    return dfBetween;
  }

  public int degreesOfFreedomWithin() {
    return dfWithin;
  }

  /** The F statistic. */
  public double f() {
    return test.statistic();
  }

  /** P(F(k - 1, N - k) >= f). */
  public double pValue() {
    return test.pValue();
  }

  /** The test as a {@link TestResult} (upper tail). */
  public TestResult test() {
    return test;
  }
}
