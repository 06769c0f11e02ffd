package org.mathforml.mathlib.numeric;

import org.mathforml.mathlib.numeric.internal.NullSpace;

/**
 * Shared result of the closed-form 2x2 and 3x3 eigen solvers: sorts the eigenvalues, merges those
 * that agree to within {@link #MERGE_TOLERANCE} (relative to max|a_ij|) and finds real eigenvectors
 * as null vectors of A - lambda I.
 *
 * <p>Why merge: a root of multiplicity k of the characteristic polynomial is computed only to about
 * eps^(1/k) (relative), so an exact double eigenvalue comes out as a pair split by about 1e-8,
 * possibly as a complex pair. Values within 1e-7 are therefore reported as one repeated eigenvalue
 * (their mean, which the symmetric split leaves accurate).
 */
final class SmallEigen {

  /** Eigenvalues closer than this (relative to max|a_ij|) are one repeated eigenvalue. */
  static final double MERGE_TOLERANCE = 1e-7;

  /** Pivot tolerance (relative) for the dimension of an eigenspace of a repeated eigenvalue. */
  static final double EIGENSPACE_TOLERANCE = 1e-6;

  private final Complex[] values;
  private final double[][] vectors; // null entries for complex eigenvalues
  private final boolean diagonalizable;

  /** re and im hold the n roots in any order (complex ones in conjugate pairs). */
  SmallEigen(Matrix a, double[] re, double[] im) {
    int n = re.length;
    double scale = a.maxAbs();
    double tol = MERGE_TOLERANCE * Math.max(scale, Double.MIN_NORMAL);
    for (int i = 0; i < n; i++) {
      if (im[i] != 0 && Math.abs(im[i]) <= tol) {
        im[i] = 0; // a split double root: real
      }
    }
    sort(re, im);
    // Merge clusters of real values.
    int start = 0;
    while (start < n) {
      int end = start + 1;
      while (end < n && im[start] == 0 && im[end] == 0 && re[start] - re[end] <= tol) {
        end++;
      }
      if (end - start > 1) {
        double mean = 0;
        for (int i = start; i < end; i++) {
          mean += re[i];
        }
        mean /= end - start;
        for (int i = start; i < end; i++) {
          re[i] = mean;
        }
      }
      start = end;
    }
    values = new Complex[n];
    vectors = new double[n][];
    boolean diag = true;
    double[] ad = a.data();
    for (int i = 0; i < n; i++) {
      values[i] = Complex.of(re[i], im[i]);
    }
    start = 0;
    while (start < n) {
      if (im[start] != 0) {
        diag = false;
        start++;
        continue;
      }
      int end = start + 1;
      while (end < n && im[end] == 0 && re[end] == re[start]) {
        end++;
      }
      int k = end - start;
      double[] shifted = ad.clone();
      for (int i = 0; i < n; i++) {
        shifted[i * n + i] -= re[start];
      }
      double[][] basis =
          NullSpace.basis(shifted, n, EIGENSPACE_TOLERANCE * Math.max(scale, 1e-300), 1, k);
      if (basis.length < k) {
        diag = false;
      }
      for (int i = 0; i < k; i++) {
        double[] v = basis[Math.min(i, basis.length - 1)].clone();
        if (basis.length == 1) {
          NullSpace.fixSign(v);
        }
        vectors[start + i] = v;
      }
      start = end;
    }
    diagonalizable = diag;
  }

  /** Descending real part, then descending imaginary part. */
  private static void sort(double[] re, double[] im) {
    for (int i = 1; i < re.length; i++) {
      double r = re[i];
      double m = im[i];
      int j = i - 1;
      while (j >= 0 && (re[j] < r || (re[j] == r && im[j] < m))) {
        re[j + 1] = re[j];
        im[j + 1] = im[j];
        j--;
      }
      re[j + 1] = r;
      im[j + 1] = m;
    }
  }

  Complex[] eigenvalues() {
    return values.clone();
  }

  boolean isReal() {
    for (Complex z : values) {
      if (!z.isReal()) {
        return false;
      }
    }
    return true;
  }

  boolean isDiagonalizable() {
    return diagonalizable;
  }

  Vector eigenvector(int i) {
    if (i < 0 || i >= values.length) {
      throw new IndexOutOfBoundsException("eigenvalue index " + i);
    }
    if (vectors[i] == null) {
      throw new IllegalStateException(
          "eigenvalue " + values[i] + " is complex: no real " + "eigenvector");
    }
    return Vector.wrap(vectors[i].clone());
  }
}
