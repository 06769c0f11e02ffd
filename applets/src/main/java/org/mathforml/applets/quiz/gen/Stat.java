package org.mathforml.applets.quiz.gen;

import org.mathforml.applets.quiz.MathText;
import org.mathforml.applets.quiz.Response;
import org.mathforml.applets.quiz.internal.MathBuilder;
import org.mathforml.mathlib.Decimal;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.random.Rng;

/**
 * Pieces shared by the test-statistic generators: decimals without {@code Double.toString} (which
 * would pull TeaVM's double printer into the bundle), samples, and the notation of means,
 * variances, square roots and fractions in the three forms of a {@link MathText}.
 */
final class Stat {

  /** Answers are asked to two decimal places and accepted within this absolute tolerance. */
  static final double TOLERANCE = 0.01;

  /**
   * A typical mistake, rounded to two decimals as a reader would type it, must be further than this
   * from the key, so it is rejected whatever the rounding.
   */
  static final double MARGIN = 2 * TOLERANCE;

  private static final String MINUS = "&#x2212;";

  private Stat() {}

  /** v rounded to {@code places} decimals (half away from zero), trailing zeros dropped. */
  static String dec(double v, int places) {
    long scale = 1;
    for (int i = 0; i < places; i++) {
      scale *= 10;
    }
    long r = Math.round(Math.abs(v) * scale);
    StringBuilder sb = new StringBuilder();
    if (v < 0 && r != 0) {
      sb.append('-');
    }
    sb.append(r / scale);
    long frac = r % scale;
    if (frac != 0) {
      String digits = Long.toString(frac + scale).substring(1); // keeps leading zeros
      int end = digits.length();
      while (digits.charAt(end - 1) == '0') {
        end--;
      }
      sb.append('.').append(digits, 0, end);
    }
    return sb.toString();
  }

  /** The answer as a reader types it: two decimals. */
  static Response typed(double v) {
    return Response.text(dec(v, 2));
  }

  /** True if {@code mistake}, typed to two decimals, is rejected by a key {@code value}. */
  static boolean apart(double value, double mistake) {
    return Math.abs(Decimal.parse(dec(mistake, 2)) - value) > MARGIN;
  }

  /** A decimal number in the three forms; a minus as U+2212 in MathML. */
  static MathBuilder num(double v, int places) {
    String s = dec(v, places);
    String ml =
        s.startsWith("-")
            ? "<mrow><mo>" + MINUS + "</mo><mn>" + s.substring(1) + "</mn></mrow>"
            : "<mn>" + s + "</mn>";
    return new MathBuilder().raw(s, s, ml);
  }

  /** A fraction, then "= decimal" or "~ decimal" unless it is an integer. */
  static MathBuilder exact(Fraction f, int places) {
    return decimalTail(new MathBuilder().num(f), f, places);
  }

  /** Appends "= decimal" (exact) or "~ decimal" (rounded) unless f is an integer. */
  static MathBuilder decimalTail(MathBuilder mb, Fraction f, int places) {
    if (f.isInteger()) {
      return mb;
    }
    long scale = 1;
    for (int i = 0; i < places; i++) {
      scale *= 10;
    }
    if (f.multiply(Fraction.of(scale)).isInteger()) {
      mb.op("=");
    } else {
      approx(mb);
    }
    return mb.append(num(f.doubleValue(), places));
  }

  /** About equal: ≈. */
  static MathBuilder approx(MathBuilder mb) {
    return mb.raw(" ~ ", " \\approx ", "<mo>&#x2248;</mo>");
  }

  /** sqrt(body). */
  static MathBuilder sqrt(MathBuilder body) {
    return new MathBuilder()
        .raw("sqrt(", "\\sqrt{", "<msqrt>")
        .append(body)
        .raw(")", "}", "</msqrt>");
  }

  /** top / bottom as a built-up fraction. */
  static MathBuilder frac(MathBuilder top, MathBuilder bottom) {
    return new MathBuilder()
        .raw("(", "\\frac{", "<mfrac><mrow>")
        .append(top)
        .raw(")/(", "}{", "</mrow><mrow>")
        .append(bottom)
        .raw(")", "}", "</mrow></mfrac>");
  }

  /** The mean of a sample: x-bar with a subscript, e.g. xbar_A. */
  static MathBuilder bar(String sub) {
    return new MathBuilder()
        .raw(
            "xbar_" + sub,
            "\\bar{x}_{" + sub + "}",
            "<msub><mover><mi>x</mi><mo>&#xAF;</mo></mover><mi>" + sub + "</mi></msub>");
  }

  /** The mean of one sample, x-bar. */
  static MathBuilder bar() {
    return new MathBuilder().raw("xbar", "\\bar{x}", "<mover><mi>x</mi><mo>&#xAF;</mo></mover>");
  }

  /** A sample variance s_A^2 (or s^2 if sub is empty). */
  static MathBuilder variance(String sub) {
    if (sub.isEmpty()) {
      return new MathBuilder().raw("s^2", "s^{2}", "<msup><mi>s</mi><mn>2</mn></msup>");
    }
    return new MathBuilder()
        .raw(
            "s_" + sub + "^2",
            "s_{" + sub + "}^{2}",
            "<msubsup><mi>s</mi><mi>" + sub + "</mi><mn>2</mn></msubsup>");
  }

  /** A name with a text subscript: n_A. */
  static MathBuilder sub(String name, String sub) {
    return new MathBuilder()
        .raw(
            name + "_" + sub,
            name + "_{" + sub + "}",
            "<msub><mi>" + name + "</mi><mi>" + sub + "</mi></msub>");
  }

  /** An integer. */
  static MathBuilder integer(long v) {
    return new MathBuilder().num(Fraction.of(v));
  }

  /** The values "12, 15, 11". */
  static MathText list(int[] x) {
    MathBuilder mb = new MathBuilder();
    for (int i = 0; i < x.length; i++) {
      if (i > 0) {
        mb.raw(", ", ", ", "<mo>,</mo>");
      }
      mb.num(Fraction.of(x[i]));
    }
    return mb.build();
  }

  /** (v1 - m)^2 + (v2 - m)^2 + ...: the squared deviations, each as d^2. */
  static MathBuilder squaredDeviations(int[] x, Fraction mean) {
    MathBuilder mb = new MathBuilder();
    for (int i = 0; i < x.length; i++) {
      if (i > 0) {
        mb.op("+");
      }
      Fraction d = Fraction.of(x[i]).subtract(mean);
      String t = d.toString();
      boolean negative = d.signum() < 0;
      String base =
          negative
              ? "<mrow><mo>(</mo><mo>"
                  + MINUS
                  + "</mo><mn>"
                  + t.substring(1)
                  + "</mn><mo>)</mo></mrow>"
              : "<mn>" + t + "</mn>";
      String shown = negative ? "(" + t + ")" : t;
      mb.raw(shown + "^2", shown + "^{2}", "<msup>" + base + "<mn>2</mn></msup>");
    }
    return mb;
  }

  /**
   * n integers around {@code center} (deviations -spread..spread) with an integer mean and a
   * non-zero variance; null if none came up within the draws.
   */
  static int[] sample(Rng rng, int n, int center, int spread) {
    for (int draw = 0; draw < Parts.MAX_DRAWS; draw++) {
      int[] x = new int[n];
      int sum = 0;
      boolean varies = false;
      for (int i = 0; i < n; i++) {
        x[i] = center + rng.nextInt(-spread, spread);
        sum += x[i];
        varies |= x[i] != x[0];
      }
      if (varies && sum % n == 0) {
        return x;
      }
    }
    return null;
  }
}
