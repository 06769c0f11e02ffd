package org.mathforml.mathlib.numeric;

import org.mathforml.mathlib.numeric.internal.Checks;

/**
 * An immutable vector of doubles with at least one component, none NaN or infinite.
 *
 * <p>Arithmetic follows IEEE 754: a result that overflows holds infinities; the factories are where
 * non-finite input is rejected. Binary operations require equal dimensions and throw {@link
 * IllegalArgumentException} otherwise.
 */
public final class Vector {

  private final double[] x;

  private Vector(double[] x) {
    this.x = x;
  }

  /**
   * Returns the vector with the given components (copied).
   *
   * @throws IllegalArgumentException if there are none or one is NaN or infinite
   */
  public static Vector of(double... components) {
    if (components == null || components.length == 0) {
      throw new IllegalArgumentException("a vector needs at least one component");
    }
    Checks.requireFinite(components, "vector");
    return new Vector(components.clone());
  }

  /** Wraps without copying or checking: for arrays this package computed itself. */
  static Vector wrap(double[] x) {
    return new Vector(x);
  }

  /** The zero vector of dimension n >= 1. */
  public static Vector zeros(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("dimension must be at least 1, got " + n);
    }
    return new Vector(new double[n]);
  }

  /** Number of components. */
  public int dimension() {
    return x.length;
  }

  /** Component i (0-based). */
  public double get(int i) {
    if (i < 0 || i >= x.length) {
      throw new IndexOutOfBoundsException("index " + i + " outside 0.." + (x.length - 1));
    }
    return x[i];
  }

  /** A copy of the components. */
  public double[] toArray() {
    return x.clone();
  }

  /** The backing array, not copied: callers in this package must not modify it. */
  double[] data() {
    return x;
  }

  /** this + v. */
  public Vector plus(Vector v) {
    requireSameDimension(v);
    double[] r = new double[x.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = x[i] + v.x[i];
    }
    return new Vector(r);
  }

  /** this - v. */
  public Vector minus(Vector v) {
    requireSameDimension(v);
    double[] r = new double[x.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = x[i] - v.x[i];
    }
    return new Vector(r);
  }

  /** c * this. */
  public Vector times(double c) {
    double[] r = new double[x.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = c * x[i];
    }
    return new Vector(r);
  }

  /** Dot product sum_i x_i v_i. */
  public double dot(Vector v) {
    requireSameDimension(v);
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * v.x[i];
    }
    return s;
  }

  /**
   * Euclidean norm sqrt(sum x_i^2), scaled by the largest component first so that it neither
   * overflows nor underflows for representable results (as in LAPACK's dnrm2).
   */
  public double norm() {
    return norm(x);
  }

  static double norm(double[] x) {
    double scale = Checks.maxAbs(x);
    if (scale == 0 || !Checks.isFinite(scale)) {
      return scale;
    }
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      double t = x[i] / scale;
      s += t * t;
    }
    return scale * Math.sqrt(s);
  }

  /** Euclidean distance |this - v|. */
  public double distance(Vector v) {
    return minus(v).norm();
  }

  /**
   * Angle between this and v in radians, in [0, pi]. Mathematically acos(x.v / (|x| |v|)); that
   * formula needs the cosine clamped to [-1, 1] (rounding can push it just outside, making acos
   * NaN) and even then loses half the digits near 0 and pi, where acos is ill-conditioned. We use
   * the equivalent 2 atan2(|a - b|, |a + b|) for the unit vectors a = x/|x|, b = v/|v| (W. Kahan,
   * "How futile are mindless assessments of roundoff...", 2006, section 12), which is accurate over
   * the whole range and needs no clamping.
   *
   * @throws ArithmeticException if either vector is zero (the angle is undefined)
   */
  public double angle(Vector v) {
    requireSameDimension(v);
    double nx = norm();
    double nv = v.norm();
    if (nx == 0 || nv == 0) {
      throw new ArithmeticException("the angle with a zero vector is undefined");
    }
    double[] diff = new double[x.length];
    double[] sum = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double a = x[i] / nx;
      double b = v.x[i] / nv;
      diff[i] = a - b;
      sum[i] = a + b;
    }
    return 2 * Math.atan2(norm(diff), norm(sum));
  }

  /**
   * Orthogonal projection of this onto the line spanned by v: (x.v / v.v) v.
   *
   * @throws ArithmeticException if v is the zero vector
   */
  public Vector projectionOnto(Vector v) {
    requireSameDimension(v);
    double vv = v.dot(v);
    if (vv == 0) {
      throw new ArithmeticException("cannot project onto the zero vector");
    }
    return v.times(dot(v) / vv);
  }

  /**
   * The unit vector x / |x|.
   *
   * @throws ArithmeticException if this is the zero vector
   */
  public Vector unit() {
    double n = norm();
    if (n == 0) {
      throw new ArithmeticException("the zero vector has no direction");
    }
    double[] r = new double[x.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = x[i] / n;
    }
    return new Vector(r);
  }

  private void requireSameDimension(Vector v) {
    if (v == null) {
      throw new IllegalArgumentException("vector must not be null");
    }
    if (v.x.length != x.length) {
      throw new IllegalArgumentException("dimension mismatch: " + x.length + " and " + v.x.length);
    }
  }

  /** Same dimensions and entries equal by == (so 0.0 equals -0.0). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Vector && Checks.sameValues(x, ((Vector) o).x);
  }

  @Override
  public int hashCode() {
    return Checks.hash(x);
  }

  /** Components in parentheses, e.g. "(1.0, -2.5)". */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < x.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(x[i]);
    }
    return sb.append(')').toString();
  }
}
