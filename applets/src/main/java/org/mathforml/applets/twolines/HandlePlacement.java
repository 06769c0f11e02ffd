package org.mathforml.applets.twolines;

import org.mathforml.applets.components.Viewport;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.Line2D;

/**
 * Chooses where the two draggable handles of a line go after its coefficients were typed in: two
 * distinct points exactly on the line, inside the window, near a quarter and three quarters of the
 * visible segment, preferring points whose both coordinates lie on the snap grid (so the next drag
 * keeps the equation simple). Plain Java: tested on the JVM.
 */
final class HandlePlacement {

  private HandlePlacement() {}

  /**
   * @param step the snap grid, e.g. 0.5 (must be 1/n for an integer n)
   * @param taken points used by other handles (e.g. of a coincident line), avoided when another
   *     grid point is available
   * @return {{x1, y1}, {x2, y2}}, exact points on the line
   */
  static Fraction[][] place(Line2D line, Viewport view, double step, Fraction[]... taken) {
    double a = line.a().doubleValue();
    double b = line.b().doubleValue();
    double c = line.c().doubleValue();
    double[] seg = view.clip(a, b, c);
    if (seg == null) {
      // The line misses the window: use the point nearest the window centre and a neighbour.
      double cx = (view.xmin() + view.xmax()) / 2;
      double cy = (view.ymin() + view.ymax()) / 2;
      double t = (c - a * cx - b * cy) / (a * a + b * b);
      seg = new double[] {cx + a * t - b, cy + b * t + a, cx + a * t + b, cy + b * t - a};
    }
    double[] t1 = lerp(seg, 0.25);
    double[] t2 = lerp(seg, 0.75);
    boolean byX = Math.abs(b) >= Math.abs(a);
    Fraction[] p1 = nearestGridPoint(line, view, step, t1, byX, taken);
    if (p1 == null) {
      p1 = nearestGridPoint(line, view, step, t1, byX);
    }
    if (p1 == null) {
      p1 = onLine(line, step, t1, byX);
    }
    Fraction[][] takenAndP1 = new Fraction[taken.length + 1][];
    System.arraycopy(taken, 0, takenAndP1, 0, taken.length);
    takenAndP1[taken.length] = p1;
    Fraction[] p2 = nearestGridPoint(line, view, step, t2, byX, takenAndP1);
    if (p2 == null) {
      p2 = nearestGridPoint(line, view, step, t2, byX, p1);
    }
    if (p2 == null) {
      p2 = onLine(line, step, t2, byX);
      if (same(p1, p2)) {
        p2 = onLine(line, step, new double[] {t2[0] + step * 2, t2[1] + step * 2}, byX);
      }
    }
    return new Fraction[][] {p1, p2};
  }

  private static double[] lerp(double[] seg, double t) {
    return new double[] {seg[0] + t * (seg[2] - seg[0]), seg[1] + t * (seg[3] - seg[1])};
  }

  /**
   * The grid point (both coordinates multiples of step) on the line, inside the window and
   * different from all of {@code avoid}, nearest to target; null if there is none.
   */
  private static Fraction[] nearestGridPoint(
      Line2D line, Viewport view, double step, double[] target, boolean byX, Fraction[]... avoid) {
    long perUnit = Math.round(1 / step);
    double lo = byX ? view.xmin() : view.ymin();
    double hi = byX ? view.xmax() : view.ymax();
    long first = (long) Math.ceil(lo * perUnit);
    long last = (long) Math.floor(hi * perUnit);
    Fraction[] best = null;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (long k = first; k <= last; k++) {
      Fraction free = Fraction.of(k, perUnit);
      Fraction other = byX ? line.yAt(free) : line.xAt(free);
      if (!other.multiply(Fraction.of(perUnit)).isInteger()) {
        continue;
      }
      Fraction[] p = byX ? new Fraction[] {free, other} : new Fraction[] {other, free};
      double px = p[0].doubleValue();
      double py = p[1].doubleValue();
      if (!view.contains(px, py) || isAmong(p, avoid)) {
        continue;
      }
      double d = (px - target[0]) * (px - target[0]) + (py - target[1]) * (py - target[1]);
      if (d < bestDistance) {
        bestDistance = d;
        best = p;
      }
    }
    return best;
  }

  /** The point of the line whose free coordinate is the target's, rounded to the grid. */
  private static Fraction[] onLine(Line2D line, double step, double[] target, boolean byX) {
    long perUnit = Math.round(1 / step);
    Fraction free = Fraction.of(Math.round((byX ? target[0] : target[1]) * perUnit), perUnit);
    return byX ? new Fraction[] {free, line.yAt(free)} : new Fraction[] {line.xAt(free), free};
  }

  private static boolean isAmong(Fraction[] p, Fraction[][] points) {
    for (Fraction[] q : points) {
      if (q != null && same(p, q)) {
        return true;
      }
    }
    return false;
  }

  static boolean same(Fraction[] p, Fraction[] q) {
    return p[0].equals(q[0]) && p[1].equals(q[1]);
  }
}
