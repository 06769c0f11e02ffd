package org.mathforml.mathlib.special;

import org.mathforml.mathlib.special.internal.Elementary;

/**
 * The beta function and the regularized incomplete beta function.
 *
 * <p>Accuracy (vs Apache Commons Math 3.6.1, see BetaFunctionTest): {@link #logBeta} within about
 * 1e-14 relative; {@link #regularizedBeta} within about 1e-13 relative for a, b up to 1e3 and 1e-10
 * up to 1e5 (its prefactor x^a (1-x)^b / B(a, b) is computed in logs and loses about a |ln x| + b
 * |ln(1 - x)| ulps).
 */
public final class BetaFunction {

  private BetaFunction() {}

  /** Returns B(a, b) = Gamma(a) Gamma(b) / Gamma(a + b) = exp(logBeta(a, b)). */
  public static double beta(double a, double b) {
    return Math.exp(logBeta(a, b));
  }

  /**
   * Returns ln B(a, b). With p = min(a, b), q = max(a, b): for p >= 10 and for q >= 10 the Stirling
   * forms below, which cancel the large parts of the log-gammas analytically (the approach of
   * DiDonato and Morris, ACM TOMS 18(3), 1992, and of Commons Math); otherwise lnGamma(a) +
   * lnGamma(b) - lnGamma(a + b).
   *
   * @throws IllegalArgumentException unless a and b are positive (NaN included)
   */
  public static double logBeta(double a, double b) {
    if (!(a > 0) || !(b > 0)) {
      throw new IllegalArgumentException(
          "beta parameters must be positive, got a=" + a + " b=" + b);
    }
    double p = Math.min(a, b);
    double q = Math.max(a, b);
    if (q == Double.POSITIVE_INFINITY) {
      return Double.NEGATIVE_INFINITY;
    }
    double sum = p + q;
    if (p >= 10) {
      // (p - 1/2) ln(p / (p+q)) + q ln(q / (p+q)) - ln(q)/2 + ln sqrt(2 pi) + corrections
      double corr = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(sum);
      return -0.5 * Math.log(q)
          + GammaFunction.HALF_LOG_2_PI
          + corr
          + (p - 0.5) * Math.log(p / sum)
          + q * Elementary.log1p(-p / sum);
    }
    if (q >= 10) {
      // lnGamma(q) - lnGamma(p + q) = (q - 1/2) ln(q/(p+q)) - p ln(p+q) + p + corrections
      double corr = stirlingCorrection(q) - stirlingCorrection(sum);
      return GammaFunction.logGamma(p)
          + corr
          + p
          - p * Math.log(sum)
          + (q - 0.5) * Elementary.log1p(-p / sum);
    }
    return GammaFunction.logGamma(p) + GammaFunction.logGamma(q) - GammaFunction.logGamma(sum);
  }

  /**
   * lnGamma(x) - ((x - 1/2) ln x - x + ln sqrt(2 pi)) for x >= 10, by the Stirling series sum B_2k
   * / (2k (2k - 1) x^(2k - 1)) (Abramowitz and Stegun 6.1.40); truncation error below 1e-17 there.
   */
  static double stirlingCorrection(double x) {
    double inv = 1 / x;
    double inv2 = inv * inv;
    return inv
        * (1.0 / 12
            + inv2
                * (-1.0 / 360
                    + inv2
                        * (1.0 / 1260
                            + inv2
                                * (-1.0 / 1680
                                    + inv2
                                        * (1.0 / 1188
                                            + inv2
                                                * (-691.0 / 360360
                                                    + inv2
                                                        * (1.0 / 156
                                                            + inv2 * (-3617.0 / 122400))))))));
  }

  /**
   * Returns the regularized incomplete beta function I_x(a, b), the cdf of Beta(a, b) at x, by its
   * continued fraction (Press et al., Numerical Recipes 3rd ed., 6.4, betacf with the modified
   * Lentz method), using I_x(a, b) = 1 - I_(1-x)(b, a) when x > (a + 1)/(a + b + 2) so the fraction
   * converges fast.
   *
   * @throws IllegalArgumentException unless a, b > 0 and 0 &lt;= x &lt;= 1
   * @throws ArithmeticException if the fraction does not converge
   */
  public static double regularizedBeta(double x, double a, double b) {
    return regularizedBeta(x, 1 - x, a, b);
  }

  /**
   * Returns I_x(a, b) given both x and y = 1 - x; pass y when it is known more accurately than 1 -
   * x (e.g. y = t^2 / (n + t^2) for Student's t), since the upper tail needs it.
   */
  public static double regularizedBeta(double x, double y, double a, double b) {
    check(x, a, b);
    if (x <= 0) {
      return 0;
    }
    if (y <= 0) {
      return 1;
    }
    if (x < (a + 1) / (a + b + 2)) {
      return direct(x, y, a, b);
    }
    return 1 - direct(y, x, b, a);
  }

  /**
   * Returns 1 - I_x(a, b) = I_(1-x)(b, a), computed directly so small upper tails keep their
   * relative accuracy; y = 1 - x as in {@link #regularizedBeta(double, double, double, double)}.
   */
  public static double regularizedBetaComplement(double x, double y, double a, double b) {
    check(x, a, b);
    if (x <= 0) {
      return 1;
    }
    if (y <= 0) {
      return 0;
    }
    if (x < (a + 1) / (a + b + 2)) {
      return 1 - direct(x, y, a, b);
    }
    return direct(y, x, b, a);
  }

  private static void check(double x, double a, double b) {
    if (!(a > 0) || !(b > 0) || a == Double.POSITIVE_INFINITY || b == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(
          "beta parameters must be positive and finite, got a=" + a + " b=" + b);
    }
    if (!(x >= 0 && x <= 1)) {
      throw new IllegalArgumentException("x must be in [0, 1], got " + x);
    }
  }

  /** x^a y^b / (a B(a, b)) times the continued fraction; y = 1 - x. */
  private static double direct(double x, double y, double a, double b) {
    double logX = x > 0.5 ? Elementary.log1p(-y) : Math.log(x);
    double logY = y > 0.5 ? Elementary.log1p(-x) : Math.log(y);
    double front = Math.exp(a * logX + b * logY - logBeta(a, b)) / a;
    return front * fraction(x, a, b);
  }

  private static double fraction(double x, double a, double b) {
    final double tiny = GammaFunction.TINY;
    double qab = a + b;
    double qap = a + 1;
    double qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    if (Math.abs(d) < tiny) {
      d = tiny;
    }
    d = 1 / d;
    double h = d;
    for (int m = 1; m < GammaFunction.MAX_ITERATIONS; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < GammaFunction.EPSILON) {
        return h;
      }
    }
    throw new ArithmeticException(
        "incomplete beta fraction did not converge, x=" + x + " a=" + a + " b=" + b);
  }
}
