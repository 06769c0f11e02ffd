package org.mathforml.mathlib.calculus;

/** Formats doubles as "1.23e-05" without String.format (not available under TeaVM). */
final class Scientific {

  private Scientific() {}

  /** {@code v} with {@code digits} significant digits, e.g. format(0.000123456, 3). */
  static String format(double v, int digits) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Double.toString(v);
    }
    if (v == 0) {
      return "0";
    }
    String sign = v < 0 ? "-" : "";
    double a = Math.abs(v);
    int exponent = (int) Math.floor(Math.log10(a));
    double scale = Math.pow(10, digits - 1);
    double mantissa = Math.rint(a / Math.pow(10, exponent) * scale);
    if (mantissa >= 10 * scale) { // 9.996 rounded up to 10.0
      mantissa /= 10;
      exponent++;
    }
    String m = Long.toString((long) mantissa);
    String lead = m.substring(0, 1) + (digits > 1 ? "." + m.substring(1) : "");
    int e = Math.abs(exponent);
    return sign + lead + "e" + (exponent < 0 ? "-" : "+") + (e < 10 ? "0" : "") + e;
  }
}
