package org.mathforml.applets.components;

import org.mathforml.mathlib.Fraction;

/** Plain-text linear equations in the style of mathlib's Line2D: "-x + (1/2)y - z = 3". */
public final class Equations {

  private Equations() {}

  /** Formats sum(coefficients[i] * variables[i]) = rhs, skipping zero terms. */
  public static String linear(Fraction[] coefficients, String[] variables, Fraction rhs) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < coefficients.length; i++) {
      Fraction c = coefficients[i];
      if (c.isZero()) {
        continue;
      }
      boolean negative = c.signum() < 0;
      Fraction abs = c.abs();
      if (sb.length() == 0) {
        sb.append(negative ? "-" : "");
      } else {
        sb.append(negative ? " - " : " + ");
      }
      if (!abs.equals(Fraction.ONE)) {
        sb.append(abs.isInteger() ? abs.toString() : "(" + abs + ")");
      }
      sb.append(variables[i]);
    }
    if (sb.length() == 0) {
      sb.append('0');
    }
    return sb.append(" = ").append(rhs).toString();
  }
}
