package org.mathforml.mathlib.distribution;

import org.mathforml.mathlib.distribution.internal.Checks;
import org.mathforml.mathlib.distribution.internal.QuantileSolver;
import org.mathforml.mathlib.random.Rng;
import org.mathforml.mathlib.special.BetaFunction;

/**
 * Snedecor's F distribution with d1 and d2 degrees of freedom, the law of (U1/d1) / (U2/d2) for
 * independent chi-squared U1, U2: cdf(x) = I_z(d1/2, d2/2) with z = d1 x / (d1 x + d2) (Abramowitz
 * and Stegun 26.6.2).
 */
public final class FDistribution implements ContinuousDistribution {

  private final double d1;
  private final double d2;
  private final double logBeta;

  private FDistribution(double d1, double d2) {
    this.d1 = d1;
    this.d2 = d2;
    this.logBeta = BetaFunction.logBeta(d1 / 2, d2 / 2);
  }

  /**
   * Returns F(d1, d2).
   *
   * @throws IllegalArgumentException unless both are positive and finite
   */
  public static FDistribution of(double numeratorDf, double denominatorDf) {
    Checks.positive("numerator degrees of freedom", numeratorDf);
    Checks.positive("denominator degrees of freedom", denominatorDf);
    return new FDistribution(numeratorDf, denominatorDf);
  }

  /** Numerator degrees of freedom d1. */
  public double numeratorDegreesOfFreedom() {
    return d1;
  }

  /** Denominator degrees of freedom d2. */
  public double denominatorDegreesOfFreedom() {
    return d2;
  }

  @Override
  public double pdf(double x) {
    if (x < 0) {
      return 0;
    }
    if (x == 0) {
      return d1 < 2 ? Double.POSITIVE_INFINITY : d1 == 2 ? 1 : 0;
    }
    return Math.exp(logPdf(x));
  }

  @Override
  public double logPdf(double x) {
    if (x <= 0) {
      return Math.log(pdf(x));
    }
    double denom = d1 * x + d2;
    return d1 / 2 * Math.log(d1 * x / denom)
        + d2 / 2 * Math.log(d2 / denom)
        - Math.log(x)
        - logBeta;
  }

  @Override
  public double cdf(double x) {
    if (x <= 0) {
      return 0;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return 1;
    }
    double denom = d1 * x + d2;
    return BetaFunction.regularizedBeta(d1 * x / denom, d2 / denom, d1 / 2, d2 / 2);
  }

  @Override
  public double survival(double x) {
    if (x <= 0) {
      return 1;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return 0;
    }
    double denom = d1 * x + d2;
    return BetaFunction.regularizedBetaComplement(d1 * x / denom, d2 / denom, d1 / 2, d2 / 2);
  }

  @Override
  public double quantile(double p) {
    Checks.probability(p);
    if (p == 0) {
      return 0;
    }
    if (p == 1) {
      return Double.POSITIVE_INFINITY;
    }
    return QuantileSolver.continuous(this, p, d2 > 2 ? d2 / (d2 - 2) : 1);
  }

  /** d2 / (d2 - 2) for d2 > 2, else NaN. */
  @Override
  public double mean() {
    return d2 > 2 ? d2 / (d2 - 2) : Double.NaN;
  }

  /** 2 d2^2 (d1 + d2 - 2) / (d1 (d2 - 2)^2 (d2 - 4)) for d2 > 4, else NaN. */
  @Override
  public double variance() {
    if (!(d2 > 4)) {
      return Double.NaN;
    }
    double m = d2 - 2;
    return 2 * d2 * d2 * (d1 + d2 - 2) / (d1 * m * m * (d2 - 4));
  }

  @Override
  public double supportLowerBound() {
    return 0;
  }

  @Override
  public double supportUpperBound() {
    return Double.POSITIVE_INFINITY;
  }

  /** (U1/d1) / (U2/d2) from two gamma draws. */
  @Override
  public double sample(Rng rng) {
    double u1 = Gamma.standardSample(d1 / 2, rng) / d1;
    double u2 = Gamma.standardSample(d2 / 2, rng) / d2;
    return u1 / u2;
  }

  @Override
  public String toString() {
    return "F(" + d1 + ", " + d2 + ")";
  }
}
