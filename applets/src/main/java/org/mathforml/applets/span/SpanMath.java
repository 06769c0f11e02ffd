package org.mathforml.applets.span;

import org.mathforml.mathlib.Fraction;

/**
 * The exact geometry of {@code span}: what one or two vectors u, v of the plane span (the origin, a
 * line or the whole plane) and the coefficients a, b with w = a u + b v. Plain Java, tested on the
 * JVM.
 */
final class SpanMath {

  /** What the span is: "point", "line" or "plane". */
  final String kind;

  /** True when the vectors are linearly independent (u alone: u is not zero). */
  final boolean independent;

  /** "one", "many" or "none": how many (a, b) give w. */
  final String solutions;

  /** a and b with w = a u + b v (one choice when there are many), or null when none. */
  final Fraction a;

  final Fraction b;

  /** A direction of the line when kind is "line" (u, or v when u is zero), else null. */
  final Fraction[] direction;

  private SpanMath(
      String kind,
      boolean independent,
      String solutions,
      Fraction a,
      Fraction b,
      Fraction[] direction) {
    this.kind = kind;
    this.independent = independent;
    this.solutions = solutions;
    this.a = a;
    this.b = b;
    this.direction = direction;
  }

  /** u1 v2 - u2 v1. */
  static Fraction cross(Fraction u1, Fraction u2, Fraction v1, Fraction v2) {
    return u1.multiply(v2).subtract(u2.multiply(v1));
  }

  /** The span of u alone (b is always 0 then). */
  static SpanMath one(Fraction u1, Fraction u2, Fraction w1, Fraction w2) {
    if (u1.isZero() && u2.isZero()) {
      boolean origin = w1.isZero() && w2.isZero();
      return new SpanMath(
          "point", false, origin ? "many" : "none", origin ? Fraction.ZERO : null, null, null);
    }
    Fraction[] dir = {u1, u2};
    if (!cross(u1, u2, w1, w2).isZero()) {
      return new SpanMath("line", true, "none", null, null, dir);
    }
    Fraction a = u1.multiply(w1).add(u2.multiply(w2)).divide(u1.multiply(u1).add(u2.multiply(u2)));
    return new SpanMath("line", true, "one", a, null, dir);
  }

  /** The span of u and v, and w = a u + b v. */
  static SpanMath two(
      Fraction u1, Fraction u2, Fraction v1, Fraction v2, Fraction w1, Fraction w2) {
    Fraction det = cross(u1, u2, v1, v2);
    if (!det.isZero()) {
      // Cramer's rule on [u v] (a, b) = w.
      Fraction a = cross(w1, w2, v1, v2).divide(det);
      Fraction b = cross(u1, u2, w1, w2).divide(det);
      return new SpanMath("plane", true, "one", a, b, null);
    }
    boolean uZero = u1.isZero() && u2.isZero();
    boolean vZero = v1.isZero() && v2.isZero();
    if (uZero && vZero) {
      boolean origin = w1.isZero() && w2.isZero();
      return new SpanMath(
          "point",
          false,
          origin ? "many" : "none",
          origin ? Fraction.ZERO : null,
          origin ? Fraction.ZERO : null,
          null);
    }
    if (uZero) {
      SpanMath alongV = one(v1, v2, w1, w2);
      return new SpanMath(
          "line",
          false,
          alongV.a == null ? "none" : "many",
          alongV.a == null ? null : Fraction.ZERO,
          alongV.a,
          alongV.direction);
    }
    SpanMath alongU = one(u1, u2, w1, w2);
    return new SpanMath(
        "line",
        false,
        alongU.a == null ? "none" : "many",
        alongU.a,
        alongU.a == null ? null : Fraction.ZERO,
        alongU.direction);
  }
}
