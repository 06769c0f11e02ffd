package org.mathforml.mathlib.expr.internal;

/**
 * A coefficient for the simplifier: an exact ratio p/q of integers held in doubles while both stay
 * below 2^53, otherwise an inexact double (q = 1). Doubles rather than longs because the code also
 * runs as JavaScript, where longs are slow; 2^53 bounds the integers a double holds exactly.
 */
final class Rational {

  private static final double EXACT_LIMIT = 9007199254740992.0; // 2^53
  private static final double MAX_DECIMAL_DENOMINATOR = 1e9;

  static final Rational ZERO = new Rational(0, 1, true);
  static final Rational ONE = new Rational(1, 1, true);

  final double num;
  final double den;
  final boolean exact;
  // Came from a decimal literal such as 0.1: print as a decimal again when it terminates.
  final boolean decimal;

  private Rational(double num, double den, boolean exact) {
    this(num, den, exact, false);
  }

  private Rational(double num, double den, boolean exact, boolean decimal) {
    this.num = num;
    this.den = den;
    this.exact = exact;
    this.decimal = decimal;
  }

  private Rational withDecimal(boolean d) {
    return d == decimal ? this : new Rational(num, den, exact, d);
  }

  /** p/q reduced with q > 0; inexact (the value p/q) if p or q is not a safe integer. */
  static Rational of(double p, double q) {
    if (!isSafeInteger(p) || !isSafeInteger(q) || q == 0) {
      return new Rational(p / q, 1, false);
    }
    double g = gcd(Math.abs(p), Math.abs(q));
    double n = p / g;
    double d = q / g;
    if (d < 0) {
      n = -n;
      d = -d;
    }
    return new Rational(n + 0.0, d, true);
  }

  /** A literal such as 0.25 becomes 1/4 by trying decimal denominators 1, 10, 100, ... */
  static Rational ofValue(double v) {
    for (double d = 1; d <= MAX_DECIMAL_DENOMINATOR; d *= 10) {
      double n = v * d;
      if (n == Math.rint(n) && isSafeInteger(n)) {
        return of(n, d).withDecimal(d > 1);
      }
    }
    return new Rational(v, 1, false);
  }

  double value() {
    return num / den;
  }

  boolean isZero() {
    return num == 0;
  }

  boolean isOne() {
    return num == 1 && den == 1;
  }

  boolean isInteger() {
    return den == 1 && num == Math.rint(num);
  }

  boolean isNegative() {
    return num < 0;
  }

  Rational negate() {
    return new Rational(-num, den, exact, decimal);
  }

  Rational add(Rational o) {
    if (exact && o.exact) {
      return of(num * o.den + o.num * den, den * o.den).withDecimal(decimal || o.decimal);
    }
    return ofValue(value() + o.value());
  }

  Rational multiply(Rational o) {
    if (exact && o.exact) {
      return of(num * o.num, den * o.den).withDecimal(decimal || o.decimal);
    }
    return ofValue(value() * o.value());
  }

  /** 1/this; callers check for zero first. */
  Rational reciprocal() {
    return exact ? of(den, num).withDecimal(decimal) : ofValue(1 / value());
  }

  /** this^n for an integer n, or null if the result is not finite. */
  Rational pow(int n) {
    Rational base = n < 0 ? reciprocal() : this;
    double p = Math.pow(base.num, Math.abs(n));
    double q = Math.pow(base.den, Math.abs(n));
    if (Double.isInfinite(p) || Double.isInfinite(q) || Double.isNaN(p)) {
      return null;
    }
    return base.exact ? of(p, q).withDecimal(decimal) : ofValue(p / q);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Rational && ((Rational) obj).num == num && ((Rational) obj).den == den;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(num) * 31 + Double.hashCode(den);
  }

  /** The node p, p/q, -p or -(p/q): fractions stay fractions, never 0.333... */
  /** True if printed as p/q rather than as a decimal or integer. */
  boolean isFraction() {
    return den != 1 && !(decimal && terminates(den));
  }

  Node toNode() {
    Node magnitude;
    if (!isFraction()) {
      magnitude = Nodes.number(Math.abs(num) / den);
    } else {
      magnitude = Nodes.divide(Nodes.number(Math.abs(num)), Nodes.number(den));
    }
    return num < 0 ? Nodes.negate(magnitude) : magnitude;
  }

  // A terminating decimal: the denominator has no prime factors but 2 and 5.
  private static boolean terminates(double d) {
    while (d % 2 == 0) {
      d /= 2;
    }
    while (d % 5 == 0) {
      d /= 5;
    }
    return d == 1;
  }

  private static boolean isSafeInteger(double v) {
    return v == Math.rint(v) && Math.abs(v) <= EXACT_LIMIT;
  }

  private static double gcd(double a, double b) {
    while (b != 0) {
      double t = a % b;
      a = b;
      b = t;
    }
    return a == 0 ? 1 : a;
  }
}
