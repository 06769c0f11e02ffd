package org.mathforml.mathlib.numeric.internal;

/**
 * Symmetric eigenproblem by Householder tridiagonalisation and the implicit QL algorithm: the
 * EISPACK routines tred2 and tql2 (Bowdler, Martin, Reinsch and Wilkinson, Numer. Math. 11, 1968;
 * Wilkinson and Reinsch, <i>Handbook for Automatic Computation II</i>, 1971) in the form of the
 * public-domain JAMA package, on flat row-major arrays. About 9 n^3 flops with eigenvectors,
 * against roughly 7 n^3 per sweep for cyclic Jacobi. Not API.
 */
public final class TridiagonalQl {

  /** QL iterations allowed per eigenvalue (EISPACK uses 30). */
  public static final int MAX_ITERATIONS_PER_VALUE = 30;

  private TridiagonalQl() {}

  /**
   * Replaces the symmetric n x n row-major matrix v by its eigenvector matrix (columns) and fills d
   * with the eigenvalues (unsorted). Returns false if some eigenvalue did not converge within
   * {@link #MAX_ITERATIONS_PER_VALUE} QL steps.
   */
  public static boolean decompose(double[] v, double[] d, int n) {
    double[] e = new double[n];
    tred2(v, d, e, n);
    double[] w = Dense.transpose(v, n, n); // rows of w = columns of V, for contiguous updates
    boolean ok = tql2(w, d, e, n);
    double[] t = Dense.transpose(w, n, n);
    System.arraycopy(t, 0, v, 0, n * n);
    return ok;
  }

  private static void tred2(double[] v, double[] d, double[] e, int n) {
    for (int j = 0; j < n; j++) {
      d[j] = v[(n - 1) * n + j];
    }
    for (int i = n - 1; i > 0; i--) {
      double scale = 0;
      double h = 0;
      for (int k = 0; k < i; k++) {
        scale += Math.abs(d[k]);
      }
      if (scale == 0) {
        e[i] = d[i - 1];
        for (int j = 0; j < i; j++) {
          d[j] = v[(i - 1) * n + j];
          v[i * n + j] = 0;
          v[j * n + i] = 0;
        }
      } else {
        for (int k = 0; k < i; k++) {
          d[k] /= scale;
          h += d[k] * d[k];
        }
        double f = d[i - 1];
        double g = Math.sqrt(h);
        if (f > 0) {
          g = -g;
        }
        e[i] = scale * g;
        h -= f * g;
        d[i - 1] = f - g;
        for (int j = 0; j < i; j++) {
          e[j] = 0;
        }
        for (int j = 0; j < i; j++) {
          f = d[j];
          v[j * n + i] = f;
          g = e[j] + v[j * n + j] * f;
          for (int k = j + 1; k <= i - 1; k++) {
            g += v[k * n + j] * d[k];
            e[k] += v[k * n + j] * f;
          }
          e[j] = g;
        }
        f = 0;
        for (int j = 0; j < i; j++) {
          e[j] /= h;
          f += e[j] * d[j];
        }
        double hh = f / (h + h);
        for (int j = 0; j < i; j++) {
          e[j] -= hh * d[j];
        }
        for (int j = 0; j < i; j++) {
          f = d[j];
          g = e[j];
          for (int k = j; k <= i - 1; k++) {
            v[k * n + j] -= f * e[k] + g * d[k];
          }
          d[j] = v[(i - 1) * n + j];
          v[i * n + j] = 0;
        }
      }
      d[i] = h;
    }
    for (int i = 0; i < n - 1; i++) {
      v[(n - 1) * n + i] = v[i * n + i];
      v[i * n + i] = 1;
      double h = d[i + 1];
      if (h != 0) {
        for (int k = 0; k <= i; k++) {
          d[k] = v[k * n + i + 1] / h;
        }
        for (int j = 0; j <= i; j++) {
          double g = 0;
          for (int k = 0; k <= i; k++) {
            g += v[k * n + i + 1] * v[k * n + j];
          }
          for (int k = 0; k <= i; k++) {
            v[k * n + j] -= g * d[k];
          }
        }
      }
      for (int k = 0; k <= i; k++) {
        v[k * n + i + 1] = 0;
      }
    }
    for (int j = 0; j < n; j++) {
      d[j] = v[(n - 1) * n + j];
      v[(n - 1) * n + j] = 0;
    }
    v[(n - 1) * n + n - 1] = 1;
    e[0] = 0;
  }

  private static boolean tql2(double[] w, double[] d, double[] e, int n) {
    for (int i = 1; i < n; i++) {
      e[i - 1] = e[i];
    }
    e[n - 1] = 0;
    double f = 0;
    double tst1 = 0;
    double eps = 0x1p-52;
    boolean ok = true;
    for (int l = 0; l < n; l++) {
      tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
      int m = l;
      while (m < n - 1 && Math.abs(e[m]) > eps * tst1) {
        m++;
      }
      if (m > l) {
        int iter = 0;
        do {
          if (++iter > MAX_ITERATIONS_PER_VALUE) {
            ok = false;
            break;
          }
          double g = d[l];
          double p = (d[l + 1] - g) / (2 * e[l]);
          double r = hypot(p, 1);
          if (p < 0) {
            r = -r;
          }
          d[l] = e[l] / (p + r);
          d[l + 1] = e[l] * (p + r);
          double dl1 = d[l + 1];
          double h = g - d[l];
          for (int i = l + 2; i < n; i++) {
            d[i] -= h;
          }
          f += h;
          p = d[m];
          double c = 1;
          double c2 = c;
          double c3 = c;
          double el1 = e[l + 1];
          double s = 0;
          double s2 = 0;
          for (int i = m - 1; i >= l; i--) {
            c3 = c2;
            c2 = c;
            s2 = s;
            g = c * e[i];
            h = c * p;
            r = hypot(p, e[i]);
            e[i + 1] = s * r;
            s = e[i] / r;
            c = p / r;
            p = c * d[i] - s * g;
            d[i + 1] = h + s * (c * g + s * d[i]);
            int ri = i * n;
            int rj = (i + 1) * n;
            for (int k = 0; k < n; k++) {
              double x = w[rj + k];
              w[rj + k] = s * w[ri + k] + c * x;
              w[ri + k] = c * w[ri + k] - s * x;
            }
          }
          p = -s * s2 * c3 * el1 * e[l] / dl1;
          e[l] = s * p;
          d[l] = c * p;
        } while (Math.abs(e[l]) > eps * tst1);
      }
      d[l] += f;
      e[l] = 0;
    }
    return ok;
  }

  /** sqrt(a^2 + b^2) without overflow; cheaper than Math.hypot, which is exact but slow. */
  private static double hypot(double a, double b) {
    double x = Math.abs(a);
    double y = Math.abs(b);
    if (x < y) {
      double t = x;
      x = y;
      y = t;
    }
    if (x == 0) {
      return 0;
    }
    double r = y / x;
    return x * Math.sqrt(1 + r * r);
  }
}
