package org.mathforml.applets.eigenvectors;

import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.numeric.Complex;
import org.mathforml.mathlib.numeric.Eigen2x2;
import org.mathforml.mathlib.numeric.Matrix;

/**
 * The eigen-geometry of {@code eigenvectors} for a 2x2 matrix A: eigenvalues and unit
 * eigen-directions from mathlib's {@link Eigen2x2}, exact tests of whether a grid vector x is an
 * eigenvector (x and A x parallel) with its exact eigenvalue, and snapping onto an eigenline. Plain
 * Java, tested on the JVM.
 */
final class EigenMath {

  /** Perpendicular distance under which a dragged x is pulled onto an eigenline. */
  static final double SNAP_DISTANCE = 0.2;

  final double[] m;
  final boolean real;
  final boolean everyDirection;
  final double[] re = new double[2];
  final double[] im = new double[2];

  /** Unit eigenvectors {x, y} when real (the same twice for a defective matrix). */
  final double[][] directions = new double[2][];

  EigenMath(FractionMatrix a) {
    m =
        new double[] {
          a.get(0, 0).doubleValue(),
          a.get(0, 1).doubleValue(),
          a.get(1, 0).doubleValue(),
          a.get(1, 1).doubleValue()
        };
    everyDirection =
        a.get(0, 1).isZero() && a.get(1, 0).isZero() && a.get(0, 0).equals(a.get(1, 1));
    Eigen2x2 e = Eigen2x2.of(Matrix.of(new double[][] {{m[0], m[1]}, {m[2], m[3]}}));
    Complex[] values = e.eigenvalues();
    for (int i = 0; i < 2; i++) {
      re[i] = values[i].re();
      im[i] = values[i].im();
    }
    real = e.isReal();
    if (real) {
      for (int i = 0; i < 2; i++) {
        directions[i] = new double[] {e.eigenvector(i).get(0), e.eigenvector(i).get(1)};
      }
    }
  }

  /** True when the two eigenlines differ (two real independent directions). */
  boolean twoLines() {
    return real
        && Math.abs(directions[0][0] * directions[1][1] - directions[0][1] * directions[1][0])
            > 1e-9;
  }

  /** A x, exact. */
  static Fraction[] apply(FractionMatrix a, Fraction x1, Fraction x2) {
    return a.multiply(new Fraction[] {x1, x2});
  }

  /** The exact eigenvalue of a nonzero x with A x parallel to x, or null if x is not one. */
  static Fraction exactEigenvalue(FractionMatrix a, Fraction x1, Fraction x2) {
    if (x1.isZero() && x2.isZero()) {
      return null;
    }
    Fraction[] ax = apply(a, x1, x2);
    if (!x1.multiply(ax[1]).subtract(x2.multiply(ax[0])).isZero()) {
      return null;
    }
    return x1.multiply(ax[0]).add(x2.multiply(ax[1])).divide(x1.multiply(x1).add(x2.multiply(x2)));
  }

  /** Index (0 or 1) of the eigenvalue nearest lambda. */
  int nearest(double lambda) {
    return Math.abs(lambda - re[1]) < Math.abs(lambda - re[0]) ? 1 : 0;
  }

  /**
   * The eigenline (0 or 1) within {@link #SNAP_DISTANCE} of the point (x, y), nearest first, or -1
   * (also for the origin, complex eigenvalues or a multiple of the identity).
   */
  int lineNear(double x, double y) {
    if (!real || everyDirection || x == 0 && y == 0) {
      return -1;
    }
    int best = -1;
    double bestDistance = SNAP_DISTANCE;
    for (int i = 0; i < 2; i++) {
      double d = Math.abs(x * directions[i][1] - y * directions[i][0]);
      if (d < bestDistance) {
        best = i;
        bestDistance = d;
      }
    }
    return best;
  }

  /** The foot of the perpendicular from (x, y) on eigenline i. */
  double[] project(int i, double x, double y) {
    double t = x * directions[i][0] + y * directions[i][1];
    return new double[] {t * directions[i][0], t * directions[i][1]};
  }
}
