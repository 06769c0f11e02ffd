package org.mathforml.applets.lineartransformation;

import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

/**
 * The geometry behind {@code linear-transformation}: the 2x2 matrix [a b; c d], the images of
 * points, grid lines and the picture, the determinant as the signed area of the image of the unit
 * square, what a singular matrix collapses the plane to, and the presets. Plain Java, JVM-tested.
 */
final class LinearMap {

  /** Preset names (button text) and matrices [a, b, c, d]. */
  static final String[] PRESET_NAMES = {
    "Identity", "Shear", "Rotation 90\u00b0", "Scaling \u00d72", "Reflection", "Projection"
  };

  static final String[] PRESET_KEYS = {
    "identity", "shear", "rotation", "scaling", "reflection", "projection"
  };

  private static final long[][] PRESETS = {
    {1, 0, 0, 1}, {1, 1, 0, 1}, {0, -1, 1, 0}, {2, 0, 0, 2}, {-1, 0, 0, 1}, {1, 0, 0, 0}
  };

  /** A letter F, 1.5 by 2.5 units, standing on the x-axis right of the origin. */
  static final double[] PICTURE = {
    0.5, 0, 1, 0, 1, 1, 1.75, 1, 1.75, 1.5, 1, 1.5, 1, 2, 2, 2, 2, 2.5, 0.5, 2.5
  };

  private LinearMap() {}

  static FractionMatrix preset(int i) {
    long[] p = PRESETS[i];
    return FractionMatrix.ofIntegers(new long[][] {{p[0], p[1]}, {p[2], p[3]}});
  }

  static FractionMatrix of(Fraction a, Fraction b, Fraction c, Fraction d) {
    return FractionMatrix.of(new Fraction[][] {{a, b}, {c, d}});
  }

  /** ad - bc, exact: the signed area of the image of the unit square. */
  static Fraction determinant(FractionMatrix m) {
    return m.get(0, 0).multiply(m.get(1, 1)).subtract(m.get(0, 1).multiply(m.get(1, 0)));
  }

  /** "invertible", "line" (rank 1: the plane collapses onto a line) or "point" (zero matrix). */
  static String kind(FractionMatrix m) {
    if (!determinant(m).isZero()) {
      return "invertible";
    }
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        if (!m.get(i, j).isZero()) {
          return "line";
        }
      }
    }
    return "point";
  }

  /** For rank 1: a non-zero column, which spans the image line. */
  static Fraction[] imageDirection(FractionMatrix m) {
    int j = m.get(0, 0).isZero() && m.get(1, 0).isZero() ? 1 : 0;
    return new Fraction[] {m.get(0, j), m.get(1, j)};
  }

  /** m = {a, b, c, d} applied to (x, y), as doubles (for drawing). */
  static double[] apply(double[] m, double x, double y) {
    return new double[] {m[0] * x + m[1] * y, m[2] * x + m[3] * y};
  }

  /** The entries {a, b, c, d} as doubles. */
  static double[] doubles(FractionMatrix m) {
    return new double[] {
      m.get(0, 0).doubleValue(), m.get(0, 1).doubleValue(),
      m.get(1, 0).doubleValue(), m.get(1, 1).doubleValue()
    };
  }

  /**
   * The image of the line through (px, py) with direction (dx, dy) as {a, b, c} of a x + b y = c,
   * or null when the image is a single point (the direction maps to 0).
   */
  static double[] imageLine(double[] m, double px, double py, double dx, double dy) {
    double[] p = apply(m, px, py);
    double[] d = apply(m, dx, dy);
    if (Math.abs(d[0]) < 1e-12 && Math.abs(d[1]) < 1e-12) {
      return null;
    }
    return new double[] {d[1], -d[0], d[1] * p[0] - d[0] * p[1]};
  }

  /** The polygon of the picture's image, as "x1,y1 x2,y2 ..." is left to the caller: doubles. */
  static double[] imageOf(double[] m, double[] polygon) {
    double[] out = new double[polygon.length];
    for (int i = 0; i < polygon.length; i += 2) {
      double[] q = apply(m, polygon[i], polygon[i + 1]);
      out[i] = q[0];
      out[i + 1] = q[1];
    }
    return out;
  }

  /** Signed area of a polygon (shoelace): positive when its vertices turn counter-clockwise. */
  static double signedArea(double[] polygon) {
    double s = 0;
    int n = polygon.length;
    for (int i = 0; i < n; i += 2) {
      int j = (i + 2) % n;
      s += polygon[i] * polygon[j + 1] - polygon[j] * polygon[i + 1];
    }
    return s / 2;
  }

  /** The linear interpolation (1 - t) from + t to, entry by entry (for animated presets). */
  static double[] mix(double[] from, double[] to, double t) {
    double[] out = new double[4];
    for (int i = 0; i < 4; i++) {
      out[i] = from[i] + (to[i] - from[i]) * t;
    }
    return out;
  }
}
