package org.mathforml.mathlib.distribution;

import org.mathforml.mathlib.distribution.internal.Checks;
import org.mathforml.mathlib.random.Rng;

/**
 * The chi-squared distribution with k degrees of freedom, the distribution of a sum of k squared
 * independent standard normals: Gamma(shape k/2, scale 2); mean k, variance 2k. k need not be an
 * integer.
 */
public final class ChiSquared implements ContinuousDistribution {

  private final double degreesOfFreedom;
  private final Gamma gamma;

  private ChiSquared(double degreesOfFreedom) {
    this.degreesOfFreedom = degreesOfFreedom;
    this.gamma = Gamma.of(degreesOfFreedom / 2, 2);
  }

  /**
   * Returns chi-squared with the given degrees of freedom.
   *
   * @throws IllegalArgumentException unless k is positive and finite
   */
  public static ChiSquared of(double degreesOfFreedom) {
    Checks.positive("degrees of freedom", degreesOfFreedom);
    return new ChiSquared(degreesOfFreedom);
  }

  /** The degrees of freedom k. */
  public double degreesOfFreedom() {
    return degreesOfFreedom;
  }

  @Override
  public double pdf(double x) {
    return gamma.pdf(x);
  }

  @Override
  public double logPdf(double x) {
    return gamma.logPdf(x);
  }

  @Override
  public double cdf(double x) {
    return gamma.cdf(x);
  }

  @Override
  public double survival(double x) {
    return gamma.survival(x);
  }

  @Override
  public double quantile(double p) {
    return gamma.quantile(p);
  }

  @Override
  public double mean() {
    return degreesOfFreedom;
  }

  @Override
  public double variance() {
    return 2 * degreesOfFreedom;
  }

  @Override
  public double supportLowerBound() {
    return 0;
  }

  @Override
  public double supportUpperBound() {
    return Double.POSITIVE_INFINITY;
  }

  @Override
  public double sample(Rng rng) {
    return gamma.sample(rng);
  }

  @Override
  public String toString() {
    return "ChiSquared(" + degreesOfFreedom + ")";
  }
}
