package org.mathforml.mathlib.special;

/**
 * The error function erf(x) = 2/sqrt(pi) int_0^x e^(-t^2) dt and erfc = 1 - erf.
 *
 * <p>erf(x) = sign(x) P(1/2, x^2) and erfc(x) = Q(1/2, x^2) for x >= 0 (Abramowitz and Stegun 7.1.x
 * / 6.5.16), evaluated with the incomplete-gamma series for x^2 &lt; 3/2 and the continued fraction
 * beyond. The factor e^(-x^2) is computed as e^(-h^2) e^(-(x-h)(x+h)) with h = x rounded to 16
 * fraction bits, so h^2 is exact (Cody's trick, Math. Comp. 23, 1969) and the tail keeps its
 * relative accuracy. Measured within 1e-14 relative of Commons Math over |x| &lt;= 6 for erf and
 * over erfc > 1e-300 (see ErrorFunctionTest).
 */
public final class ErrorFunction {

  private static final double TWO_OVER_SQRT_PI = 1.1283791670955125739;
  private static final double ONE_OVER_SQRT_PI = 0.5641895835477562869;

  /** Where the series stops and the continued fraction starts: x^2 = a + 1 = 3/2. */
  private static final double SWITCH = 1.224744871391589;

  private ErrorFunction() {}

  /** Returns erf(x); NaN for NaN, +-1 for +-infinity. */
  public static double erf(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    double ax = Math.abs(x);
    double r;
    if (ax < SWITCH) {
      // P(1/2, z) = e^-z z^(1/2) / Gamma(1/2) * series, Gamma(1/2) = sqrt(pi).
      r = expMinusSquare(ax) * ax * ONE_OVER_SQRT_PI * GammaFunction.lowerSeries(0.5, ax * ax);
      if (ax < 1e-8) {
        r = TWO_OVER_SQRT_PI * ax; // the series loses nothing, but this avoids underflow
      }
    } else {
      r = 1 - upperTail(ax);
    }
    return x < 0 ? -r : r;
  }

  /** Returns erfc(x) = 1 - erf(x), accurate in relative terms in the upper tail. */
  public static double erfc(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    double ax = Math.abs(x);
    double upper = ax < SWITCH ? 1 - erf(ax) : upperTail(ax);
    return x < 0 ? 2 - upper : upper;
  }

  /** erfc(x) for x >= SWITCH: Q(1/2, x^2) = e^(-x^2) x / sqrt(pi) * fraction. */
  private static double upperTail(double x) {
    if (x > 27.3) {
      return 0; // erfc(27.3) is below the smallest subnormal double
    }
    return expMinusSquare(x) * x * ONE_OVER_SQRT_PI * GammaFunction.upperFraction(0.5, x * x);
  }

  /** e^(-x^2) without the rounding error of x * x (x >= 0, below 2^20). */
  static double expMinusSquare(double x) {
    double hi = Math.floor(x * 65536.0) / 65536.0;
    double lo = x - hi;
    return Math.exp(-hi * hi) * Math.exp(-lo * (x + hi));
  }
}
