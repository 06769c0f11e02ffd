package org.mathforml.applets.matrixmultiplication;

import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

/**
 * The exact side of {@code matrix-multiplication}: the product AB (B first, then A), entry by entry
 * as row i of A dotted with column j of B, and the facts the applet states about it. Plain Java,
 * JVM-tested against mathlib's {@link FractionMatrix#multiply}.
 */
final class Composition {

  private Composition() {}

  /** AB, computed as row-times-column sums (the way the readout shows it). */
  static FractionMatrix product(FractionMatrix a, FractionMatrix b) {
    Fraction[][] out = new Fraction[2][2];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        out[i][j] = a.get(i, 0).multiply(b.get(0, j)).add(a.get(i, 1).multiply(b.get(1, j)));
      }
    }
    return FractionMatrix.of(out);
  }

  static Fraction det(FractionMatrix m) {
    return m.get(0, 0).multiply(m.get(1, 1)).subtract(m.get(0, 1).multiply(m.get(1, 0)));
  }

  /** The entries {a, b, c, d} as doubles, for drawing. */
  static double[] doubles(FractionMatrix m) {
    return new double[] {
      m.get(0, 0).doubleValue(), m.get(0, 1).doubleValue(),
      m.get(1, 0).doubleValue(), m.get(1, 1).doubleValue()
    };
  }

  /** Entry by entry (1 - t) from + t to. */
  static double[] mix(double[] from, double[] to, double t) {
    double[] out = new double[4];
    for (int i = 0; i < 4; i++) {
      out[i] = from[i] + (to[i] - from[i]) * t;
    }
    return out;
  }
}
