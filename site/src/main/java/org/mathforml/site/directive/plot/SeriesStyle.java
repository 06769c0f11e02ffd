package org.mathforml.site.directive.plot;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * How one series looks, so that series differ by more than colour (WCAG 1.4.1): lines, curves and
 * segments get the next dash pattern, points the next marker shape. Five dash patterns against four
 * colours repeat together only after twenty series.
 */
final class SeriesStyle {

  static final float LINE_WIDTH = 2f;
  static final double MARKER_RADIUS = 4.5;

  private static final String[] DASH_NAMES = {"solid", "dashed", "dotted", "dash-dot", "long-dash"};
  private static final float[][] DASHES = {null, {8, 4}, {0.1f, 4.5f}, {9, 3, 2, 3}, {14, 5}};
  private static final String[] MARKER_NAMES = {"circle", "square", "triangle", "diamond"};

  private SeriesStyle() {}

  /** Returns the stroke of the {@code index}-th line, curve or segment (0-based). */
  static BasicStroke stroke(int index) {
    float[] dash = DASHES[index % DASHES.length];
    if (dash == null) {
      return new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    }
    int cap = dash[0] < 1 ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT;
    return new BasicStroke(LINE_WIDTH, cap, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }

  /** Returns the dash pattern's name, for the description and tests. */
  static String dashName(int index) {
    return DASH_NAMES[index % DASH_NAMES.length];
  }

  /** Returns the marker of the {@code index}-th point (0-based) centred at (x, y). */
  static Shape marker(int index, double x, double y) {
    double r = MARKER_RADIUS;
    switch (index % MARKER_NAMES.length) {
      case 0:
        return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
      case 1:
        double half = r * 0.85;
        return new Rectangle2D.Double(x - half, y - half, 2 * half, 2 * half);
      case 2:
        Path2D triangle = new Path2D.Double();
        triangle.moveTo(x, y - r * 1.2);
        triangle.lineTo(x + r * 1.1, y + r * 0.8);
        triangle.lineTo(x - r * 1.1, y + r * 0.8);
        triangle.closePath();
        return triangle;
      default:
        Path2D diamond = new Path2D.Double();
        diamond.moveTo(x, y - r * 1.25);
        diamond.lineTo(x + r * 1.25, y);
        diamond.lineTo(x, y + r * 1.25);
        diamond.lineTo(x - r * 1.25, y);
        diamond.closePath();
        return diamond;
    }
  }

  /** Returns the marker's name, for the description and tests. */
  static String markerName(int index) {
    return MARKER_NAMES[index % MARKER_NAMES.length];
  }
}
