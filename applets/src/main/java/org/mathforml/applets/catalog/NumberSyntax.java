package org.mathforml.applets.catalog;

/**
 * Hand-written number syntax shared by the JVM and the browser bundle (no regex, no {@code
 * String.format}: both are heavy under TeaVM).
 *
 * <p>NUMBER: {@code [+-]digits[.digits]} or {@code [+-]digits/digits} (non-zero denominator).
 * INTEGER: {@code [+-]digits}. At most 15 digits per part so values stay exact in a long.
 */
public final class NumberSyntax {

  /** More digits than this are rejected, so numerators and denominators fit a long exactly. */
  public static final int MAX_DIGITS = 15;

  private NumberSyntax() {}

  /** The value of a NUMBER string, or NaN when the syntax is wrong. */
  public static double parseNumber(String s) {
    long[] f = parseFraction(s);
    return f == null ? Double.NaN : (double) f[0] / (double) f[1];
  }

  /** The value of an INTEGER string, or NaN when the syntax is wrong. */
  public static double parseInteger(String s) {
    if (s == null) {
      return Double.NaN;
    }
    String t = s.trim();
    int start = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
    long v = digits(t, start, t.length());
    if (v < 0) {
      return Double.NaN;
    }
    return t.startsWith("-") ? -v : v;
  }

  /**
   * Parses a NUMBER string into an exact fraction {numerator, denominator} with a positive
   * denominator (not reduced), or null when the syntax is wrong. "0.25" gives {25, 100}.
   */
  public static long[] parseFraction(String s) {
    if (s == null) {
      return null;
    }
    String t = s.trim();
    boolean negative = t.startsWith("-");
    int start = negative || t.startsWith("+") ? 1 : 0;
    int slash = t.indexOf('/');
    int dot = t.indexOf('.');
    long num;
    long den;
    if (slash >= 0) {
      num = digits(t, start, slash);
      den = digits(t, slash + 1, t.length());
      if (num < 0 || den <= 0) {
        return null;
      }
    } else if (dot >= 0) {
      long whole = dot == start ? 0 : digits(t, start, dot);
      int fracDigits = t.length() - dot - 1;
      long frac = digits(t, dot + 1, t.length());
      if (whole < 0 || frac < 0 || dot - start + fracDigits > MAX_DIGITS) {
        return null;
      }
      den = 1;
      for (int i = 0; i < fracDigits; i++) {
        den *= 10;
      }
      num = whole * den + frac;
    } else {
      num = digits(t, start, t.length());
      den = 1;
      if (num < 0) {
        return null;
      }
    }
    return new long[] {negative ? -num : num, den};
  }

  /** The non-negative value of s[from, to) if it is 1..15 ASCII digits, else -1. */
  private static long digits(String s, int from, int to) {
    if (to <= from || to - from > MAX_DIGITS) {
      return -1;
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * Short text for a bound: "6", "-0.5", "0.125" (at most 6 decimals). Hand-written because
   * Double.toString pulls a large float-printing routine into the browser bundle.
   */
  public static String format(double v) {
    long millionths = Math.round(v * 1e6);
    StringBuilder sb = new StringBuilder();
    if (millionths < 0) {
      sb.append('-');
      millionths = -millionths;
    }
    sb.append(millionths / 1000000);
    long frac = millionths % 1000000;
    if (frac != 0) {
      String digits = Long.toString(1000000 + frac).substring(1);
      int end = digits.length();
      while (digits.charAt(end - 1) == '0') {
        end--;
      }
      sb.append('.').append(digits, 0, end);
    }
    return sb.toString();
  }
}
