package org.mathforml.mathlib.distribution;

import org.mathforml.mathlib.distribution.internal.Checks;
import org.mathforml.mathlib.distribution.internal.QuantileSolver;
import org.mathforml.mathlib.random.Rng;
import org.mathforml.mathlib.special.BetaFunction;
import org.mathforml.mathlib.special.internal.Elementary;

/**
 * Student's t distribution with nu degrees of freedom: pdf (1 + t^2/nu)^(-(nu+1)/2) / (sqrt(nu)
 * B(1/2, nu/2)); for t &lt; 0, cdf(t) = I_x(nu/2, 1/2) / 2 with x = nu / (nu + t^2) (Abramowitz and
 * Stegun 26.7.1 / 26.5.27), and symmetry for t > 0.
 */
public final class StudentT implements ContinuousDistribution {

  private final double nu;
  private final double logNormalizer;

  private StudentT(double nu) {
    this.nu = nu;
    this.logNormalizer = 0.5 * Math.log(nu) + BetaFunction.logBeta(0.5, nu / 2);
  }

  /**
   * Returns t with nu degrees of freedom (need not be an integer; Welch's test uses fractional
   * ones).
   *
   * @throws IllegalArgumentException unless nu is positive and finite
   */
  public static StudentT of(double degreesOfFreedom) {
    Checks.positive("degrees of freedom", degreesOfFreedom);
    return new StudentT(degreesOfFreedom);
  }

  /** The degrees of freedom nu. */
  public double degreesOfFreedom() {
    return nu;
  }

  @Override
  public double pdf(double t) {
    return Math.exp(logPdf(t));
  }

  @Override
  public double logPdf(double t) {
    return -(nu + 1) / 2 * Elementary.log1p(t * t / nu) - logNormalizer;
  }

  @Override
  public double cdf(double t) {
    return t <= 0 ? lowerTail(t) : 1 - lowerTail(-t);
  }

  @Override
  public double survival(double t) {
    return t >= 0 ? lowerTail(-t) : 1 - lowerTail(t);
  }

  /** P(T &lt;= t) for t &lt;= 0, with 1 - x = t^2 / (nu + t^2) passed exactly. */
  private double lowerTail(double t) {
    if (t == Double.NEGATIVE_INFINITY) {
      return 0;
    }
    double t2 = t * t;
    double x = nu / (nu + t2);
    double y = t2 / (nu + t2);
    return 0.5 * BetaFunction.regularizedBeta(x, y, nu / 2, 0.5);
  }

  @Override
  public double quantile(double p) {
    Checks.probability(p);
    if (p == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p == 1) {
      return Double.POSITIVE_INFINITY;
    }
    if (p == 0.5) {
      return 0;
    }
    return QuantileSolver.continuous(this, p, Normal.standardQuantile(p));
  }

  /** 0 for nu > 1, NaN otherwise (the integral diverges). */
  @Override
  public double mean() {
    return nu > 1 ? 0 : Double.NaN;
  }

  /** nu / (nu - 2) for nu > 2, +infinity for 1 &lt; nu &lt;= 2, NaN for nu &lt;= 1. */
  @Override
  public double variance() {
    if (nu > 2) {
      return nu / (nu - 2);
    }
    return nu > 1 ? Double.POSITIVE_INFINITY : Double.NaN;
  }

  @Override
  public double supportLowerBound() {
    return Double.NEGATIVE_INFINITY;
  }

  @Override
  public double supportUpperBound() {
    return Double.POSITIVE_INFINITY;
  }

  /** Z / sqrt(V / nu) with Z standard normal and V chi-squared(nu). */
  @Override
  public double sample(Rng rng) {
    double z = rng.nextGaussian();
    double v = 2 * Gamma.standardSample(nu / 2, rng);
    return z / Math.sqrt(v / nu);
  }

  @Override
  public String toString() {
    return "StudentT(" + nu + ")";
  }
}
