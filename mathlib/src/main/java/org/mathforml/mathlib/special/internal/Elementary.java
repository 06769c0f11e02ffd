package org.mathforml.mathlib.special.internal;

/**
 * log1p and expm1 that stay accurate in the browser: TeaVM 0.15's classlib implements log1p(x) as
 * log(1 + x) and expm1(x) as exp(x) - 1, which lose all relative accuracy for small x. These use
 * Kahan's compensations (Goldberg, "What every computer scientist should know about floating-point
 * arithmetic", ACM Comput. Surv. 23(1), 1991, Theorem 4; Kahan's expm1 note), which need only an
 * accurate log and exp, and agree with the JDK's to a few ulps.
 */
public final class Elementary {

  private Elementary() {}

  /** ln(1 + x), accurate for small |x|. */
  public static double log1p(double x) {
    double u = 1 + x;
    if (u == 1) {
      return x; // |x| below half an ulp of 1: ln(1 + x) = x to double precision
    }
    if (u == Double.POSITIVE_INFINITY || u <= 0 || Double.isNaN(u)) {
      return Math.log(u);
    }
    // u - 1 is exact; the ratio x / (u - 1) corrects the rounding of 1 + x.
    return Math.log(u) * (x / (u - 1));
  }

  /** e^x - 1, accurate for small |x|. */
  public static double expm1(double x) {
    if (!(Math.abs(x) < 0.5)) {
      return Math.exp(x) - 1; // no cancellation worth correcting (also NaN and infinities)
    }
    double u = Math.exp(x);
    if (u == 1) {
      return x;
    }
    double um1 = u - 1;
    return um1 * (x / Math.log(u));
  }
}
