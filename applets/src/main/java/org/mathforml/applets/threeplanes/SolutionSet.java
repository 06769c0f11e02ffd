package org.mathforml.applets.threeplanes;

import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.Solution;
import org.mathforml.mathlib.exact.FractionVector;
import org.mathforml.mathlib.exact.ParametricSolution;

/**
 * What three planes a_i x + b_i y + c_i z = d_i have in common, exactly: a point, a line (p + t d),
 * a whole plane, or nothing, and for nothing the reason: two of the planes are parallel (normals
 * are multiples, right-hand sides do not match), or every pair meets in a line but the three lines
 * are parallel (a "tent" or prism: rank 2 without a common point). Plain Java: tested on the JVM.
 */
final class SolutionSet {

  /** The shape of the solution set; {@code hook} is the data-set value. */
  enum Shape {
    POINT("point"),
    LINE("line"),
    PLANE("plane"),
    EMPTY("empty");

    final String hook;

    Shape(String hook) {
      this.hook = hook;
    }
  }

  private final Shape shape;
  private final ParametricSolution solution;
  private final int parallelA;
  private final int parallelB;

  private SolutionSet(Shape shape, ParametricSolution solution, int parallelA, int parallelB) {
    this.shape = shape;
    this.solution = solution;
    this.parallelA = parallelA;
    this.parallelB = parallelB;
  }

  /** Rows {a, b, c, d}; (a, b, c) of each row not all zero. */
  static SolutionSet of(Fraction[][] rows) {
    Fraction[][] a = new Fraction[3][3];
    Fraction[] d = new Fraction[3];
    for (int i = 0; i < 3; i++) {
      System.arraycopy(rows[i], 0, a[i], 0, 3);
      d[i] = rows[i][3];
    }
    ParametricSolution s = ParametricSolution.solve(FractionMatrix.of(a), FractionVector.of(d));
    if (s.kind() == Solution.Kind.UNIQUE) {
      return new SolutionSet(Shape.POINT, s, -1, -1);
    }
    if (s.kind() == Solution.Kind.INFINITE) {
      return new SolutionSet(s.directions().size() == 1 ? Shape.LINE : Shape.PLANE, s, -1, -1);
    }
    for (int i = 0; i < 3; i++) {
      for (int j = i + 1; j < 3; j++) {
        if (parallel(rows[i], rows[j]) && !samePlane(rows[i], rows[j])) {
          return new SolutionSet(Shape.EMPTY, s, i, j);
        }
      }
    }
    return new SolutionSet(Shape.EMPTY, s, -1, -1);
  }

  /** True when the normals (a, b, c) are multiples of each other (cross product zero). */
  static boolean parallel(Fraction[] p, Fraction[] q) {
    return cross(p, q, 1, 2).isZero() && cross(p, q, 2, 0).isZero() && cross(p, q, 0, 1).isZero();
  }

  private static Fraction cross(Fraction[] p, Fraction[] q, int i, int j) {
    return p[i].multiply(q[j]).subtract(p[j].multiply(q[i]));
  }

  /** For parallel normals: the same plane when the whole rows are multiples of each other. */
  private static boolean samePlane(Fraction[] p, Fraction[] q) {
    for (int i = 0; i < 4; i++) {
      for (int j = i + 1; j < 4; j++) {
        if (!cross(p, q, i, j).isZero()) {
          return false;
        }
      }
    }
    return true;
  }

  Shape shape() {
    return shape;
  }

  ParametricSolution solution() {
    return solution;
  }

  /** "parallel-planes" or "no-common-line" when empty, else "". */
  String reason() {
    if (shape != Shape.EMPTY) {
      return "";
    }
    return parallelA >= 0 ? "parallel-planes" : "no-common-line";
  }

  /** One sentence for the readout. */
  String words() {
    switch (shape) {
      case POINT:
        return "Solution set: a single point (marked), where all three planes cross.";
      case LINE:
        return "Solution set: a line, " + solution + ", shared by all three planes (drawn thick).";
      case PLANE:
        return "Solution set: a whole plane: all three equations describe the same plane "
            + "(highlighted).";
      default:
        if (parallelA >= 0) {
          return "Solution set: empty, because planes "
              + (parallelA + 1)
              + " and "
              + (parallelB + 1)
              + " are parallel and never meet.";
        }
        return "Solution set: empty: each pair of planes meets in a line, but the three lines "
            + "are parallel, so there is no common line and no common point.";
    }
  }

  /**
   * The part of the line p + t d inside the cube [-r, r]^3 as {x0, y0, z0, x1, y1, z1}, or null
   * when the line misses the cube (slab method, in doubles: for drawing only).
   */
  static double[] clip(double[] p, double[] d, double r) {
    double lo = Double.NEGATIVE_INFINITY;
    double hi = Double.POSITIVE_INFINITY;
    for (int k = 0; k < 3; k++) {
      if (d[k] == 0) {
        if (p[k] < -r || p[k] > r) {
          return null;
        }
        continue;
      }
      double t1 = (-r - p[k]) / d[k];
      double t2 = (r - p[k]) / d[k];
      lo = Math.max(lo, Math.min(t1, t2));
      hi = Math.min(hi, Math.max(t1, t2));
    }
    if (!(lo < hi)) {
      return null;
    }
    return new double[] {
      p[0] + lo * d[0], p[1] + lo * d[1], p[2] + lo * d[2],
      p[0] + hi * d[0], p[1] + hi * d[1], p[2] + hi * d[2]
    };
  }
}
