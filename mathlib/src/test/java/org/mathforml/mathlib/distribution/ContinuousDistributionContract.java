package org.mathforml.mathlib.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.distribution.RealDistribution;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.random.Rng;

/**
 * Behaviour every {@link ContinuousDistribution} shares (EJML-style contract), plus a differential
 * test against the matching Commons Math distribution. Subclasses list cases.
 */
abstract class ContinuousDistributionContract {

  /**
   * A distribution under test, its Commons Math twin (null where Commons is not accurate enough to
   * be an oracle), and whether Var[S^2] is finite.
   */
  static final class Case {
    final ContinuousDistribution dist;
    final RealDistribution oracle;
    final boolean finiteFourthMoment;

    Case(ContinuousDistribution dist, RealDistribution oracle, boolean finiteFourthMoment) {
      this.dist = dist;
      this.oracle = oracle;
      this.finiteFourthMoment = finiteFourthMoment;
    }

    @Override
    public String toString() {
      return dist.toString();
    }
  }

  abstract List<Case> cases();

  /**
   * Relative tolerance for pdf and cdf against Commons Math. Both evaluate the same special
   * functions by different routes (e.g. Commons' gamma pdf uses Loader's saddle point), so
   * agreement is ~1e-13 for moderate parameters; subclasses with large parameters widen it.
   */
  double oracleTolerance() {
    return 1e-11;
  }

  /** cdf(quantile(p)) = p to this relative accuracy (tail mass, on the short side). */
  static final double INVERSE_TOLERANCE = 1e-10;

  /**
   * ...plus what rounding x to a double allows: the solver stops within 1e-15 relative, about 9
   * ulps, and moving x by one ulp moves the cdf by pdf(x) ulp(x).
   */
  static final double INVERSE_ULPS = 16;

  /**
   * Absolute tolerance for the cdf against Commons Math; subclasses raise it where Commons computes
   * the cdf as 1 - something and so is only accurate to ~1e-16 absolute.
   */
  double cdfAbsoluteTolerance() {
    return 1e-300;
  }

  /** Relative tolerance of our survival against 1 - (Commons' cdf). */
  double survivalTolerance() {
    return oracleTolerance();
  }

  /** Relative tolerance for the pdf against Commons Math at x; negative: do not compare. */
  double pdfTolerance(Case c, double x) {
    return oracleTolerance();
  }

  static double roundingSlack(ContinuousDistribution d, double x) {
    return INVERSE_ULPS * d.pdf(x) * Math.ulp(x);
  }

  /** Simpson with 200 panels on quantile-spaced pieces: error far below this. */
  static final double INTEGRAL_TOLERANCE = 1e-6;

  /** Sample size for the moment checks. */
  static final int SAMPLES = 40_000;

  /** Sample mean within this many standard errors (a 5-sigma miss has probability 6e-7). */
  static final double Z_BOUND = 5;

  /** Sample variance within this relative error (loose: kurtosis unknown in general). */
  static final double VARIANCE_RELATIVE = 0.1;

  static final double[] PROBABILITIES = {
    1e-10, 1e-6, 1e-3, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1 - 1e-6,
    1 - 1e-10,
  };

  @Test
  void cdfIsMonotoneAndInUnitInterval() {
    for (Case c : cases()) {
      ContinuousDistribution d = c.dist;
      double lo = d.quantile(1e-9);
      double hi = d.quantile(1 - 1e-9);
      double previous = 0;
      for (int i = 0; i <= 2000; i++) {
        double x = lo + (hi - lo) * i / 2000.0;
        double f = d.cdf(x);
        assertTrue(f >= 0 && f <= 1, c + " cdf(" + x + ")=" + f);
        assertTrue(f >= previous, c + " cdf decreases at " + x);
        assertEquals(1.0, f + d.survival(x), 1e-14, c + " cdf + survival at " + x);
        assertTrue(d.pdf(x) >= 0, c + " pdf(" + x + ")");
        previous = f;
      }
      assertEquals(0.0, d.cdf(Double.NEGATIVE_INFINITY), 0.0, c.toString());
      assertEquals(1.0, d.cdf(Double.POSITIVE_INFINITY), 0.0, c.toString());
      assertEquals(0.0, d.pdf(d.supportLowerBound() - 1), 0.0, c.toString());
    }
  }

  @Test
  void quantileInvertsCdfIncludingTails() {
    for (Case c : cases()) {
      ContinuousDistribution d = c.dist;
      for (double p : PROBABILITIES) {
        double x = d.quantile(p);
        if (p <= 0.5) {
          assertEquals(
              p,
              d.cdf(x),
              INVERSE_TOLERANCE * p + roundingSlack(d, x),
              c + " cdf(quantile(" + p + "))");
        } else {
          assertEquals(
              1 - p,
              d.survival(x),
              INVERSE_TOLERANCE * (1 - p) + roundingSlack(d, x),
              c + " survival(quantile(" + p + "))");
        }
      }
      assertEquals(d.supportLowerBound(), d.quantile(0), 0.0, c.toString());
      assertEquals(d.supportUpperBound(), d.quantile(1), 0.0, c.toString());
      assertThrows(IllegalArgumentException.class, () -> d.quantile(-0.1));
      assertThrows(IllegalArgumentException.class, () -> d.quantile(1.5));
      assertThrows(IllegalArgumentException.class, () -> d.quantile(Double.NaN));
    }
  }

  @Test
  void pdfIntegratesToOne() {
    double[] grid = {
      1e-3, 2e-3, 5e-3, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98,
      0.99, 0.995, 0.998, 0.999
    };
    for (Case c : cases()) {
      ContinuousDistribution d = c.dist;
      double total = 0;
      for (int i = 0; i + 1 < grid.length; i++) {
        double piece = simpson(d, d.quantile(grid[i]), d.quantile(grid[i + 1]), 200);
        double expected = grid[i + 1] - grid[i];
        assertEquals(
            expected,
            piece,
            INTEGRAL_TOLERANCE * 10 * expected,
            c + " pdf over [q(" + grid[i] + "), q(" + grid[i + 1] + ")]");
        total += piece;
      }
      assertEquals(0.998, total, INTEGRAL_TOLERANCE, c + " total");
    }
  }

  private static double simpson(ContinuousDistribution d, double a, double b, int panels) {
    double h = (b - a) / panels;
    double sum = d.pdf(a) + d.pdf(b);
    for (int i = 1; i < panels; i++) {
      sum += (i % 2 == 1 ? 4 : 2) * d.pdf(a + i * h);
    }
    return sum * h / 3;
  }

  @Test
  void sampleMomentsMatchWithinCltBounds() {
    int seed = 1;
    for (Case c : cases()) {
      checkMoments(c, c.dist.sample(Rng.seeded(seed), SAMPLES), "sample");
      Rng rng = Rng.seeded(seed + 100);
      double[] x = new double[SAMPLES];
      for (int i = 0; i < x.length; i++) {
        x[i] = c.dist.sampleByInverseCdf(rng);
      }
      checkMoments(c, x, "sampleByInverseCdf");
      seed++;
    }
  }

  private static void checkMoments(Case c, double[] x, String how) {
    double mean = 0;
    for (double v : x) {
      assertFalse(Double.isNaN(v), c + " " + how + " gave NaN");
      assertTrue(v >= c.dist.supportLowerBound() && v <= c.dist.supportUpperBound());
      mean += v;
    }
    mean /= x.length;
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    double variance = ss / (x.length - 1);
    double sigma = c.dist.standardDeviation();
    if (Double.isNaN(sigma) || Double.isInfinite(sigma)) {
      return;
    }
    assertEquals(
        c.dist.mean(), mean, Z_BOUND * sigma / Math.sqrt(x.length), c + " " + how + " mean");
    if (c.finiteFourthMoment) {
      assertEquals(
          c.dist.variance(),
          variance,
          VARIANCE_RELATIVE * c.dist.variance(),
          c + " " + how + " variance");
    }
  }

  @Test
  void matchesCommonsMathOnThousandsOfPoints() {
    Random random = new Random(424242L);
    double tol = oracleTolerance();
    for (Case c : cases()) {
      ContinuousDistribution d = c.dist;
      RealDistribution o = c.oracle;
      if (o == null) {
        continue;
      }
      if (Double.isNaN(o.getNumericalMean())) {
        assertTrue(Double.isNaN(d.mean()), c + " mean is undefined");
      } else {
        assertEquals(
            o.getNumericalMean(), d.mean(), 1e-12 * Math.abs(o.getNumericalMean()), c + " mean");
      }
      if (c.finiteFourthMoment) {
        assertEquals(
            o.getNumericalVariance(),
            d.variance(),
            1e-12 * o.getNumericalVariance(),
            c + " variance");
      }
      for (int i = 0; i < 2000; i++) {
        // p log-uniform in [1e-10, 1/2], mirrored to the upper tail half the time
        double p = Math.pow(10, -10 * random.nextDouble()) / 2;
        if (random.nextBoolean()) {
          p = 1 - p;
        }
        double x = d.quantile(p);
        String where = c + " at x=" + x + " (p=" + p + ")";
        double cdf = o.cumulativeProbability(x);
        close(cdf, d.cdf(x), tol, cdfAbsoluteTolerance(), where + " cdf");
        close(1 - cdf, d.survival(x), survivalTolerance(), 2e-16, where + " survival");
        double pdfTol = pdfTolerance(c, x);
        if (pdfTol >= 0 && x > d.supportLowerBound() && x < d.supportUpperBound()) {
          close(o.density(x), d.pdf(x), pdfTol, 1e-300, where + " pdf");
        }
        // the quantile solves Commons' cdf too, relative to the tail mass
        double tail = Math.min(p, 1 - p);
        double diff = p <= 0.5 ? cdf - p : (1 - cdf) - (1 - p);
        if (Math.abs(diff) > 1e-9 * tail + 2e-16 + roundingSlack(d, x)) {
          fail(where + " Commons cdf at our quantile is off by " + diff);
        }
      }
    }
  }

  static void close(double expected, double actual, double rel, double abs, String where) {
    double diff = Math.abs(expected - actual);
    if (!(diff <= abs || diff <= rel * Math.abs(expected))) {
      fail(
          where
              + ": expected "
              + expected
              + " got "
              + actual
              + " rel "
              + diff / Math.abs(expected));
    }
  }
}
