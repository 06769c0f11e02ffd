package org.mathforml.applets.components;

/**
 * The visible window xmin..xmax by ymin..ymax of a coordinate plane and its mapping to SVG user
 * units: {@link #WIDTH} units wide, height chosen so one x unit and one y unit have the same length
 * (angles on screen are true angles). Plain Java: tested on the JVM.
 */
public final class Viewport {

  /** Width of the SVG viewBox in user units. */
  public static final double WIDTH = 400;

  private final double xmin;
  private final double xmax;
  private final double ymin;
  private final double ymax;
  private final double scale;

  public Viewport(double xmin, double xmax, double ymin, double ymax) {
    if (!(xmin < xmax) || !(ymin < ymax)) {
      throw new IllegalArgumentException("empty viewport");
    }
    this.xmin = xmin;
    this.xmax = xmax;
    this.ymin = ymin;
    this.ymax = ymax;
    this.scale = WIDTH / (xmax - xmin);
  }

  public double xmin() {
    return xmin;
  }

  public double xmax() {
    return xmax;
  }

  public double ymin() {
    return ymin;
  }

  public double ymax() {
    return ymax;
  }

  /** Height of the viewBox in user units. */
  public double height() {
    return (ymax - ymin) * scale;
  }

  /** SVG user units per plane unit. */
  public double scale() {
    return scale;
  }

  public double toSvgX(double x) {
    return (x - xmin) * scale;
  }

  public double toSvgY(double y) {
    return (ymax - y) * scale;
  }

  public double fromSvgX(double sx) {
    return xmin + sx / scale;
  }

  public double fromSvgY(double sy) {
    return ymax - sy / scale;
  }

  public boolean contains(double x, double y) {
    return x >= xmin && x <= xmax && y >= ymin && y <= ymax;
  }

  /** The same window moved by (dx, dy) plane units. */
  public Viewport panned(double dx, double dy) {
    return new Viewport(xmin + dx, xmax + dx, ymin + dy, ymax + dy);
  }

  /**
   * The window zoomed by factor (above 1 zooms in) about the plane point (cx, cy), which stays
   * where it is on screen. The aspect ratio, and so the SVG height, is unchanged.
   */
  public Viewport zoomed(double factor, double cx, double cy) {
    if (!(factor > 0)) {
      throw new IllegalArgumentException("zoom factor must be positive");
    }
    return new Viewport(
        cx + (xmin - cx) / factor,
        cx + (xmax - cx) / factor,
        cy + (ymin - cy) / factor,
        cy + (ymax - cy) / factor);
  }

  /** Width of the window in plane units. */
  public double width() {
    return xmax - xmin;
  }

  /** v rounded to the nearest multiple of step. */
  public static double snap(double v, double step) {
    return Math.round(v / step) * step;
  }

  /** v clamped to [lo, hi]. */
  public static double clamp(double v, double lo, double hi) {
    return v < lo ? lo : v > hi ? hi : v;
  }

  /**
   * The part of the line a*x + b*y = c inside the window, as {x1, y1, x2, y2} in plane units,
   * ordered left to right (bottom to top when vertical), or null when the line misses the window,
   * only touches a corner, or a = b = 0.
   */
  public double[] clip(double a, double b, double c) {
    double[] pts = new double[8];
    int n = 0;
    if (b != 0) {
      for (double x : new double[] {xmin, xmax}) {
        double y = (c - a * x) / b;
        if (y >= ymin && y <= ymax) {
          pts[n++] = x;
          pts[n++] = y;
        }
      }
    }
    if (a != 0) {
      for (double y : new double[] {ymin, ymax}) {
        double x = (c - b * y) / a;
        if (x >= xmin && x <= xmax) {
          pts[n++] = x;
          pts[n++] = y;
        }
      }
    }
    if (n < 4) {
      return null;
    }
    // Pick the two points farthest apart (corners can appear twice).
    double best = -1;
    double[] out = null;
    for (int i = 0; i < n; i += 2) {
      for (int j = i + 2; j < n; j += 2) {
        double dx = pts[i] - pts[j];
        double dy = pts[i + 1] - pts[j + 1];
        double d = dx * dx + dy * dy;
        if (d > best) {
          best = d;
          out = new double[] {pts[i], pts[i + 1], pts[j], pts[j + 1]};
        }
      }
    }
    if (best <= 0) {
      return null;
    }
    if (out[2] < out[0] || out[2] == out[0] && out[3] < out[1]) {
      out = new double[] {out[2], out[3], out[0], out[1]};
    }
    return out;
  }

  /** A "nice" grid step (1, 2 or 5 times a power of ten) giving about 12 cells across. */
  public double gridStep() {
    double raw = Math.max(xmax - xmin, ymax - ymin) / 12;
    double p = 1;
    while (p * 10 <= raw) {
      p *= 10;
    }
    while (p > raw) {
      p /= 10;
    }
    double[] mult = {1, 2, 5, 10};
    for (double m : mult) {
      if (p * m >= raw * 0.999) {
        return p * m;
      }
    }
    return p * 10;
  }
}
