package org.mathforml.mathlib.stats;

import org.mathforml.mathlib.distribution.ContinuousDistribution;

/**
 * The outcome of a hypothesis test: the statistic, its degrees of freedom (NaN for z tests) and
 * p-values for each alternative. For z and t: less = P(T &lt;= t), greater = P(T >= t), two-sided =
 * 2 min(less, greater). For chi-squared and F tests only large values are evidence, so {@link
 * #pValue()} is the upper tail.
 */
public final class TestResult {

  private final double statistic;
  private final double df;
  private final double pLess;
  private final double pGreater;
  private final boolean upperTailOnly;

  private TestResult(
      double statistic, double df, double pLess, double pGreater, boolean upperTailOnly) {
    this.statistic = statistic;
    this.df = df;
    this.pLess = pLess;
    this.pGreater = pGreater;
    this.upperTailOnly = upperTailOnly;
  }

  /** A test whose statistic has the given null distribution, symmetric alternatives. */
  static TestResult of(double statistic, double df, ContinuousDistribution nullDistribution) {
    return new TestResult(
        statistic,
        df,
        nullDistribution.cdf(statistic),
        nullDistribution.survival(statistic),
        false);
  }

  /** A test that rejects for large values only (chi-squared, F). */
  static TestResult upperTail(
      double statistic, double df, ContinuousDistribution nullDistribution) {
    return new TestResult(
        statistic, df, nullDistribution.cdf(statistic), nullDistribution.survival(statistic), true);
  }

  /** The test statistic (z, t, chi-squared or F). */
  public double statistic() {
    return statistic;
  }

  /** Degrees of freedom (NaN for z tests; may be fractional for Welch). */
  public double degreesOfFreedom() {
    return df;
  }

  /** The default p-value: two-sided for z and t, upper tail for chi-squared and F. */
  public double pValue() {
    return upperTailOnly ? pGreater : pValue(Alternative.TWO_SIDED);
  }

  /** The p-value against the given alternative. */
  public double pValue(Alternative alternative) {
    switch (alternative) {
      case LESS:
        return pLess;
      case GREATER:
        return pGreater;
      default:
        return upperTailOnly ? pGreater : Math.min(1, 2 * Math.min(pLess, pGreater));
    }
  }

  /** Whether H0 is rejected at level alpha with the default p-value. */
  public boolean rejects(double alpha) {
    checkAlpha(alpha);
    return pValue() < alpha;
  }

  /** Whether H0 is rejected at level alpha against the given alternative. */
  public boolean rejects(double alpha, Alternative alternative) {
    checkAlpha(alpha);
    return pValue(alternative) < alpha;
  }

  private static void checkAlpha(double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
    }
  }

  @Override
  public String toString() {
    return "statistic " + statistic + ", df " + df + ", p " + pValue();
  }
}
