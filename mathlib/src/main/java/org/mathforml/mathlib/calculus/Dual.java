package org.mathforml.mathlib.calculus;

/**
 * A dual number a + b&epsilon; with &epsilon;^2 = 0, for forward-mode automatic differentiation:
 * evaluating f on x + 1&epsilon; gives f(x) + f'(x)&epsilon;, so the derivative comes out exact up
 * to rounding, with no step size to choose.
 *
 * <p>Each operation applies the chain rule to the derivative part, e.g. (a + b&epsilon;)(c +
 * d&epsilon;) = ac + (ad + bc)&epsilon; and sin(a + b&epsilon;) = sin(a) + b cos(a)&epsilon;.
 * Reference: Griewank and Walther, "Evaluating Derivatives" (2nd ed., 2008), ch. 3; Baydin et al.,
 * "Automatic Differentiation in Machine Learning: a Survey", JMLR 18 (2018).
 *
 * <p>Doubles follow IEEE 754 as {@link Math} does: outside a domain the parts are NaN or infinite,
 * never an exception. Immutable.
 */
public final class Dual {

  private final double value;
  private final double derivative;

  private Dual(double value, double derivative) {
    this.value = value;
    this.derivative = derivative;
  }

  /** value + derivative &epsilon;. */
  public static Dual of(double value, double derivative) {
    return new Dual(value, derivative);
  }

  /** A constant c: derivative 0. */
  public static Dual constant(double c) {
    return new Dual(c, 0);
  }

  /** The independent variable at x: derivative 1. */
  public static Dual variable(double x) {
    return new Dual(x, 1);
  }

  /** The real part, f(x). */
  public double value() {
    return value;
  }

  /** The &epsilon; part, f'(x). */
  public double derivative() {
    return derivative;
  }

  public Dual negate() {
    return new Dual(-value, -derivative);
  }

  public Dual add(Dual o) {
    return new Dual(value + o.value, derivative + o.derivative);
  }

  public Dual subtract(Dual o) {
    return new Dual(value - o.value, derivative - o.derivative);
  }

  /** (uv)' = u'v + uv'. */
  public Dual multiply(Dual o) {
    return new Dual(value * o.value, derivative * o.value + value * o.derivative);
  }

  /** (u/v)' = (u'v - uv')/v^2, written as (u' - (u/v) v')/v to round once less. */
  public Dual divide(Dual o) {
    double q = value / o.value;
    return new Dual(q, (derivative - q * o.derivative) / o.value);
  }

  /** u^n for a constant n: n u^(n-1) u', defined for negative u too when n is an integer. */
  public Dual pow(double n) {
    if (n == 0) {
      return new Dual(1, 0);
    }
    if (derivative == 0) { // a constant: avoids 0 * Infinity = NaN for 0^(n-1)
      return new Dual(Math.pow(value, n), 0);
    }
    return new Dual(Math.pow(value, n), n * Math.pow(value, n - 1) * derivative);
  }

  /**
   * u^v. A constant exponent uses {@link #pow(double)}; a constant base a uses a^v ln(a) v';
   * otherwise u^v (v' ln(u) + v u'/u), which needs u > 0.
   */
  public Dual pow(Dual o) {
    if (o.derivative == 0) {
      return pow(o.value);
    }
    double p = Math.pow(value, o.value);
    if (derivative == 0) {
      return new Dual(p, p * Math.log(value) * o.derivative);
    }
    return new Dual(p, p * (o.derivative * Math.log(value) + o.value * derivative / value));
  }

  public Dual exp() {
    double e = Math.exp(value);
    return new Dual(e, e * derivative);
  }

  /** Natural logarithm: u'/u. */
  public Dual ln() {
    return new Dual(Math.log(value), derivative / value);
  }

  public Dual sin() {
    return new Dual(Math.sin(value), Math.cos(value) * derivative);
  }

  public Dual cos() {
    return new Dual(Math.cos(value), -Math.sin(value) * derivative);
  }

  /** tan(u)' = u'/cos^2(u). */
  public Dual tan() {
    double c = Math.cos(value);
    return new Dual(Math.tan(value), derivative / (c * c));
  }

  /** sqrt(u)' = u'/(2 sqrt(u)); infinite at u = 0. */
  public Dual sqrt() {
    double s = Math.sqrt(value);
    return new Dual(s, derivative / (2 * s));
  }

  /** |u|' = sign(u) u'; 0 at the kink u = 0 (a subgradient), as {@link Math#signum}. */
  public Dual abs() {
    return new Dual(Math.abs(value), Math.signum(value) * derivative);
  }

  /** Equal parts; 0.0 equals -0.0 (as with ==) and NaN equals NaN (as with Double). */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Dual)) {
      return false;
    }
    Dual o = (Dual) obj;
    return same(value, o.value) && same(derivative, o.derivative);
  }

  private static boolean same(double a, double b) {
    return a == b || Double.isNaN(a) && Double.isNaN(b);
  }

  @Override
  public int hashCode() {
    return Double.hashCode(value + 0.0) * 31 + Double.hashCode(derivative + 0.0);
  }

  @Override
  public String toString() {
    return value + " + " + derivative + "\u03b5";
  }
}
