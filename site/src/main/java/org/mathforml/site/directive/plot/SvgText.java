package org.mathforml.site.directive.plot;

/**
 * Text helpers for the SVG: locale-free number formatting, XML escaping and a font-free estimate of
 * text width.
 *
 * <p>Widths are estimated from per-character averages of Helvetica/Arial advance widths rather than
 * measured with AWT {@code FontMetrics}: measuring depends on the fonts installed on the build
 * machine, and the output must be byte-identical everywhere. The estimate is only used to leave
 * room (margins, legend wrapping, keeping point labels inside the plot).
 */
final class SvgText {

  static final char MINUS = '\u2212';

  private SvgText() {}

  /**
   * Formats {@code value} rounded to 2 decimals with a '.' separator, no exponent and no trailing
   * zeros: 12, 12.5, -0.25. Used for every coordinate in the SVG.
   */
  static String coordinate(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite coordinate: " + value);
    }
    long hundredths = Math.round(value * 100);
    if (hundredths == 0) {
      return "0";
    }
    StringBuilder sb = new StringBuilder(12);
    if (hundredths < 0) {
      sb.append('-');
      hundredths = -hundredths;
    }
    sb.append(hundredths / 100);
    long fraction = hundredths % 100;
    if (fraction != 0) {
      sb.append('.').append(fraction / 10);
      if (fraction % 10 != 0) {
        sb.append(fraction % 10);
      }
    }
    return sb.toString();
  }

  /**
   * Formats a data value for people (the description read by screen readers): up to 4 decimals, no
   * trailing zeros, with a true minus sign.
   */
  static String number(double value) {
    java.math.BigDecimal rounded =
        new java.math.BigDecimal(value)
            .setScale(4, java.math.RoundingMode.HALF_EVEN)
            .stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : minus(rounded.toPlainString());
  }

  /** Replaces ASCII hyphen-minus with the minus sign U+2212, as typeset mathematics does. */
  static String minus(String text) {
    return text.replace('-', MINUS);
  }

  /** Escapes text for an XML element or a double- or single-quoted attribute. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Estimates the rendered width in pixels of {@code text} in a sans-serif font. */
  static double estimateWidth(String text, double fontSize) {
    double em = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        em += 0.56;
      } else if (c == '.' || c == ',' || c == ' ' || c == 'i' || c == 'l' || c == 'j' || c == '\''
          || c == '|' || c == '(' || c == ')' || c == 'f' || c == 't') {
        em += 0.30;
      } else if (c == 'm' || c == 'w' || c == 'M' || c == 'W') {
        em += 0.86;
      } else if (c >= 'A' && c <= 'Z') {
        em += 0.68;
      } else if (Character.isLowSurrogate(c)) {
        continue;
      } else {
        em += 0.58;
      }
    }
    return em * fontSize;
  }
}
