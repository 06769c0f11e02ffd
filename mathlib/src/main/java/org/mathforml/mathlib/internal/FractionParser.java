package org.mathforml.mathlib.internal;

import org.mathforml.mathlib.Fraction;

/**
 * Reads the text forms accepted by {@link Fraction#parse}: an optional sign, then an integer "7", a
 * ratio "3/4", a decimal "0.75" or ".5", or a mixed number "1 1/2" whose fractional part is proper.
 * The sign applies to the whole value, so "-1 1/2" is -3/2.
 *
 * <p>A hand-written scanner rather than a regex, so it compiles with TeaVM and every failure names
 * the offending text.
 */
public final class FractionParser {

  private static final String FORMS = "expected a form like 3/4, -2, 0.75 or -1 1/2";
  private static final int MAX_DECIMALS = 18; // 10^18 is the largest power of ten in a long

  private final String original;
  private final String text;
  private int pos;

  private FractionParser(String original) {
    this.original = original;
    this.text = original.trim();
  }

  /** Parses {@code text}; see {@link Fraction#parse}. */
  public static Fraction parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("not a fraction: null");
    }
    return new FractionParser(text).parse();
  }

  private Fraction parse() {
    boolean negative = false;
    if (pos < text.length() && (peek() == '+' || peek() == '-' || peek() == '\u2212')) {
      negative = peek() != '+';
      pos++;
    }
    String whole = digits();
    Fraction value;
    if (pos == text.length()) {
      value = Fraction.of(toLong(require(whole)));
    } else if (peek() == '.') {
      pos++;
      String decimals = digits();
      if (whole.isEmpty() && decimals.isEmpty() || decimals.length() > MAX_DECIMALS) {
        throw invalid(decimals.isEmpty() ? FORMS : "too many decimal places");
      }
      value = decimal(whole, decimals);
    } else if (peek() == '/') {
      pos++;
      value = ratio(toLong(require(whole)), toLong(require(digits())));
    } else if (isSpace(peek()) && !whole.isEmpty()) {
      while (isSpace(peek())) {
        pos++;
      }
      long top = toLong(require(digits()));
      expect('/');
      long bottom = toLong(require(digits()));
      if (top >= bottom) {
        throw invalid("the fraction in a mixed number must be proper");
      }
      value = sum(toLong(whole), ratio(top, bottom));
    } else {
      throw invalid(FORMS);
    }
    if (pos != text.length()) {
      throw invalid(FORMS);
    }
    return negative ? value.negate() : value;
  }

  private Fraction decimal(String whole, String decimals) {
    long scale = 1;
    for (int i = 0; i < decimals.length(); i++) {
      scale *= 10;
    }
    long intPart = whole.isEmpty() ? 0 : toLong(whole);
    long fracPart = decimals.isEmpty() ? 0 : toLong(decimals);
    return sum(intPart, Fraction.of(fracPart, scale));
  }

  private Fraction ratio(long top, long bottom) {
    if (bottom == 0) {
      throw invalid("zero denominator");
    }
    return Fraction.of(top, bottom);
  }

  private Fraction sum(long whole, Fraction part) {
    try {
      return Fraction.of(whole).add(part);
    } catch (ArithmeticException e) {
      throw invalid("too large for a long fraction");
    }
  }

  private String digits() {
    int start = pos;
    while (pos < text.length() && peek() >= '0' && peek() <= '9') {
      pos++;
    }
    return text.substring(start, pos);
  }

  private String require(String digits) {
    if (digits.isEmpty()) {
      throw invalid(FORMS);
    }
    return digits;
  }

  private void expect(char c) {
    if (pos >= text.length() || peek() != c) {
      throw invalid(FORMS);
    }
    pos++;
  }

  private long toLong(String digits) {
    long value = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(i) - '0';
      if (value > (Long.MAX_VALUE - d) / 10) {
        throw invalid("too large for a long fraction");
      }
      value = value * 10 + d;
    }
    return value;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  private IllegalArgumentException invalid(String reason) {
    return new IllegalArgumentException("not a fraction: \"" + original + "\" (" + reason + ")");
  }
}
