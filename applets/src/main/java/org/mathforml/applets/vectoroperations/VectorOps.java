package org.mathforml.applets.vectoroperations;

import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.exact.FractionVector;

/**
 * The arithmetic behind {@code vector-operations}, exact where it can be (mathlib fractions): sum,
 * difference, scalar multiple, dot product and projection; the angle and the lengths are doubles
 * (square roots). Plain Java, tested on the JVM against mathlib's numeric {@code Vector}, which is
 * not used here because its {@code toString} would pull TeaVM's double printer (~12 KB gzip) into
 * the bundle.
 */
final class VectorOps {

  /** The modes, in the order of the controls; the first is the default. */
  static final String[] MODES = {"sum", "difference", "scalar", "dot", "projection"};

  static final String[] MODE_LABELS = {
    "Sum u + v",
    "Difference u \u2212 v",
    "Scalar multiple k u",
    "Dot product and angle",
    "Projection of u onto v"
  };

  private VectorOps() {}

  static int modeIndex(String mode) {
    for (int i = 0; i < MODES.length; i++) {
      if (MODES[i].equals(mode)) {
        return i;
      }
    }
    return -1;
  }

  static FractionVector of(Fraction x, Fraction y) {
    return FractionVector.of(x, y);
  }

  /**
   * The vector the mode draws from the origin: u + v, u - v, k u, or the projection of u onto v;
   * null for "dot" (no result vector) and for a projection onto the zero vector.
   */
  static FractionVector result(String mode, FractionVector u, FractionVector v, Fraction k) {
    switch (mode) {
      case "sum":
        return u.add(v);
      case "difference":
        return u.subtract(v);
      case "scalar":
        return u.scale(k);
      case "projection":
        return projection(u, v);
      default:
        return null;
    }
  }

  /** (u.v / v.v) v, or null when v = 0. */
  static FractionVector projection(FractionVector u, FractionVector v) {
    Fraction vv = v.dot(v);
    return vv.isZero() ? null : v.scale(u.dot(v).divide(vv));
  }

  /** The coefficient u.v / v.v of the projection, or null when v = 0. */
  static Fraction projectionCoefficient(FractionVector u, FractionVector v) {
    Fraction vv = v.dot(v);
    return vv.isZero() ? null : u.dot(v).divide(vv);
  }

  /** |w| as a double. */
  static double length(FractionVector w) {
    return Math.sqrt(w.dot(w).doubleValue());
  }

  /** The angle between u and v in degrees (0..180), or NaN when either is zero. */
  static double angleDegrees(FractionVector u, FractionVector v) {
    if (u.isZero() || v.isZero()) {
      return Double.NaN;
    }
    // atan2 of cross and dot: accurate for nearly parallel vectors too (unlike acos).
    double ux = u.get(0).doubleValue();
    double uy = u.get(1).doubleValue();
    double vx = v.get(0).doubleValue();
    double vy = v.get(1).doubleValue();
    return Math.atan2(Math.abs(ux * vy - uy * vx), ux * vx + uy * vy) * 180 / Math.PI;
  }
}
