package org.mathforml.mathlib.stats;

/** Maximum likelihood estimates for the lessons' models. */
public final class Mle {

  private Mle() {}

  /**
   * The MLE of a Bernoulli success probability from 0/1 outcomes: the fraction of ones, argmax of
   * p^s (1 - p)^(n - s).
   *
   * @throws IllegalArgumentException if empty or a value is not 0 or 1
   */
  public static double bernoulli(int[] outcomes) {
    if (outcomes == null || outcomes.length == 0) {
      throw new IllegalArgumentException("need at least one outcome");
    }
    int ones = 0;
    for (int v : outcomes) {
      if (v != 0 && v != 1) {
        throw new IllegalArgumentException("Bernoulli outcomes must be 0 or 1, got " + v);
      }
      ones += v;
    }
    return (double) ones / outcomes.length;
  }

  /**
   * The Gaussian MLE: mean = sample mean, variance = sum (x - mean)^2 / n (the population formula,
   * biased by (n - 1)/n; the sample variance is the unbiased estimate). Returns {mean, variance}.
   */
  public static double[] gaussian(double[] x) {
    return new double[] {Descriptive.mean(x), Descriptive.populationVariance(x)};
  }
}
