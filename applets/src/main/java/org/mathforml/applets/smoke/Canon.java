package org.mathforml.applets.smoke;

import java.util.List;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.numeric.Complex;
import org.mathforml.mathlib.numeric.Matrix;
import org.mathforml.mathlib.numeric.Vector;

/**
 * Canonical text for smoke results. Doubles are written by hand as {@code ~d.dddde-x} with {@link
 * #DIGITS} significant digits (the {@code ~} marks a value compared with a tolerance): TeaVM's
 * {@code Double.toString} need not match the JVM's, and String.format is unavailable. The scaling
 * uses only multiplication and division by 10, which IEEE 754 rounds identically everywhere, so the
 * same double gives the same text on every platform. Exact values (fractions, integers, booleans,
 * LaTeX) are written plainly and must match exactly.
 */
public final class Canon {

  /** Significant digits of a formatted double. */
  public static final int DIGITS = 15;

  private static final double LOW = 1e14; // 10^(DIGITS-1)
  private static final double HIGH = 1e15; // 10^DIGITS

  private Canon() {}

  /** A double as {@code ~1.5e0}, {@code ~-2.25e-3}, {@code ~0}, {@code ~NaN}, {@code ~Infinity}. */
  public static String num(double v) {
    if (v != v) {
      return "~NaN";
    }
    if (v == Double.POSITIVE_INFINITY) {
      return "~Infinity";
    }
    if (v == Double.NEGATIVE_INFINITY) {
      return "~-Infinity";
    }
    if (v == 0) {
      return "~0";
    }
    double a = Math.abs(v);
    int exponent = DIGITS - 1;
    while (a >= HIGH) {
      a /= 10;
      exponent++;
    }
    while (a < LOW) {
      a *= 10;
      exponent--;
    }
    long mantissa = Math.round(a);
    if (mantissa >= (long) HIGH) { // 999...95 rounded up
      mantissa /= 10;
      exponent++;
    }
    String digits = Long.toString(mantissa);
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    StringBuilder sb = new StringBuilder("~");
    if (v < 0) {
      sb.append('-');
    }
    sb.append(digits.charAt(0));
    if (end > 1) {
      sb.append('.').append(digits, 1, end);
    }
    return sb.append('e').append(exponent).toString();
  }

  /** {@code [~1e0, ~2e0]}. */
  public static String nums(double[] values) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < values.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(num(values[i]));
    }
    return sb.append(']').toString();
  }

  /** Rows of {@link #nums(double[])}, separated by "; ". */
  public static String rows(double[][] values) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < values.length; i++) {
      sb.append(i == 0 ? "" : "; ").append(nums(values[i]));
    }
    return sb.append(']').toString();
  }

  public static String vec(Vector v) {
    return nums(v.toArray());
  }

  public static String mat(Matrix m) {
    return rows(m.toArray());
  }

  public static String complex(Complex c) {
    return num(c.re()) + (c.im() < 0 ? " - " : " + ") + num(Math.abs(c.im())) + "i";
  }

  public static String complexes(Complex[] values) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < values.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(complex(values[i]));
    }
    return sb.append(']').toString();
  }

  public static String ints(int[] values) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < values.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(values[i]);
    }
    return sb.append(']').toString();
  }

  public static String fractions(Fraction[] values) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < values.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(values[i]);
    }
    return sb.append(']').toString();
  }

  /** Each element's toString, in order. */
  public static String list(List<?> values) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(values.get(i));
    }
    return sb.append(']').toString();
  }

  /** Joins parts with " | ". */
  public static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      sb.append(i == 0 ? "" : " | ").append(parts[i]);
    }
    return sb.toString();
  }
}
