package org.mathforml.applets.components;

/**
 * The cube [-r, r]^3 seen from a turning viewpoint: where a plane a x + b y + c z = d cuts the cube
 * (a convex polygon) and how 3-D points project to SVG units. z points up on screen; the view turns
 * by {@code angle} degrees about the z axis and looks down by an elevation of 20 degrees unless
 * told otherwise ({@link #setElevation}, kept within 0..80). Shared by the 3-D applets ({@code
 * three-planes}, {@code span-3d}); turned by {@link Turner}. Plain Java: tested on the JVM.
 */
public final class Box3D {

  /** Width and height of the square viewBox. */
  public static final double SIZE = 400;

  /** Elevation limits in degrees: from level with the box to almost straight down. */
  public static final double MIN_ELEVATION = 0;

  public static final double MAX_ELEVATION = 80;

  public static final double DEFAULT_ELEVATION = 20;

  private final double r;
  private final double scale;
  private double cos;
  private double sin;
  private double angle;
  private double elevation;
  private double cosElevation;
  private double sinElevation;

  public Box3D(double halfWidth, double angleDegrees) {
    this.r = halfWidth;
    // The cube's projection spans at most 2 sqrt 3 r at any angle and elevation (its diagonal);
    // leave a margin for labels.
    this.scale = SIZE / (r * 2 * Math.sqrt(3) * 1.05);
    setAngle(angleDegrees);
    setElevation(DEFAULT_ELEVATION);
  }

  /** Sets how far the view looks down, in degrees, clamped to MIN_ELEVATION..MAX_ELEVATION. */
  public void setElevation(double degrees) {
    elevation = Math.max(MIN_ELEVATION, Math.min(MAX_ELEVATION, degrees));
    double t = Math.toRadians(elevation);
    cosElevation = Math.cos(t);
    sinElevation = Math.sin(t);
  }

  public double elevation() {
    return elevation;
  }

  public double angle() {
    return angle;
  }

  /** Wraps degrees into -180..180. */
  public static double wrap(double degrees) {
    double d = degrees % 360;
    if (d > 180) {
      d -= 360;
    } else if (d < -180) {
      d += 360;
    }
    return d;
  }

  public void setAngle(double degrees) {
    angle = degrees;
    double t = Math.toRadians(degrees);
    cos = Math.cos(t);
    sin = Math.sin(t);
  }

  public double halfWidth() {
    return r;
  }

  /** {sx, sy} in viewBox units for the 3-D point (x, y, z). */
  public double[] project(double x, double y, double z) {
    double across = x * cos - y * sin;
    double depth = x * sin + y * cos;
    double up = z * cosElevation + depth * sinElevation;
    return new double[] {SIZE / 2 + scale * across, SIZE / 2 - scale * up};
  }

  /** The 12 cube edges as pairs of corner indices; corner i has coordinates of its bits. */
  public static final int[][] EDGES = {
    {0, 1}, {2, 3}, {4, 5}, {6, 7}, {0, 2}, {1, 3}, {4, 6}, {5, 7}, {0, 4}, {1, 5}, {2, 6}, {3, 7}
  };

  /** Corner i: bit 0 picks x = +-r, bit 1 y, bit 2 z. */
  public double[] corner(int i) {
    return new double[] {(i & 1) != 0 ? r : -r, (i & 2) != 0 ? r : -r, (i & 4) != 0 ? r : -r};
  }

  /** The projected ends {p, q} ({sx, sy} each) of cube edge i of {@link #EDGES}. */
  public double[][] edge(int i) {
    double[] p = corner(EDGES[i][0]);
    double[] q = corner(EDGES[i][1]);
    return new double[][] {project(p[0], p[1], p[2]), project(q[0], q[1], q[2])};
  }

  /** The projected ends {from, to} of axis k (0 x, 1 y, 2 z) across the box, -r to r. */
  public double[][] axis(int k) {
    double[] from = new double[3];
    double[] to = new double[3];
    from[k] = -r;
    to[k] = r;
    return new double[][] {project(from[0], from[1], from[2]), project(to[0], to[1], to[2])};
  }

  /** Where the name of an axis goes, given its projected positive end: just beyond it. */
  public static double[] axisLabel(double[] end) {
    return new double[] {end[0] + (end[0] >= SIZE / 2 ? 6 : -14), end[1] - 4};
  }

  /**
   * The polygon where the plane meets the cube, as 3-D points {x, y, z} in no particular order (at
   * most 6), or an empty array when they do not meet in an area.
   */
  public double[][] section(double a, double b, double c, double d) {
    double[][] pts = new double[12][];
    int n = 0;
    for (int[] e : EDGES) {
      double[] p = corner(e[0]);
      double[] q = corner(e[1]);
      double fp = a * p[0] + b * p[1] + c * p[2] - d;
      double fq = a * q[0] + b * q[1] + c * q[2] - d;
      if (fp == 0 && fq == 0 || fp * fq > 0) {
        continue; // edge lies in the plane (its ends are found on other edges) or misses it
      }
      double t = fp / (fp - fq);
      double[] x = {p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1]), p[2] + t * (q[2] - p[2])};
      boolean duplicate = false;
      for (int k = 0; k < n; k++) {
        if (Math.abs(pts[k][0] - x[0]) + Math.abs(pts[k][1] - x[1]) + Math.abs(pts[k][2] - x[2])
            < 1e-9 * r) {
          duplicate = true;
        }
      }
      if (!duplicate) {
        pts[n++] = x;
      }
    }
    if (n < 3) {
      return new double[0][];
    }
    double[][] out = new double[n][];
    System.arraycopy(pts, 0, out, 0, n);
    return out;
  }

  /** Projects points and orders them around their centre: an SVG polygon "points" list. */
  public String polygon(double[][] section) {
    int n = section.length;
    double[][] s = new double[n][];
    double cx = 0;
    double cy = 0;
    for (int i = 0; i < n; i++) {
      s[i] = project(section[i][0], section[i][1], section[i][2]);
      cx += s[i][0] / n;
      cy += s[i][1] / n;
    }
    double[] angle = new double[n];
    for (int i = 0; i < n; i++) {
      angle[i] = Math.atan2(s[i][1] - cy, s[i][0] - cx);
    }
    // Insertion sort by angle: n <= 6.
    for (int i = 1; i < n; i++) {
      for (int j = i; j > 0 && angle[j] < angle[j - 1]; j--) {
        double ta = angle[j];
        angle[j] = angle[j - 1];
        angle[j - 1] = ta;
        double[] tp = s[j];
        s[j] = s[j - 1];
        s[j - 1] = tp;
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(Num.short2(s[i][0])).append(',').append(Num.short2(s[i][1]));
    }
    return sb.toString();
  }
}
