package org.mathforml.mathlib.distribution;

import org.mathforml.mathlib.distribution.internal.Checks;
import org.mathforml.mathlib.random.Rng;

/**
 * The uniform distribution on the integers lo..hi (a fair die is {@code of(1, 6)}): pmf 1 / n with
 * n = hi - lo + 1, mean (lo + hi) / 2, variance (n^2 - 1) / 12.
 */
public final class DiscreteUniform implements DiscreteDistribution {

  private final int lower;
  private final int upper;
  private final double count;

  private DiscreteUniform(int lower, int upper) {
    this.lower = lower;
    this.upper = upper;
    this.count = (double) upper - lower + 1;
  }

  /**
   * Returns the uniform distribution on lower..upper inclusive.
   *
   * @throws IllegalArgumentException if lower > upper or the range exceeds 2^31 - 1 values
   */
  public static DiscreteUniform of(int lower, int upper) {
    if (lower > upper || upper - lower + 1 <= 0) {
      throw new IllegalArgumentException("bad range " + lower + ".." + upper);
    }
    return new DiscreteUniform(lower, upper);
  }

  @Override
  public double pmf(int k) {
    return k < lower || k > upper ? 0 : 1 / count;
  }

  @Override
  public double cdf(int k) {
    if (k < lower) {
      return 0;
    }
    return k >= upper ? 1 : ((double) k - lower + 1) / count;
  }

  @Override
  public int quantile(double p) {
    Checks.probability(p);
    if (p == 0) {
      return lower;
    }
    // smallest k with (k - lower + 1) / n >= p; the check absorbs rounding of p * n
    int k = lower + (int) Math.ceil(p * count) - 1;
    while (k > lower && cdf(k - 1) >= p) {
      k--;
    }
    while (cdf(k) < p) {
      k++;
    }
    return k;
  }

  @Override
  public double mean() {
    return ((double) lower + upper) / 2;
  }

  @Override
  public double variance() {
    return (count * count - 1) / 12;
  }

  @Override
  public int supportLowerBound() {
    return lower;
  }

  @Override
  public int supportUpperBound() {
    return upper;
  }

  @Override
  public int sample(Rng rng) {
    return rng.nextInt(lower, upper);
  }

  @Override
  public String toString() {
    return "DiscreteUniform(" + lower + ", " + upper + ")";
  }
}
