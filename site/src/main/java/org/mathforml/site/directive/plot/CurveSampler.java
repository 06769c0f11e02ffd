package org.mathforml.site.directive.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns y = f(x) into polylines in SVG pixels: samples twice per pixel column, breaks the curve
 * where f is undefined or non-finite (sqrt(x) for x &lt; 0, 1/x at 0) or runs far out of the plot
 * (beyond one plot height above or below it: the poles of 1/x and tan x), finds each break by
 * bisection so curves reach the edge of the plot or their end point, and drops points that lie
 * within {@value #TOLERANCE} px of a straight run (Ramer-Douglas-Peucker).
 */
final class CurveSampler {

  static final double SAMPLES_PER_PIXEL = 2;
  static final double TOLERANCE = 0.1;
  private static final int BISECTIONS = 40;

  private final PlotElement.FunctionGraph graph;
  private final Layout layout;
  private final double bandTop;
  private final double bandBottom;

  private CurveSampler(PlotElement.FunctionGraph graph, Layout layout) {
    this.graph = graph;
    this.layout = layout;
    this.bandTop = layout.top - layout.plotHeight;
    this.bandBottom = layout.bottom() + layout.plotHeight;
  }

  /** Returns whether f has a finite value inside the ranges at any of 1001 sample points. */
  static boolean entersPlot(
      PlotElement.FunctionGraph graph, double xMin, double xMax, double yMin, double yMax) {
    int n = 1000;
    for (int i = 0; i <= n; i++) {
      double y = graph.valueAt(xMin + (xMax - xMin) * i / n);
      if (y >= yMin && y <= yMax) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the curve's unbroken runs, each as x0, y0, x1, y1, ... in SVG pixels; runs of fewer
   * than two points are dropped.
   */
  static List<double[]> polylines(PlotElement.FunctionGraph graph, Layout layout) {
    return new CurveSampler(graph, layout).sample();
  }

  private List<double[]> sample() {
    int n = (int) Math.ceil(layout.plotWidth * SAMPLES_PER_PIXEL);
    List<double[]> runs = new ArrayList<>();
    List<double[]> run = new ArrayList<>();
    double previousX = Double.NaN;
    double previousPy = Double.NaN; // NaN when the previous sample was "bad"
    for (int i = 0; i <= n; i++) {
      double x = layout.xMin + (layout.xMax - layout.xMin) * i / n;
      double py = pixelY(x);
      boolean good = !Double.isNaN(py);
      boolean wasGood = i > 0 && !Double.isNaN(previousPy);
      if (i > 0 && good != wasGood) {
        // Entering or leaving: find the boundary so the curve does not stop short.
        double edge = boundary(wasGood ? previousX : x, wasGood ? x : previousX);
        run.add(new double[] {layout.px(edge), pixelY(edge)});
        if (wasGood) {
          finish(run, runs);
          run = new ArrayList<>();
        }
      } else if (good && wasGood && crossesPlot(previousPy, py)) {
        finish(run, runs); // a pole between two samples, e.g. tan x near pi/2
        run = new ArrayList<>();
      }
      if (good) {
        run.add(new double[] {layout.px(x), py});
      }
      previousX = x;
      previousPy = py;
    }
    finish(run, runs);
    return runs;
  }

  /** Returns the SVG y of f(x), or NaN if f(x) is not finite or lies outside the band. */
  private double pixelY(double x) {
    double y = graph.valueAt(x);
    if (!Double.isFinite(y)) {
      return Double.NaN;
    }
    double py = layout.py(y);
    return py >= bandTop && py <= bandBottom ? py : Double.NaN;
  }

  /** Jumping from above the plot area to below it (or back) between neighbouring samples. */
  private boolean crossesPlot(double py1, double py2) {
    double top = layout.top;
    double bottom = layout.bottom();
    return py1 < top && py2 > bottom || py1 > bottom && py2 < top;
  }

  /** Bisects for the last good x between a good {@code inside} and a bad {@code outside}. */
  private double boundary(double inside, double outside) {
    for (int i = 0; i < BISECTIONS; i++) {
      double middle = (inside + outside) / 2;
      if (Double.isNaN(pixelY(middle))) {
        outside = middle;
      } else {
        inside = middle;
      }
    }
    return inside;
  }

  private static void finish(List<double[]> run, List<double[]> runs) {
    if (run.size() < 2) {
      return;
    }
    boolean[] keep = new boolean[run.size()];
    keep[0] = true;
    keep[run.size() - 1] = true;
    simplify(run, 0, run.size() - 1, keep);
    int kept = 0;
    for (boolean k : keep) {
      kept += k ? 1 : 0;
    }
    double[] flat = new double[2 * kept];
    int j = 0;
    for (int i = 0; i < run.size(); i++) {
      if (keep[i]) {
        flat[j++] = run.get(i)[0];
        flat[j++] = run.get(i)[1];
      }
    }
    runs.add(flat);
  }

  /** Ramer-Douglas-Peucker (1972/1973): keep the farthest point if it is off the chord. */
  private static void simplify(List<double[]> run, int from, int to, boolean[] keep) {
    if (to - from < 2) {
      return;
    }
    double[] a = run.get(from);
    double[] b = run.get(to);
    double dx = b[0] - a[0];
    double dy = b[1] - a[1];
    double length = Math.hypot(dx, dy);
    int farthest = -1;
    double distance = TOLERANCE;
    for (int i = from + 1; i < to; i++) {
      double[] p = run.get(i);
      double d =
          length == 0
              ? Math.hypot(p[0] - a[0], p[1] - a[1])
              : Math.abs(dx * (a[1] - p[1]) - dy * (a[0] - p[0])) / length;
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = true;
      simplify(run, from, farthest, keep);
      simplify(run, farthest, to, keep);
    }
  }
}
