package org.mathforml.applets.components;

/** Small number-to-text helpers that avoid String.format (heavy under TeaVM). */
public final class Num {

  private Num() {}

  /** v rounded to 2 decimals, without trailing zeros: 3, 2.5, -0.33. */
  public static String short2(double v) {
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
