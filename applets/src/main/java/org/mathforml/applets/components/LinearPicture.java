package org.mathforml.applets.components;

import org.teavm.jso.dom.xml.Element;

/**
 * What a 2x2 matrix does to the plane, drawn on a {@link CoordinatePlane}: the image of the grid
 * (vertical lines solid, horizontal dashed), of the unit square (shaded, with "det ..." inside and
 * an arc arrow from A e1 towards A e2 that turns counter-clockwise when the determinant is positive
 * and clockwise when negative: orientation by shape, not colour), and of an asymmetric letter F
 * (its original dotted), so reflections show. Matrices are {a, b, c, d} doubles for [a b; c d], so
 * animation frames can be drawn too. The static geometry is plain Java, JVM-tested.
 */
public final class LinearPicture {

  /** A letter F, 1.5 by 2.5 units, standing on the x-axis right of the origin. */
  public static final double[] PICTURE = {
    0.5, 0, 1, 0, 1, 1, 1.75, 1, 1.75, 1.5, 1, 1.5, 1, 2, 2, 2, 2, 2.5, 0.5, 2.5
  };

  private static final double[] UNIT_SQUARE = {0, 0, 1, 0, 1, 1, 0, 1};
  private static final int GRID_LINES = 12;

  private final CoordinatePlane plane;
  private final Element gridX;
  private final Element gridY;
  private final Element square;
  private final Element original;
  private final Element picture;
  private final Element orientation;
  private final Element orientationHead;
  private final Element areaLabel;

  /** Adds the layers to plane (under its marks and handles). */
  public LinearPicture(CoordinatePlane plane) {
    this.plane = plane;
    gridX = path("applet-tgrid applet-tgrid-x", plane.linesLayer());
    gridY = path("applet-tgrid applet-tgrid-y", plane.linesLayer());
    square = Dom.svg("polygon", "applet-unit-square");
    plane.linesLayer().appendChild(square);
    original = Dom.svg("polygon", "applet-shape-original");
    original.setAttribute("stroke-dasharray", Palette.dash(3));
    plane.linesLayer().appendChild(original);
    picture = Dom.svg("polygon", "applet-shape");
    plane.linesLayer().appendChild(picture);
    orientation = path("applet-orientation", plane.marksLayer());
    orientationHead = Dom.svg("polygon", "applet-orientation-head");
    plane.marksLayer().appendChild(orientationHead);
    areaLabel = CoordinatePlane.label(0, 0, "", "middle");
    areaLabel.setAttribute("class", "applet-area-label");
    areaLabel.setAttribute("aria-hidden", "true");
    plane.marksLayer().appendChild(areaLabel);
  }

  private static Element path(String className, Element layer) {
    Element p = Dom.svg("path", className);
    p.setAttribute("aria-hidden", "true");
    layer.appendChild(p);
    return p;
  }

  /**
   * Draws the image under m = {a, b, c, d}.
   *
   * @param detText the determinant as shown in the square, e.g. "−5/4" (exact at rest)
   */
  public void draw(double[] m, String detText) {
    Viewport v = plane.viewport();
    StringBuilder xs = new StringBuilder();
    StringBuilder ys = new StringBuilder();
    int n = Math.max(GRID_LINES, (int) Math.ceil(v.width()));
    for (int s = -n; s <= n; s++) {
      appendLine(xs, v, imageLine(m, s, 0, 0, 1));
      appendLine(ys, v, imageLine(m, 0, s, 1, 0));
    }
    gridX.setAttribute("d", xs.toString());
    gridY.setAttribute("d", ys.toString());
    square.setAttribute("points", points(v, imageOf(m, UNIT_SQUARE)));
    original.setAttribute("points", points(v, PICTURE));
    picture.setAttribute("points", points(v, imageOf(m, PICTURE)));
    drawOrientation(v, m, m[0] * m[3] - m[1] * m[2], detText);
  }

  /** The determinant of {a, b, c, d} as label text with a true minus sign, 2 decimals. */
  public static String detText(double det) {
    if (Math.abs(det) < 1e-12) {
      return "0";
    }
    return (det < 0 ? "\u2212" : "") + Num.short2(Math.abs(det));
  }

  private void drawOrientation(Viewport v, double[] m, double det, String detText) {
    double ox = v.toSvgX(0);
    double oy = v.toSvgY(0);
    Dom.setNumber(areaLabel, "x", v.toSvgX((m[0] + m[1]) / 2));
    Dom.setNumber(areaLabel, "y", v.toSvgY((m[2] + m[3]) / 2) + 5);
    areaLabel.setTextContent("det " + detText);
    if (Math.abs(det) < 1e-12) {
      orientation.setAttribute("d", "");
      orientationHead.setAttribute("points", "");
      return;
    }
    double a1 = Math.atan2(m[2], m[0]);
    double a2 = Math.atan2(m[3], m[1]);
    double sweep = a2 - a1;
    while (sweep > Math.PI) {
      sweep -= 2 * Math.PI;
    }
    while (sweep < -Math.PI) {
      sweep += 2 * Math.PI;
    }
    double r = 0.35 * Math.min(Math.hypot(m[0], m[2]), Math.hypot(m[1], m[3])) * v.scale();
    r = Viewport.clamp(r, 10, 40);
    double start = a1 + sweep * 0.15;
    double end = a1 + sweep * 0.85;
    double x1 = ox + r * Math.cos(start);
    double y1 = oy - r * Math.sin(start);
    double x2 = ox + r * Math.cos(end);
    double y2 = oy - r * Math.sin(end);
    // SVG y points down, so a counter-clockwise turn on the plane is sweep-flag 0.
    orientation.setAttribute(
        "d",
        "M"
            + Num.short2(x1)
            + " "
            + Num.short2(y1)
            + "A"
            + Num.short2(r)
            + " "
            + Num.short2(r)
            + " 0 0 "
            + (sweep > 0 ? "0 " : "1 ")
            + Num.short2(x2)
            + " "
            + Num.short2(y2));
    // Arrowhead at the end, along the direction of travel of the arc.
    double dir = sweep > 0 ? 1 : -1;
    double tx = -Math.sin(end) * dir;
    double ty = -Math.cos(end) * dir;
    orientationHead.setAttribute(
        "points",
        Num.short2(x2 + tx * 7)
            + ","
            + Num.short2(y2 + ty * 7)
            + " "
            + Num.short2(x2 - ty * 4)
            + ","
            + Num.short2(y2 + tx * 4)
            + " "
            + Num.short2(x2 + ty * 4)
            + ","
            + Num.short2(y2 - tx * 4));
  }

  /** m = {a, b, c, d} applied to (x, y). */
  public static double[] apply(double[] m, double x, double y) {
    return new double[] {m[0] * x + m[1] * y, m[2] * x + m[3] * y};
  }

  /**
   * The image of the line through (px, py) with direction (dx, dy) as {a, b, c} of a x + b y = c,
   * or null when the image is a single point (the direction maps to 0).
   */
  public static double[] imageLine(double[] m, double px, double py, double dx, double dy) {
    double[] p = apply(m, px, py);
    double[] d = apply(m, dx, dy);
    if (Math.abs(d[0]) < 1e-12 && Math.abs(d[1]) < 1e-12) {
      return null;
    }
    return new double[] {d[1], -d[0], d[1] * p[0] - d[0] * p[1]};
  }

  /** The image of a polygon {x1, y1, x2, y2, ...}. */
  public static double[] imageOf(double[] m, double[] polygon) {
    double[] out = new double[polygon.length];
    for (int i = 0; i < polygon.length; i += 2) {
      double[] q = apply(m, polygon[i], polygon[i + 1]);
      out[i] = q[0];
      out[i + 1] = q[1];
    }
    return out;
  }

  /** Signed area of a polygon (shoelace): positive when its vertices turn counter-clockwise. */
  public static double signedArea(double[] polygon) {
    double s = 0;
    int n = polygon.length;
    for (int i = 0; i < n; i += 2) {
      int j = (i + 2) % n;
      s += polygon[i] * polygon[j + 1] - polygon[j] * polygon[i + 1];
    }
    return s / 2;
  }

  private static void appendLine(StringBuilder sb, Viewport v, double[] line) {
    if (line == null) {
      return;
    }
    double[] seg = v.clip(line[0], line[1], line[2]);
    if (seg == null) {
      return;
    }
    sb.append('M')
        .append(Num.short2(v.toSvgX(seg[0])))
        .append(' ')
        .append(Num.short2(v.toSvgY(seg[1])))
        .append('L')
        .append(Num.short2(v.toSvgX(seg[2])))
        .append(' ')
        .append(Num.short2(v.toSvgY(seg[3])));
  }

  private static String points(Viewport v, double[] poly) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < poly.length; i += 2) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(Num.short2(v.toSvgX(poly[i])))
          .append(',')
          .append(Num.short2(v.toSvgY(poly[i + 1])));
    }
    return sb.toString();
  }
}
