package org.mathforml.applets.quiz.internal;

import java.util.ArrayList;
import java.util.List;
import org.mathforml.mathlib.Decimal;
import org.mathforml.mathlib.Fraction;

/**
 * Reads numbers as readers type them: surrounding and repeated spaces, a Unicode minus (U+2212,
 * copied from rendered math) or en dash, non-breaking and thin spaces. Hand-written scanning rather
 * than regex, so it compiles with TeaVM; every failure is an {@link InputException} whose message
 * quotes the input but never the answer.
 */
public final class Input {

  private Input() {}

  /** Trims, maps Unicode minus/dash to '-' and exotic spaces to ' ', collapses runs of spaces. */
  public static String normalize(String raw) {
    StringBuilder sb = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\u2212' || c == '\u2013' || c == '\u2012' || c == '\uFE63' || c == '\uFF0D') {
        c = '-';
      }
      if (c == ' '
          || c == '\t'
          || c == '\n'
          || c == '\r'
          || c == '\u00A0'
          || c == '\u2009'
          || c == '\u202F'
          || c == '\u2007') {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /**
   * Reads an exact number: "3/4", "-2", "+3"; "0.75" if {@code decimals}; "-1 1/2" if {@code
   * mixed}. Spaces around '/' are allowed ("3 / 4").
   *
   * @throws InputException with a reader-facing message
   */
  public static Fraction fraction(String raw, boolean decimals, boolean mixed) {
    String s = tightenSlash(normalize(raw));
    if (s.isEmpty()) {
      throw new InputException("Enter an answer first.");
    }
    int slash = s.indexOf('/');
    if (slash >= 0 && allZeros(s.substring(slash + 1))) {
      throw new InputException(s + " is not a number (division by zero).");
    }
    if (s.indexOf(',') >= 0) {
      throw new InputException("Use a decimal point, not a comma.");
    }
    if (s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
      throw new InputException("Write the number without an exponent.");
    }
    if (!decimals && s.indexOf('.') >= 0) {
      throw new InputException("Write the answer as an exact fraction p/q, not a decimal.");
    }
    if (!mixed && slash >= 0 && s.lastIndexOf(' ', slash) > 0) {
      throw new InputException("Write the answer as a fraction p/q, not a mixed number.");
    }
    try {
      return Fraction.parse(s);
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().indexOf("too large") >= 0) {
        throw new InputException("That number is too large to check.");
      }
      throw new InputException(
          "\"" + s + "\" is not a number; write a whole number, a fraction p/q or a decimal.");
    }
  }

  /**
   * Reads a real number: an integer, a decimal with an optional exponent ("2.5e-3"), a fraction or
   * a mixed number. "NaN", "Infinity" and hexadecimal forms are refused.
   *
   * @throws InputException with a reader-facing message
   */
  public static double real(String raw) {
    String s = normalize(raw);
    if (s.indexOf('/') >= 0) {
      return fraction(s, true, true).doubleValue();
    }
    if (s.isEmpty()) {
      throw new InputException("Enter an answer first.");
    }
    if (s.indexOf(',') >= 0) {
      throw new InputException("Use a decimal point, not a comma.");
    }
    if (!isDecimal(s)) {
      throw new InputException(
          "\"" + s + "\" is not a number; write a whole number, a fraction p/q or a decimal.");
    }
    double v = Decimal.parse(s);
    if (Double.isInfinite(v)) {
      throw new InputException("That number is too large to check.");
    }
    return v;
  }

  /**
   * mathlib's {@link Decimal} syntax ([+-] digits [. digits] [(e|E) [+-] digits]), with at most 4
   * exponent digits: a reader's answer never needs more.
   */
  public static boolean isDecimal(String s) {
    if (!Decimal.isDecimal(s)) {
      return false;
    }
    int e = Math.max(s.indexOf('e'), s.indexOf('E'));
    if (e < 0) {
      return true;
    }
    int start =
        e + 1 < s.length() && (s.charAt(e + 1) == '+' || s.charAt(e + 1) == '-') ? e + 2 : e + 1;
    return s.length() - start <= 4;
  }

  /**
   * Splits a vector typed in one field: "(1, 2, 3)", "[1; 2; 3]", "1, -1/2, 3" or "1 2 3".
   * Enclosing brackets are dropped; commas or semicolons separate entries when present, otherwise
   * spaces do (so mixed numbers need commas). Empty entries are kept as "" for the caller to
   * report.
   */
  public static List<String> splitVector(String raw) {
    String s = normalize(raw);
    if (s.length() >= 2 && isOpen(s.charAt(0)) && isClose(s.charAt(s.length() - 1))) {
      s = normalize(s.substring(1, s.length() - 1));
    }
    List<String> parts = new ArrayList<>();
    if (s.isEmpty()) {
      return parts;
    }
    boolean commas = s.indexOf(',') >= 0 || s.indexOf(';') >= 0;
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ',';
      if (c == ',' || c == ';' || !commas && c == ' ') {
        parts.add(normalize(s.substring(start, i)));
        start = i + 1;
      }
    }
    return parts;
  }

  // "3 / 4" -> "3/4", keeping the space of a mixed number "1 1/2".
  private static String tightenSlash(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean nearSlash =
          c == ' '
              && (i > 0 && s.charAt(i - 1) == '/' || i + 1 < s.length() && s.charAt(i + 1) == '/');
      if (!nearSlash) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean allZeros(String s) {
    String t = s.trim();
    if (t.isEmpty()) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }

  private static boolean isOpen(char c) {
    return c == '(' || c == '[' || c == '\u27E8' || c == '<';
  }

  private static boolean isClose(char c) {
    return c == ')' || c == ']' || c == '\u27E9' || c == '>';
  }
}
