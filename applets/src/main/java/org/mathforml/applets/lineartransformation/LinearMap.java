package org.mathforml.applets.lineartransformation;

import org.mathforml.applets.components.LinearPicture;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

/**
 * The exact side of {@code linear-transformation} (the drawing is {@link LinearPicture}): the 2x2
 * matrix [a b; c d], the determinant as the signed area of the image of the unit square, what a
 * singular matrix collapses the plane to, and the presets. Plain Java, JVM-tested.
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

  /** The letter F of {@link LinearPicture}. */
  static final double[] PICTURE = LinearPicture.PICTURE;

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

  /** The entries {a, b, c, d} as doubles. */
  static double[] doubles(FractionMatrix m) {
    return new double[] {
      m.get(0, 0).doubleValue(), m.get(0, 1).doubleValue(),
      m.get(1, 0).doubleValue(), m.get(1, 1).doubleValue()
    };
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
