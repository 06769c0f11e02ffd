package org.mathforml.mathlib.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.IntegerDistribution;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.random.Rng;

/** Behaviour every {@link DiscreteDistribution} shares, plus a Commons Math comparison. */
abstract class DiscreteDistributionContract {

  static final class Case {
    final DiscreteDistribution dist;
    final IntegerDistribution oracle;

    Case(DiscreteDistribution dist, IntegerDistribution oracle) {
      this.dist = dist;
      this.oracle = oracle;
    }

    @Override
    public String toString() {
      return dist.toString();
    }
  }

  abstract List<Case> cases();

  /** pmf sums and cdf agree to this (sums of up to a few thousand terms). */
  static final double SUM_TOLERANCE = 1e-12;

  /**
   * Against Commons Math: it uses Loader's saddle-point pmf, we use log-beta, so ~1e-13 for
   * moderate n; relative, or absolute below 1e-300.
   */
  static final double ORACLE_TOLERANCE = 1e-11;

  static final int SAMPLES = 40_000;
  static final double Z_BOUND = 5;
  static final double VARIANCE_RELATIVE = 0.1;

  /** Upper end of the summation: the support bound, or where the upper tail is negligible. */
  private static int top(DiscreteDistribution d) {
    return d.supportUpperBound() == Integer.MAX_VALUE
        ? d.quantile(1 - 1e-15) + 20
        : d.supportUpperBound();
  }

  @Test
  void pmfSumsToOneAndCdfIsItsRunningSum() {
    for (Case c : cases()) {
      DiscreteDistribution d = c.dist;
      double sum = 0;
      double mean = 0;
      double second = 0;
      assertEquals(0.0, d.cdf(d.supportLowerBound() - 1), 0.0, c.toString());
      for (int k = d.supportLowerBound(); k <= top(d); k++) {
        double p = d.pmf(k);
        assertTrue(p >= 0 && p <= 1, c + " pmf(" + k + ")");
        sum += p;
        mean += k * p;
        second += (double) k * k * p;
        assertEquals(sum, d.cdf(k), SUM_TOLERANCE, c + " cdf(" + k + ")");
        assertEquals(1.0, d.cdf(k) + d.survival(k), 1e-14, c + " cdf + survival");
      }
      assertEquals(1.0, sum, SUM_TOLERANCE, c + " pmf sum");
      assertEquals(d.mean(), mean, 1e-9 * Math.max(1, d.mean()), c + " mean");
      assertEquals(d.variance(), second - mean * mean, 1e-8 * Math.max(1, second), c + " variance");
      assertEquals(0.0, d.pmf(d.supportLowerBound() - 1), 0.0);
    }
  }

  @Test
  void quantileIsSmallestKWithCdfAtLeastP() {
    double[] ps = {1e-10, 1e-6, 0.001, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999, 1 - 1e-6, 1 - 1e-10};
    for (Case c : cases()) {
      DiscreteDistribution d = c.dist;
      for (double p : ps) {
        int k = d.quantile(p);
        assertTrue(d.cdf(k) >= p, c + " cdf(q(" + p + "))");
        assertTrue(k == d.supportLowerBound() || d.cdf(k - 1) < p, c + " q(" + p + ") minimal");
      }
      assertEquals(d.supportLowerBound(), d.quantile(0));
      assertThrows(IllegalArgumentException.class, () -> d.quantile(-1e-3));
      assertThrows(IllegalArgumentException.class, () -> d.quantile(Double.NaN));
    }
  }

  @Test
  void sampleMomentsMatchWithinCltBounds() {
    int seed = 7;
    for (Case c : cases()) {
      check(c, c.dist.sample(Rng.seeded(seed), SAMPLES), "sample");
      Rng rng = Rng.seeded(seed + 50);
      int[] x = new int[SAMPLES];
      for (int i = 0; i < x.length; i++) {
        x[i] = c.dist.sampleByInverseCdf(rng);
      }
      check(c, x, "sampleByInverseCdf");
      seed++;
    }
  }

  private static void check(Case c, int[] x, String how) {
    double mean = 0;
    for (int v : x) {
      assertTrue(v >= c.dist.supportLowerBound() && v <= c.dist.supportUpperBound());
      mean += v;
    }
    mean /= x.length;
    double ss = 0;
    for (int v : x) {
      ss += (v - mean) * (v - mean);
    }
    double sigma = c.dist.standardDeviation();
    assertEquals(
        c.dist.mean(),
        mean,
        Z_BOUND * sigma / Math.sqrt(x.length) + 1e-12,
        c + " " + how + " mean");
    assertEquals(
        c.dist.variance(),
        ss / (x.length - 1),
        VARIANCE_RELATIVE * c.dist.variance() + 1e-12,
        c + " " + how + " variance");
  }

  @Test
  void matchesCommonsMath() {
    for (Case c : cases()) {
      DiscreteDistribution d = c.dist;
      IntegerDistribution o = c.oracle;
      int lo = Math.max(d.supportLowerBound() - 2, d.quantile(1e-12) - 2);
      for (int k = lo; k <= top(d) + 2; k++) {
        ContinuousDistributionContract.close(
            o.probability(k), d.pmf(k), ORACLE_TOLERANCE, 1e-300, c + " pmf(" + k + ")");
        // Commons' binomial cdf is 1 - I_p(k + 1, n - k): only ~1e-16 absolute in the lower
        // tail (Binomial(1000, 0.7) cdf(593): Commons 4.29989e-13, ours and mpmath 4.30009e-13)
        ContinuousDistributionContract.close(
            o.cumulativeProbability(k), d.cdf(k), ORACLE_TOLERANCE, 3e-16, c + " cdf(" + k + ")");
      }
      for (int i = 1; i < 1000; i++) {
        double p = i / 1000.0;
        assertEquals(o.inverseCumulativeProbability(p), d.quantile(p), c + " quantile " + p);
      }
      assertEquals(o.getNumericalMean(), d.mean(), 1e-12 * Math.abs(d.mean()));
      assertEquals(o.getNumericalVariance(), d.variance(), 1e-12 * Math.abs(d.variance()));
    }
  }
}
