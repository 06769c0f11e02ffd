package org.mathforml.applets.eigenvectors;

import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

/**
 * The eigen-geometry of {@code eigenvectors} for a 2x2 matrix A: eigenvalues and unit
 * eigen-directions in closed form (the same formulas as mathlib's {@code numeric.Eigen2x2}, which
 * {@code EigenMathTest} compares them with; calling it would pull ~14 KB gzip of mathlib's numeric
 * classes into applets.js), exact tests of whether a grid vector x is an eigenvector (x and A x
 * parallel) with its exact eigenvalue, and snapping onto an eigenline. Plain Java, tested on the
 * JVM.
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
    // lambda = mean +- sqrt(half^2 + bc), the larger first, as Eigen2x2 sorts them.
    double mean = (m[0] + m[3]) / 2;
    double half = (m[0] - m[3]) / 2;
    double disc = half * half + m[1] * m[2];
    real = disc >= 0;
    double root = Math.sqrt(Math.abs(disc));
    for (int i = 0; i < 2; i++) {
      double sign = i == 0 ? 1 : -1;
      re[i] = real ? mean + sign * root : mean;
      im[i] = real ? 0 : sign * root;
      if (real) {
        directions[i] = direction(re[i], i);
      }
    }
  }

  // (b, lambda - a) and (lambda - d, c) both solve (A - lambda I) v = 0; take the longer one.
  private double[] direction(double lambda, int i) {
    double[] p = {m[1], lambda - m[0]};
    double[] q = {lambda - m[3], m[2]};
    double[] v = Math.hypot(p[0], p[1]) >= Math.hypot(q[0], q[1]) ? p : q;
    double length = Math.hypot(v[0], v[1]);
    if (length == 0) {
      // A = lambda I: every direction; report the axes, larger eigenvalue's first.
      return i == 0 ? new double[] {1, 0} : new double[] {0, 1};
    }
    return new double[] {v[0] / length, v[1] / length};
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
