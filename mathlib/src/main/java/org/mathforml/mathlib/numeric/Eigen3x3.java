package org.mathforml.mathlib.numeric;

/**
 * Eigenvalues and eigenvectors of a real 3x3 matrix in closed form. With m = tr A / 3 and B = A - m
 * I (trace 0), the eigenvalues are m + t for the roots t of the depressed cubic t^3 + p t + q = 0,
 * p = -tr(B^2) / 2, q = -det B. Three real roots (discriminant (q/2)^2 + (p/3)^3 <= 0) come from
 * Viete's trigonometric formula t_k = 2 sqrt(-p/3) cos(phi/3 - 2 pi k / 3); otherwise Cardano's
 * formula gives one real root and a complex pair (see e.g. W. H. Press et al., <i>Numerical
 * Recipes</i>, 3rd ed., 5.6). Shifting by m first makes A = c I and Jordan blocks exact (p = q =
 * 0).
 *
 * <p>Ordering, eigenvector normalisation and repeated eigenvalues as in {@link Eigen2x2}.
 */
public final class Eigen3x3 {

  private final SmallEigen result;

  private Eigen3x3(SmallEigen result) {
    this.result = result;
  }

  /**
   * Decomposes a 3x3 matrix.
   *
   * @throws IllegalArgumentException if the matrix is not 3x3
   */
  public static Eigen3x3 of(Matrix a) {
    if (a.rows() != 3 || a.cols() != 3) {
      throw new IllegalArgumentException("Eigen3x3 needs a 3x3 matrix, got " + a.shape());
    }
    double m = a.trace() / 3;
    double[] b = a.data().clone();
    for (int i = 0; i < 3; i++) {
      b[i * 4] -= m;
    }
    double trB2 = 0;
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        trB2 += b[i * 3 + j] * b[j * 3 + i];
      }
    }
    double p = -trB2 / 2;
    double det =
        b[0] * (b[4] * b[8] - b[5] * b[7])
            - b[1] * (b[3] * b[8] - b[5] * b[6])
            + b[2] * (b[3] * b[7] - b[4] * b[6]);
    double q = -det;
    double[] re = new double[3];
    double[] im = new double[3];
    double halfQ = q / 2;
    double thirdP = p / 3;
    double disc = halfQ * halfQ + thirdP * thirdP * thirdP;
    if (disc <= 0) {
      double r = Math.sqrt(-thirdP);
      double cos = r == 0 ? 0 : -halfQ / (r * r * r);
      double phi = Math.acos(Math.max(-1, Math.min(1, cos)));
      for (int k = 0; k < 3; k++) {
        re[k] = m + 2 * r * Math.cos((phi - 2 * Math.PI * k) / 3);
      }
    } else {
      double s = Math.sqrt(disc);
      // Choose the sign that adds magnitudes, then v = -p / (3 u) avoids cancellation.
      double u = Math.cbrt(halfQ > 0 ? -halfQ - s : -halfQ + s);
      double v = u == 0 ? 0 : -thirdP / u;
      re[0] = m + u + v;
      re[1] = m - (u + v) / 2;
      re[2] = re[1];
      im[1] = Math.sqrt(3) / 2 * (u - v);
      im[2] = -im[1];
    }
    return new Eigen3x3(new SmallEigen(a, re, im));
  }

  /** The three eigenvalues, sorted by real part, then imaginary part, descending. */
  public Complex[] eigenvalues() {
    return result.eigenvalues();
  }

  /** True if all eigenvalues are real. */
  public boolean isReal() {
    return result.isReal();
  }

  /** True if there are three independent real eigenvectors. */
  public boolean isDiagonalizable() {
    return result.isDiagonalizable();
  }

  /**
   * Unit eigenvector for eigenvalue i.
   *
   * @throws IllegalStateException if eigenvalue i is complex
   */
  public Vector eigenvector(int i) {
    return result.eigenvector(i);
  }
}
