package org.mathforml.mathlib.distribution.internal;

import org.mathforml.mathlib.distribution.ContinuousDistribution;
import org.mathforml.mathlib.distribution.DiscreteDistribution;

/**
 * Inverts a cdf numerically. Continuous: solve cdf(x) = p for p &lt;= 1/2 and survival(x) = 1 - p
 * above (1 - p is exact there, and small upper tails keep their relative accuracy); bracket the
 * root by doubling steps away from a guess (halving the distance to a finite support bound), then
 * Newton steps with the pdf as derivative, replaced by a bisection whenever they leave the bracket
 * ("rtsafe", Press et al., Numerical Recipes 3rd ed., 9.4). Stops when a step or the bracket is
 * below 1e-15 relative. Discrete: the smallest k with cdf(k) >= p by doubling, then binary search.
 */
public final class QuantileSolver {

  /** Relative tolerance in x (about 5 ulps). */
  static final double TOLERANCE = 1e-15;

  private static final int MAX_BRACKET_STEPS = 2200;
  private static final int MAX_REFINE_STEPS = 400;

  private QuantileSolver() {}

  /**
   * Returns x with cdf(x) = p for 0 &lt; p &lt; 1, starting from guess (any value; the mean or
   * median is best).
   */
  public static double continuous(ContinuousDistribution d, double p, double guess) {
    double lo = d.supportLowerBound();
    double hi = d.supportUpperBound();
    boolean upper = p > 0.5;
    double target = upper ? 1 - p : p;
    double x = guess;
    if (!(x > lo && x < hi)) {
      x = inside(lo, hi);
    }
    double fx = f(d, x, upper, target);
    if (fx == 0) {
      return x;
    }
    double a;
    double b;
    if (fx > 0) {
      b = x;
      a = x;
      double step = Math.max(1, Math.abs(x));
      for (int k = 1; k <= MAX_BRACKET_STEPS; k++) {
        double next = lo > Double.NEGATIVE_INFINITY ? lo + (x - lo) / Math.pow(2, k) : x - step;
        step *= 2;
        if (next <= lo || Double.isInfinite(next) || k == MAX_BRACKET_STEPS) {
          a = Math.max(lo, -Double.MAX_VALUE);
          break;
        }
        if (f(d, next, upper, target) <= 0) {
          a = next;
          break;
        }
        b = next;
      }
    } else {
      a = x;
      b = x;
      double step = Math.max(1, Math.abs(x));
      for (int k = 1; k <= MAX_BRACKET_STEPS; k++) {
        double next = hi < Double.POSITIVE_INFINITY ? hi - (hi - x) / Math.pow(2, k) : x + step;
        step *= 2;
        if (next >= hi || Double.isInfinite(next) || k == MAX_BRACKET_STEPS) {
          b = Math.min(hi, Double.MAX_VALUE);
          break;
        }
        if (f(d, next, upper, target) >= 0) {
          b = next;
          break;
        }
        a = next;
      }
    }
    return refine(d, upper, target, a, b, lo, hi);
  }

  private static double refine(
      ContinuousDistribution d,
      boolean upper,
      double target,
      double a,
      double b,
      double lo,
      double hi) {
    double x = split(a, b, lo, hi);
    for (int i = 0; i < MAX_REFINE_STEPS; i++) {
      double fx = f(d, x, upper, target);
      if (fx == 0) {
        return x;
      }
      if (fx < 0) {
        a = x;
      } else {
        b = x;
      }
      double next = x - fx / d.pdf(x);
      if (!(next > a && next < b)) {
        next = split(a, b, lo, hi);
      }
      double scale = Math.max(Math.abs(next), Double.MIN_NORMAL);
      if (Math.abs(next - x) <= TOLERANCE * scale || b - a <= TOLERANCE * scale) {
        return next;
      }
      x = next;
    }
    return split(a, b, lo, hi);
  }

  /** Increasing in x, zero at the quantile. */
  private static double f(ContinuousDistribution d, double x, boolean upper, double target) {
    return upper ? target - d.survival(x) : d.cdf(x) - target;
  }

  private static double inside(double lo, double hi) {
    if (lo > Double.NEGATIVE_INFINITY && hi < Double.POSITIVE_INFINITY) {
      return lo + (hi - lo) / 2;
    }
    if (lo > Double.NEGATIVE_INFINITY) {
      return lo + Math.max(1, Math.abs(lo));
    }
    if (hi < Double.POSITIVE_INFINITY) {
      return hi - Math.max(1, Math.abs(hi));
    }
    return 0;
  }

  /**
   * A point strictly inside (a, b): geometric mean of the distances to a finite support bound when
   * they differ by more than 4x (so quantiles near a bound, like 1e-20, are found in few steps),
   * else the midpoint.
   */
  private static double split(double a, double b, double lo, double hi) {
    if (lo > Double.NEGATIVE_INFINITY && a - lo > 0 && (b - lo) > 4 * (a - lo)) {
      return lo + Math.sqrt(a - lo) * Math.sqrt(b - lo);
    }
    if (hi < Double.POSITIVE_INFINITY && hi - b > 0 && (hi - a) > 4 * (hi - b)) {
      return hi - Math.sqrt(hi - a) * Math.sqrt(hi - b);
    }
    if (a > 0 && b > 4 * a) {
      return Math.sqrt(a) * Math.sqrt(b);
    }
    if (b < 0 && a < 4 * b) {
      return -Math.sqrt(-a) * Math.sqrt(-b);
    }
    return a + (b - a) / 2;
  }

  /** Returns the smallest k in the support with cdf(k) >= p, for 0 &lt; p &lt; 1. */
  public static int discrete(DiscreteDistribution d, double p, int guess) {
    int lo = d.supportLowerBound();
    int hi = d.supportUpperBound();
    guess = Math.max(lo, Math.min(hi, guess));
    // Invariant: cdf(a) < p <= cdf(b); a = lo - 1 stands for "below the support".
    int a;
    int b;
    if (d.cdf(guess) >= p) {
      b = guess;
      a = guess;
      int step = 1;
      while (true) {
        int next = a - step;
        if (next < lo || next > a) {
          a = lo - 1;
          break;
        }
        if (d.cdf(next) < p) {
          a = next;
          break;
        }
        b = next;
        a = next;
        step = step > 0x3FFFFFFF ? step : step * 2;
      }
    } else {
      a = guess;
      b = guess;
      int step = 1;
      while (true) {
        int next = b + step;
        if (next > hi || next < b) {
          b = hi;
          break;
        }
        if (d.cdf(next) >= p) {
          b = next;
          break;
        }
        a = next;
        b = next;
        step = step > 0x3FFFFFFF ? step : step * 2;
      }
    }
    while (b - a > 1) {
      int mid = a + (b - a) / 2;
      if (d.cdf(mid) >= p) {
        b = mid;
      } else {
        a = mid;
      }
    }
    return b;
  }
}
