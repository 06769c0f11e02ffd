package org.mathforml.site.directive.check;

import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.FractionVector;
import org.mathforml.mathlib.exact.Inverse;
import org.mathforml.mathlib.numeric.Complex;
import org.mathforml.mathlib.numeric.Eigen2x2;
import org.mathforml.mathlib.numeric.Eigen3x3;
import org.mathforml.mathlib.numeric.Matrix;

/**
 * Checks about vectors and matrices as objects (week 3 and 4 of the linear-algebra course):
 * products, inverses, norms, angles, projections and eigenvalues. Exact where the answer is a
 * fraction, in doubles where it needs a square root.
 */
final class VectorClaims {
  /** The commands, as listed in messages. */
  static final String KNOWN =
      "product, inverse, transpose, power, times, add, subtract, scale, dot, norm, distance,"
          + " angle, project, eigenvalues, eigenvector";

  private VectorClaims() {}

  /** The result, or null when the command is not one of these. */
  static Computed compute(String command, String subject) {
    Operands o = Operands.read(command, subject);
    switch (command) {
      case "product":
        return Computed.matrix(product(o));
      case "inverse":
        return Computed.matrix(inverse(o.expect("m", "[A]").matrix(0)));
      case "transpose":
        return Computed.matrix(o.expect("m", "[A]").matrix(0).transpose());
      case "power":
        return Computed.matrix(power(o.expect("mn", "[A] k")));
      case "times":
        o.expect("mv", "[A] (x)");
        return Computed.vector(times(o.matrix(0), o.vector(1)));
      case "add":
        return Computed.vector(pair(o, "add").add(vector(o, 1)).toArray());
      case "subtract":
        return Computed.vector(pair(o, "subtract").subtract(vector(o, 1)).toArray());
      case "scale":
        o.expect("nv", "k (v)");
        return Computed.vector(FractionVector.of(o.vector(1)).scale(o.number(0)).toArray());
      case "dot":
        return Computed.exact(pair(o, "dot").dot(vector(o, 1)));
      case "norm":
        o.expect("v", "(v)");
        return Computed.real(norm(FractionVector.of(o.vector(0))));
      case "distance":
        return Computed.real(norm(pair(o, "distance").subtract(vector(o, 1))));
      case "angle":
        return Computed.real(angleDegrees(pair(o, "angle"), vector(o, 1)));
      case "project":
        return Computed.vector(project(pair(o, "project"), vector(o, 1)).toArray());
      case "eigenvalues":
        return eigenvalues(o.expect("m", "[A]").matrix(0));
      case "eigenvector":
        o.expect("mv", "[A] (v)");
        return Computed.exact(eigenvalueOf(o.matrix(0), o.vector(1)));
      default:
        return null;
    }
  }

  private static FractionMatrix product(Operands o) {
    if (o.count() < 2) {
      throw new IllegalArgumentException("product reads 'product [A] [B]' (two or more matrices)");
    }
    FractionMatrix result = null;
    for (int i = 0; i < o.count(); i++) {
      if (o.isVector(i)) {
        throw new IllegalArgumentException(
            "product multiplies matrices; for a matrix times a vector write 'times [A] (x)'");
      }
      FractionMatrix next = o.matrix(i);
      if (result != null && result.cols() != next.rows()) {
        throw new IllegalArgumentException(
            "matrix "
                + (i + 1)
                + " must have "
                + result.cols()
                + " rows, the columns before it, not "
                + next.rows());
      }
      result = result == null ? next : result.multiply(next);
    }
    return result;
  }

  private static FractionMatrix inverse(FractionMatrix a) {
    if (!a.isSquare()) {
      throw new IllegalArgumentException("only a square matrix can have an inverse");
    }
    Inverse inverse = Inverse.of(a);
    if (inverse.isSingular()) {
      throw new IllegalArgumentException("the matrix is singular, it has no inverse");
    }
    return inverse.inverse();
  }

  private static FractionMatrix power(Operands o) {
    FractionMatrix a = o.matrix(0);
    Fraction k = o.number(1);
    if (!a.isSquare() || !k.isInteger() || k.signum() < 0 || k.compareTo(Fraction.of(64)) > 0) {
      throw new IllegalArgumentException("power needs a square matrix and a whole k from 0 to 64");
    }
    FractionMatrix result = FractionMatrix.identity(a.rows());
    for (long i = 0; i < k.numerator(); i++) {
      result = result.multiply(a);
    }
    return result;
  }

  private static Fraction[] times(FractionMatrix a, Fraction[] x) {
    if (a.cols() != x.length) {
      throw new IllegalArgumentException(
          "the matrix has " + a.cols() + " columns but the vector " + x.length + " entries");
    }
    return a.multiply(x);
  }

  private static FractionVector pair(Operands o, String command) {
    o.expect("vv", "(u) (v)");
    FractionVector u = vector(o, 0);
    if (u.size() != o.vector(1).length) {
      throw new IllegalArgumentException(command + " needs two vectors of the same size");
    }
    return u;
  }

  private static FractionVector vector(Operands o, int i) {
    return FractionVector.of(o.vector(i));
  }

  private static double norm(FractionVector v) {
    return Math.sqrt(v.dot(v).doubleValue());
  }

  private static double angleDegrees(FractionVector u, FractionVector v) {
    if (u.isZero() || v.isZero()) {
      throw new IllegalArgumentException("a zero vector has no angle");
    }
    double cos = u.dot(v).doubleValue() / (norm(u) * norm(v));
    return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
  }

  // The projection of u onto the line of v: (u.v / v.v) v.
  private static FractionVector project(FractionVector u, FractionVector v) {
    if (v.isZero()) {
      throw new IllegalArgumentException("cannot project onto the zero vector");
    }
    return v.scale(u.dot(v).divide(v.dot(v)));
  }

  private static Computed eigenvalues(FractionMatrix a) {
    if (!a.isSquare() || a.rows() < 2 || a.rows() > 3) {
      throw new IllegalArgumentException("eigenvalues are checked for 2x2 and 3x3 matrices");
    }
    double[][] entries = new double[a.rows()][a.cols()];
    for (int r = 0; r < a.rows(); r++) {
      for (int c = 0; c < a.cols(); c++) {
        entries[r][c] = a.get(r, c).doubleValue();
      }
    }
    Matrix m = Matrix.of(entries);
    Complex[] values = a.rows() == 2 ? Eigen2x2.of(m).eigenvalues() : Eigen3x3.of(m).eigenvalues();
    double[] real = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      if (!values[i].isReal()) {
        return Computed.complex();
      }
      real[i] = values[i].re();
    }
    return Computed.reals(real);
  }

  // Av = lambda v for a non-zero v; lambda read from the first non-zero entry.
  private static Fraction eigenvalueOf(FractionMatrix a, Fraction[] v) {
    Fraction[] image = times(a, v);
    FractionVector x = FractionVector.of(v);
    if (x.isZero()) {
      throw new IllegalArgumentException("the zero vector is never an eigenvector");
    }
    int i = 0;
    while (v[i].isZero()) {
      i++;
    }
    Fraction lambda = image[i].divide(v[i]);
    if (!FractionVector.of(image).equals(x.scale(lambda))) {
      throw new IllegalArgumentException(
          "not an eigenvector: A times it is " + Computed.tuple(image) + ", not a multiple of it");
    }
    return lambda;
  }
}
