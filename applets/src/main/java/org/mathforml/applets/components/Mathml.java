package org.mathforml.applets.components;

import org.mathforml.mathlib.Fraction;

/**
 * Presentation MathML text built from mathlib values, for {@link MathReadout}: browsers render it
 * natively (no KaTeX in the page) and screen readers read it as math. Every method returns a
 * fragment to nest; {@link #math} wraps the outermost one.
 */
public final class Mathml {

  private Mathml() {}

  /** {@code <math>} around a fragment. */
  public static String math(String inner) {
    return "<math><mrow>" + inner + "</mrow></math>";
  }

  /** A fraction: an integer as mn, a/b as mfrac, negatives with a leading minus. */
  public static String number(Fraction f) {
    if (f.signum() < 0) {
      return "<mrow><mo>\u2212</mo>" + number(f.negate()) + "</mrow>";
    }
    if (f.isInteger()) {
      return "<mn>" + f.numerator() + "</mn>";
    }
    return "<mfrac><mn>" + f.numerator() + "</mn><mn>" + f.denominator() + "</mn></mfrac>";
  }

  /** A decimal already formatted as text, e.g. {@code Num.short2(x)}. */
  public static String decimal(String text) {
    if (text.startsWith("-")) {
      return "<mrow><mo>\u2212</mo><mn>" + text.substring(1) + "</mn></mrow>";
    }
    return "<mn>" + text + "</mn>";
  }

  /**
   * An identifier, e.g. "u"; a vector gets class {@code applet-vec}, which the stylesheet sets bold
   * and upright (MathML Core ignores mathvariant="bold").
   */
  public static String id(String name, boolean vector) {
    return vector
        ? "<mi class=\"applet-vec\">" + escape(name) + "</mi>"
        : "<mi>" + escape(name) + "</mi>";
  }

  /** An operator, e.g. "=", "+", "\u22c5". */
  public static String op(String op) {
    return "<mo>" + escape(op) + "</mo>";
  }

  /** Plain words inside math. */
  public static String text(String words) {
    return "<mtext>" + escape(words) + "</mtext>";
  }

  /** A column vector in brackets. */
  public static String column(Fraction... entries) {
    Fraction[][] rows = new Fraction[entries.length][1];
    for (int i = 0; i < entries.length; i++) {
      rows[i][0] = entries[i];
    }
    return matrix(rows);
  }

  /**
   * A matrix in brackets. The brackets are the table's CSS borders (class {@code
   * applet-bracketed}): browsers stretch an {@code <mo>[</mo>} only with an OpenType MATH font,
   * which the site does not load.
   */
  public static String matrix(Fraction[][] rows) {
    StringBuilder sb = new StringBuilder("<mtable class=\"applet-bracketed\">");
    for (Fraction[] row : rows) {
      sb.append("<mtr>");
      for (Fraction f : row) {
        sb.append("<mtd>").append(number(f)).append("</mtd>");
      }
      sb.append("</mtr>");
    }
    return sb.append("</mtable>").toString();
  }

  /** Wraps in parentheses when negative or a fraction, for products such as 2 (−1/2). */
  public static String factor(Fraction f) {
    return f.signum() < 0 || !f.isInteger()
        ? "<mrow><mo>(</mo>" + number(f) + "<mo>)</mo></mrow>"
        : number(f);
  }

  /** Minimal escaping for text nodes. */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '<') {
        sb.append("&lt;");
      } else if (c == '>') {
        sb.append("&gt;");
      } else if (c == '&') {
        sb.append("&amp;");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
