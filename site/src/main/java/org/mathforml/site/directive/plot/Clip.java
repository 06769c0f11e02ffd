package org.mathforml.site.directive.plot;

/**
 * Liang-Barsky line clipping (Liang and Barsky, "A new concept and method for line clipping", ACM
 * TOG 3(1), 1984): the part of p(t) = (x0 + t dx, y0 + t dy), t in [t0, t1], inside a rectangle, so
 * lines are drawn from edge to edge instead of to far-away coordinates.
 */
final class Clip {

  private Clip() {}

  /** Returns {t0', t1'} bounding the visible part, or null if none of it is visible. */
  static double[] line(
      double x0,
      double y0,
      double dx,
      double dy,
      double xMin,
      double xMax,
      double yMin,
      double yMax,
      double t0,
      double t1) {
    double[] p = {-dx, dx, -dy, dy};
    double[] q = {x0 - xMin, xMax - x0, y0 - yMin, yMax - y0};
    for (int i = 0; i < 4; i++) {
      if (p[i] == 0) {
        if (q[i] < 0) {
          return null; // parallel to this edge and outside it
        }
        continue;
      }
      double r = q[i] / p[i];
      if (p[i] < 0) {
        t0 = Math.max(t0, r);
      } else {
        t1 = Math.min(t1, r);
      }
    }
    return t0 <= t1 ? new double[] {t0, t1} : null;
  }
}
