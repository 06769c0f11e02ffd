package org.mathforml.applets.components;

/** Small number-to-text helpers that avoid String.format (heavy under TeaVM). */
public final class Num {

  private Num() {}

  /** Beyond this many hundredths the int fast path would overflow. */
  private static final double INT_LIMIT = 2.0e9;

  /**
   * v rounded to 2 decimals, without trailing zeros: 3, 2.5, -0.33. Called for every SVG
   * coordinate, so the common case uses int arithmetic (TeaVM emulates long in JavaScript).
   */
  public static String short2(double v) {
    double scaled = Math.floor(v * 100 + 0.5); // Math.round's rounding, as a double
    if (scaled > -INT_LIMIT && scaled < INT_LIMIT) {
      int hundredths = (int) scaled;
      int abs = hundredths < 0 ? -hundredths : hundredths;
      StringBuilder sb = new StringBuilder();
      if (hundredths < 0) {
        sb.append('-');
      }
      sb.append(abs / 100);
      int frac = abs % 100;
      if (frac != 0) {
        sb.append('.');
        sb.append(frac / 10);
        if (frac % 10 != 0) {
          sb.append(frac % 10);
        }
      }
      return sb.toString();
    }
    long hundredths = Math.round(v * 100);
    boolean negative = hundredths < 0;
    long abs = Math.abs(hundredths);
    StringBuilder sb = new StringBuilder();
    if (negative) {
      sb.append('-');
    }
    sb.append(abs / 100);
    long frac = abs % 100;
    if (frac != 0) {
      sb.append('.');
      sb.append(frac / 10);
      if (frac % 10 != 0) {
        sb.append(frac % 10);
      }
    }
    return sb.toString();
  }
}
