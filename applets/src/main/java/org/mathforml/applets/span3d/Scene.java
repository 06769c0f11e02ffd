package org.mathforml.applets.span3d;

import org.mathforml.applets.components.Box3D;
import org.mathforml.applets.components.Num;
import org.mathforml.mathlib.Fraction;

/**
 * Where the marks of {@code span-3d} go in the 400 x 400 viewBox, for a box seen from its current
 * angle: the span (line clipped to the box, the plane's cut through the box, the outline of the
 * whole box) and the arrows. Plain Java, shared by the applet's {@link Picture} and the site's
 * static fallback, so both draw the same figure.
 */
public final class Scene {

  private static final double HEAD_LENGTH = 11;
  private static final double HEAD_HALF_WIDTH = 5.5;

  private static final String[] LABELS = {
    "span: only the origin (dot)",
    "span: a line (dash-dot)",
    "span: a plane (shaded, dash-dot edge)",
    "span: all of space (whole box shaded)"
  };

  private Scene() {}

  /** The words drawn in the corner of the picture for a span of this dimension. */
  public static String label(int dimension) {
    return LABELS[dimension];
  }

  /** {x1, y1, x2, y2}: the line through the origin along d, clipped to the box. */
  public static double[] line(Box3D box, Fraction[] d) {
    double[] v = doubles(d);
    double m = Math.max(Math.abs(v[0]), Math.max(Math.abs(v[1]), Math.abs(v[2])));
    double t = box.halfWidth() / m;
    double[] a = box.project(-t * v[0], -t * v[1], -t * v[2]);
    double[] b = box.project(t * v[0], t * v[1], t * v[2]);
    return new double[] {a[0], a[1], b[0], b[1]};
  }

  /** SVG points of the plane through the origin spanned by a and b, cut by the box. */
  public static String plane(Box3D box, Fraction[] a, Fraction[] b) {
    double[] n = doubles(Span3dMath.cross(a, b));
    return box.polygon(box.section(n[0], n[1], n[2], 0));
  }

  /** SVG points of the outline of the projected box: the convex hull of its 8 corners. */
  public static String hull(Box3D box) {
    double[][] p = new double[8][];
    int start = 0;
    for (int i = 0; i < 8; i++) {
      double[] c = box.corner(i);
      p[i] = box.project(c[0], c[1], c[2]);
      if (p[i][0] < p[start][0]) {
        start = i;
      }
    }
    // Gift wrapping: from the leftmost corner, always to the corner with all others on one side.
    StringBuilder sb = new StringBuilder();
    int at = start;
    for (int guard = 0; guard < 8; guard++) {
      if (guard > 0) {
        sb.append(' ');
      }
      sb.append(Num.short2(p[at][0])).append(',').append(Num.short2(p[at][1]));
      int next = at == 0 ? 1 : 0;
      for (int j = 0; j < 8; j++) {
        double cross =
            (p[next][0] - p[at][0]) * (p[j][1] - p[at][1])
                - (p[next][1] - p[at][1]) * (p[j][0] - p[at][0]);
        double farther =
            Math.hypot(p[j][0] - p[at][0], p[j][1] - p[at][1])
                - Math.hypot(p[next][0] - p[at][0], p[next][1] - p[at][1]);
        if (j != at && (cross < -1e-9 || Math.abs(cross) <= 1e-9 && farther > 0)) {
          next = j;
        }
      }
      at = next;
      if (at == start) {
        break;
      }
    }
    return sb.toString();
  }

  /**
   * The arrow of vector number i (0 = u) with head v: {shaft x1, y1, x2, y2, head tip x, y, head
   * base corners x, y, x, y, label x, y, 1 when drawn or 0 when the arrow has no length on screen}.
   */
  public static double[] arrow(Box3D box, Fraction[] v, int i) {
    double[] o = box.project(0, 0, 0);
    double[] d = doubles(v);
    double[] h = box.project(d[0], d[1], d[2]);
    double dx = h[0] - o[0];
    double dy = h[1] - o[1];
    double len = Math.hypot(dx, dy);
    boolean drawn = len > 1;
    double ux = drawn ? dx / len : 0;
    double uy = drawn ? dy / len : -1;
    double headLength = Math.min(HEAD_LENGTH, len * 0.6);
    double bx = h[0] - ux * headLength;
    double by = h[1] - uy * headLength;
    // Beyond the head, nudged sideways by vector so equal vectors keep readable labels.
    double side = (i - 1) * 12;
    return new double[] {
      o[0],
      o[1],
      bx + ux,
      by + uy,
      h[0],
      h[1],
      bx - uy * HEAD_HALF_WIDTH,
      by + ux * HEAD_HALF_WIDTH,
      bx + uy * HEAD_HALF_WIDTH,
      by - ux * HEAD_HALF_WIDTH,
      h[0] + ux * 14 - uy * side,
      h[1] + uy * 14 + ux * side + 5,
      drawn ? 1 : 0
    };
  }

  /**
   * The {@link #arrow}s of all the vectors, with a label that would overlap an earlier one (within
   * 16 units) moved sideways by 16 or 32 units, so u, v and w stay readable.
   */
  public static double[][] arrows(Box3D box, Fraction[][] vectors) {
    double[][] out = new double[vectors.length][];
    for (int j = 0; j < vectors.length; j++) {
      double[] a = arrow(box, vectors[j], j);
      double dx = a[4] - a[0];
      double dy = a[5] - a[1];
      double len = Math.hypot(dx, dy);
      double px = len > 1 ? -dy / len : 1;
      double py = len > 1 ? dx / len : 0;
      double x = a[10];
      double y = a[11];
      // Try 16 units to either side, then 32, keeping the first place clear of earlier labels.
      for (int tries = 1; tries <= 4 && overlaps(out, j, a); tries++) {
        double shift = (tries % 2 == 1 ? -16 : 16) * ((tries + 1) / 2);
        a[10] = x + px * shift;
        a[11] = y + py * shift;
      }
      out[j] = a;
    }
    return out;
  }

  private static boolean overlaps(double[][] earlier, int j, double[] a) {
    for (int k = 0; k < j; k++) {
      if (Math.abs(earlier[k][10] - a[10]) < 16 && Math.abs(earlier[k][11] - a[11]) < 16) {
        return true;
      }
    }
    return false;
  }

  /** "x1,y1 x2,y2 x3,y3" of the head of an {@link #arrow}. */
  public static String head(double[] arrow) {
    StringBuilder sb = new StringBuilder();
    for (int k = 4; k < 10; k += 2) {
      sb.append(k > 4 ? " " : "")
          .append(Num.short2(arrow[k]))
          .append(',')
          .append(Num.short2(arrow[k + 1]));
    }
    return sb.toString();
  }

  static double[] doubles(Fraction[] v) {
    return new double[] {v[0].doubleValue(), v[1].doubleValue(), v[2].doubleValue()};
  }
}
