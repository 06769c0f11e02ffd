package org.mathforml.site.directive.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Places a point's label beside it where it covers the least of what is already drawn.
 *
 * <p>Tries eight positions around the marker (right, above right, above, above left, left, below
 * left, below, below right; in that order of preference) and scores each text box by the length of
 * the lines and curves inside it (Liang-Barsky, see {@link Clip}), plus heavy penalties for
 * covering another marker or leaving the plot area. The lowest score wins, the earlier position on
 * ties. Deterministic: boxes come from {@link SvgText#estimateWidth}.
 */
final class LabelPlacer {

  private static final double GAP = 7;
  private static final double MARKER_PENALTY = 1000;
  private static final double OUTSIDE_PENALTY = 10_000;
  private static final double[][] DIRECTIONS = {
    {1, 0}, {1, -1}, {0, -1}, {-1, -1}, {-1, 0}, {-1, 1}, {0, 1}, {1, 1}
  };

  private final double left;
  private final double top;
  private final double right;
  private final double bottom;
  private final List<double[]> polylines = new ArrayList<>();
  private final List<double[]> markers = new ArrayList<>();

  LabelPlacer(double left, double top, double right, double bottom) {
    this.left = left;
    this.top = top;
    this.right = right;
    this.bottom = bottom;
  }

  /** Records a drawn polyline x0, y0, x1, y1, ... in SVG pixels. */
  void addPolyline(double... xy) {
    polylines.add(xy);
  }

  /** Records a marker centred at (x, y). */
  void addMarker(double x, double y) {
    markers.add(new double[] {x, y});
  }

  /** Returns {x, baseline} for a label of the given size beside the marker at (px, py). */
  double[] place(double px, double py, double width, double fontSize) {
    double ascent = fontSize * 0.75;
    double descent = fontSize * 0.25;
    double best = Double.POSITIVE_INFINITY;
    double[] result = null;
    for (double[] d : DIRECTIONS) {
      double x0 = d[0] > 0 ? px + GAP : d[0] < 0 ? px - GAP - width : px - width / 2;
      double y0 =
          d[1] < 0
              ? py - GAP - ascent - descent
              : d[1] > 0 ? py + GAP : py - (ascent + descent) / 2;
      double score = score(x0, y0, x0 + width, y0 + ascent + descent, px, py);
      if (score < best) {
        best = score;
        result = new double[] {x0, y0 + ascent};
      }
    }
    return result;
  }

  private double score(double x0, double y0, double x1, double y1, double px, double py) {
    double score = 0;
    if (x0 < left || x1 > right || y0 < top || y1 > bottom) {
      score += OUTSIDE_PENALTY;
    }
    for (double[] line : polylines) {
      for (int i = 0; i + 3 < line.length; i += 2) {
        double dx = line[i + 2] - line[i];
        double dy = line[i + 3] - line[i + 1];
        double[] t = Clip.line(line[i], line[i + 1], dx, dy, x0, x1, y0, y1, 0, 1);
        if (t != null) {
          score += (t[1] - t[0]) * Math.hypot(dx, dy);
        }
      }
    }
    double r = SeriesStyle.MARKER_RADIUS + 1;
    for (double[] m : markers) {
      boolean own = m[0] == px && m[1] == py;
      if (!own && m[0] + r > x0 && m[0] - r < x1 && m[1] + r > y0 && m[1] - r < y1) {
        score += MARKER_PENALTY;
      }
    }
    return score;
  }
}
