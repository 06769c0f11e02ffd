package org.mathforml.mathlib;

/**
 * Reads decimal numbers ("-12", "0.5", ".5", "2.5e-3", "1.0E300") into doubles without {@link
 * Double#parseDouble}, whose TeaVM implementation (decimal tables, NaN/Infinity/hex and suffix
 * handling) costs about 14 KB gzip in a bundle; this class costs under 1 KB.
 *
 * <p>Method: the first 18 significant digits are read exactly into a {@code long} m (later digits
 * are dropped), so the value is m 10^e = m 5^e 2^e. m times (or divided by) 5^|e| is computed in
 * double-double arithmetic (Dekker's exact product; 5^22 is the largest exact double power of five,
 * larger powers carry a low part), rounded once to a double and then scaled by the exact power of
 * two 2^e. Results in the normal range are therefore correctly rounded (the same double as {@code
 * Double.parseDouble}) unless the decimal lies within about 2^-95 of a halfway point between two
 * doubles, or has more than 18 significant digits; subnormal results (below 2.2e-308) are rounded
 * twice and may be 1 ulp off. {@code DecimalTest} compares 10^6 seeded random strings with {@code
 * Double.parseDouble}.
 *
 * <p>Syntax: an optional sign, digits with an optional '.' and fraction (at least one digit in
 * all), then optionally 'e' or 'E', an optional sign and digits. No spaces, NaN, Infinity,
 * hexadecimal or type suffixes.
 */
public final class Decimal {

  // 2^27 + 1: Dekker's splitter, cuts a double into two 26-bit halves whose products are exact.
  private static final double SPLITTER = 134217729.0;
  private static final int MAX_DIGITS = 18;

  private Decimal() {}

  /** True if {@code s} is a decimal in the syntax above. */
  public static boolean isDecimal(String s) {
    return s != null && end(s) == s.length() && s.length() > 0;
  }

  /**
   * The double nearest to the decimal {@code s} (see the class comment for the rare exceptions);
   * ±Infinity above the double range, ±0 below it.
   *
   * @throws IllegalArgumentException if {@code s} is not in the syntax above
   */
  public static double parse(String s) {
    if (!isDecimal(s)) {
      throw new IllegalArgumentException("not a decimal number: \"" + s + "\"");
    }
    int i = 0;
    boolean negative = s.charAt(0) == '-';
    if (s.charAt(0) == '-' || s.charAt(0) == '+') {
      i++;
    }
    long m = 0;
    int kept = 0; // significant digits in m
    int scale = 0; // value = m 10^(scale + exponent)
    boolean fraction = false;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        fraction = true;
        continue;
      }
      if (c == 'e' || c == 'E') {
        break;
      }
      int d = c - '0';
      if (kept == 0 && d == 0) {
        scale -= fraction ? 1 : 0; // a leading zero
      } else if (kept < MAX_DIGITS) {
        m = m * 10 + d;
        kept++;
        scale -= fraction ? 1 : 0;
      } else {
        scale += fraction ? 0 : 1; // a dropped digit
      }
    }
    int exponent = 0;
    if (i < s.length()) {
      i++;
      boolean negativeExponent = s.charAt(i) == '-';
      if (s.charAt(i) == '-' || s.charAt(i) == '+') {
        i++;
      }
      for (; i < s.length(); i++) {
        exponent = Math.min(exponent * 10 + s.charAt(i) - '0', 100_000);
      }
      exponent = negativeExponent ? -exponent : exponent;
    }
    double v = m == 0 ? 0 : value(m, kept, scale + exponent);
    return negative ? -v : v;
  }

  // m 10^e for m > 0 with `digits` decimal digits.
  private static double value(long m, int digits, int e) {
    while (m % 10 == 0) {
      m /= 10;
      digits--;
      e++;
    }
    if (e + digits > 310) {
      return Double.POSITIVE_INFINITY;
    }
    if (e + digits < -324) {
      return 0;
    }
    double mh = (double) m;
    double ml = (double) (m - (long) mh); // m = mh + ml exactly
    double[] five = powerOfFive(Math.abs(e));
    double y;
    if (e >= 0) {
      // (mh + ml)(fh + fl): exact product of the high parts plus the small cross terms, summed
      // smallest first. Written left-associated on purpose: TeaVM 0.15 prints the Java a + (b + c)
      // on doubles as the JavaScript a + b + c, which rounds differently.
      double[] p = twoProduct(mh, five[0]);
      y = mh * five[1] + ml * five[0] + ml * five[1] + p[1] + p[0];
    } else {
      // (mh + ml) / (fh + fl): quotient, exact remainder, correction.
      double q = mh / five[0];
      double[] p = twoProduct(q, five[0]);
      double r = (mh - p[0]) - p[1] + ml - q * five[1];
      y = q + r / five[0];
    }
    return y * powerOfTwo(e);
  }

  // 5^k as a double-double {hi, lo}: exact up to 5^22, then within a few units of 2^-104.
  private static double[] powerOfFive(int k) {
    double[] p = {1, 0};
    while (k > 0) {
      int step = Math.min(k, 22);
      double f = 1;
      for (int j = 0; j < step; j++) {
        f *= 5;
      }
      double[] t = twoProduct(p[0], f);
      double lo = t[1] + p[1] * f;
      p[0] = t[0] + lo;
      p[1] = lo - (p[0] - t[0]);
      k -= step;
    }
    return p;
  }

  // 2^e, exact for -1074 <= e <= 1023 (0 below, Infinity above).
  private static double powerOfTwo(int e) {
    double p = 1;
    for (int j = 0; j < e; j++) {
      p *= 2;
    }
    for (int j = 0; j > e; j--) {
      p *= 0.5;
    }
    return p;
  }

  // {a b rounded, the exact error}: a b = hi + lo exactly (Dekker 1971), for |a b| < 2^995.
  private static double[] twoProduct(double a, double b) {
    double hi = a * b;
    double[] sa = split(a);
    double[] sb = split(b);
    double lo = ((sa[0] * sb[0] - hi) + sa[0] * sb[1] + sa[1] * sb[0]) + sa[1] * sb[1];
    return new double[] {hi, lo};
  }

  private static double[] split(double a) {
    double t = SPLITTER * a;
    double hi = t - (t - a);
    return new double[] {hi, a - hi};
  }

  // Index after the longest decimal prefix of s, or -1 if there is none.
  private static int end(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return -1;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
        j++;
      }
      int start = j;
      while (j < n && isDigit(s.charAt(j))) {
        j++;
      }
      i = j > start ? j : -1;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
