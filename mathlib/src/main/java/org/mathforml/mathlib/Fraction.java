package org.mathforml.mathlib;

import org.mathforml.mathlib.internal.FractionParser;

/**
 * An exact rational number p/q, always in lowest terms with q > 0.
 *
 * <p>Backed by two {@code long}s. Every operation that would leave the {@code long} range throws
 * {@code ArithmeticException("fraction overflow")} instead of wrapping around: a lesson must never
 * quote a silently wrong number. Operands are cross-reduced by their gcds before multiplying
 * (Knuth, TAOCP vol. 2, 4.5.1), which keeps intermediates as small as possible.
 *
 * <p>Immutable and safe to share.
 */
public final class Fraction implements Comparable<Fraction> {

  /** The fraction 0/1. */
  public static final Fraction ZERO = new Fraction(0, 1);

  /** The fraction 1/1. */
  public static final Fraction ONE = new Fraction(1, 1);

  private final long numerator;
  private final long denominator;

  private Fraction(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns numerator/denominator in lowest terms.
   *
   * @throws ArithmeticException if {@code denominator} is 0, or the result does not fit
   */
  public static Fraction of(long numerator, long denominator) {
    if (denominator == 0) {
      throw new ArithmeticException("zero denominator in " + numerator + "/0");
    }
    if (numerator == 0) {
      return ZERO;
    }
    if (numerator == denominator) {
      return ONE; // also covers MIN_VALUE/MIN_VALUE, whose gcd has no positive long
    }
    long g = gcd(numerator, denominator);
    long p = numerator / g;
    long q = denominator / g;
    if (q < 0) {
      p = negateExact(p);
      q = negateExact(q);
    }
    return new Fraction(p, q);
  }

  /** Returns the integer {@code value} as a fraction. */
  public static Fraction of(long value) {
    return value == 0 ? ZERO : value == 1 ? ONE : new Fraction(value, 1);
  }

  /**
   * Parses "3/4", "-2", " 7 ", "0.75", "-1.25", "-1 1/2" (a mixed number) or "+3". Surrounding
   * whitespace is ignored; a Unicode minus sign (U+2212, as copied from rendered math) counts as
   * '-'. No exponents, no spaces around '/', and the fraction of a mixed number must be proper ("1
   * 3/2" is rejected as ambiguous).
   *
   * @throws IllegalArgumentException naming the text if it is not one of these forms, has a zero
   *     denominator, or does not fit in a {@code long} fraction
   */
  public static Fraction parse(String text) {
    return FractionParser.parse(text);
  }

  /** Returns this + other. */
  public Fraction add(Fraction other) {
    return plus(other.numerator, other.denominator);
  }

  /** Returns this - other. */
  public Fraction subtract(Fraction other) {
    return plus(negateExact(other.numerator), other.denominator);
  }

  // a/b + c/d = (a*(d/g) + c*(b/g)) / (b/g*d) with g = gcd(b, d), which keeps terms small.
  private Fraction plus(long c, long d) {
    if (c == 0) {
      return this;
    }
    if (numerator == 0) {
      return of(c, d);
    }
    long g = gcd(denominator, d);
    long top = addExact(multiplyExact(numerator, d / g), multiplyExact(c, denominator / g));
    return of(top, multiplyExact(denominator / g, d));
  }

  /** Returns this * other. */
  public Fraction multiply(Fraction other) {
    if (numerator == 0 || other.numerator == 0) {
      return ZERO;
    }
    long g1 = gcd(numerator, other.denominator);
    long g2 = gcd(other.numerator, denominator);
    long p = multiplyExact(numerator / g1, other.numerator / g2);
    long q = multiplyExact(denominator / g2, other.denominator / g1);
    return of(p, q);
  }

  /**
   * Returns this / other.
   *
   * @throws ArithmeticException if {@code other} is zero
   */
  public Fraction divide(Fraction other) {
    return multiply(other.reciprocal());
  }

  /** Returns -this. */
  public Fraction negate() {
    return numerator == 0 ? this : new Fraction(negateExact(numerator), denominator);
  }

  /** Returns |this|. */
  public Fraction abs() {
    return numerator < 0 ? negate() : this;
  }

  /**
   * Returns 1/this.
   *
   * @throws ArithmeticException if this is zero
   */
  public Fraction reciprocal() {
    if (numerator == 0) {
      throw new ArithmeticException("division by zero");
    }
    return of(denominator, numerator);
  }

  /** Returns -1, 0 or 1 as this is negative, zero or positive. */
  public int signum() {
    return Long.signum(numerator);
  }

  /** Returns true if this is 0. */
  public boolean isZero() {
    return numerator == 0;
  }

  /** Returns true if the denominator is 1. */
  public boolean isInteger() {
    return denominator == 1;
  }

  /** Returns the numerator in lowest terms; carries the sign. */
  public long numerator() {
    return numerator;
  }

  /** Returns the denominator in lowest terms; always positive. */
  public long denominator() {
    return denominator;
  }

  /** Returns the nearest {@code double} (up to one rounding per operand). */
  public double doubleValue() {
    return (double) numerator / (double) denominator;
  }

  /**
   * Orders by value. Never overflows: compares integer parts, then the fractional parts r1/q1 vs
   * r2/q2 as q2/r2 vs q1/r1, i.e. walks both continued fractions in step.
   */
  @Override
  public int compareTo(Fraction other) {
    long p1 = numerator;
    long q1 = denominator;
    long p2 = other.numerator;
    long q2 = other.denominator;
    while (true) {
      long i1 = Math.floorDiv(p1, q1);
      long i2 = Math.floorDiv(p2, q2);
      if (i1 != i2) {
        return Long.compare(i1, i2);
      }
      long r1 = Math.floorMod(p1, q1);
      long r2 = Math.floorMod(p2, q2);
      if (r1 == 0 || r2 == 0) {
        return Long.compare(r1 == 0 ? 0 : 1, r2 == 0 ? 0 : 1);
      }
      long oldQ1 = q1;
      p1 = q2;
      q1 = r2;
      p2 = oldQ1;
      q2 = r1;
    }
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Fraction)) {
      return false;
    }
    Fraction other = (Fraction) obj;
    return numerator == other.numerator && denominator == other.denominator;
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(numerator) + Long.hashCode(denominator);
  }

  /** Returns "3/4", "-3/4", "-2" or "0"; {@link #parse} reads it back. */
  @Override
  public String toString() {
    if (denominator == 1) {
      return Long.toString(numerator);
    }
    return numerator + "/" + denominator;
  }

  /** Returns LaTeX: "\frac{3}{4}", "-\frac{3}{4}" or "5". */
  public String toLatex() {
    if (denominator == 1) {
      return Long.toString(numerator);
    }
    // Strip the sign from the digits rather than negating: -Long.MIN_VALUE has no long.
    String digits = Long.toString(numerator);
    String sign = numerator < 0 ? "-" : "";
    String top = numerator < 0 ? digits.substring(1) : digits;
    return sign + "\\frac{" + top + "}{" + denominator + "}";
  }

  // Overflow-checked helpers with one message, so callers see "fraction overflow".

  static long addExact(long a, long b) {
    long r = a + b;
    if (((a ^ r) & (b ^ r)) < 0) {
      throw overflow();
    }
    return r;
  }

  static long multiplyExact(long a, long b) {
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException e) {
      throw overflow();
    }
  }

  static long negateExact(long a) {
    if (a == Long.MIN_VALUE) {
      throw overflow();
    }
    return -a;
  }

  /** Greatest common divisor, always positive; at least one argument must be non-zero. */
  static long gcd(long a, long b) {
    // Euclid on values of either sign; Java's % keeps the dividend's sign.
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    if (a == Long.MIN_VALUE) {
      throw overflow();
    }
    return a < 0 ? -a : a;
  }

  private static ArithmeticException overflow() {
    return new ArithmeticException("fraction overflow");
  }
}
