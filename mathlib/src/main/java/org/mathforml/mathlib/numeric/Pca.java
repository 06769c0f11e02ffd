package org.mathforml.mathlib.numeric;

import org.mathforml.mathlib.numeric.internal.Dense;

/**
 * Principal component analysis of a data table (rows = observations, columns = features): centre
 * each column, form the sample covariance C = X_c^T X_c / (n - 1), and take its eigenvectors
 * ({@link SymmetricEigen}, cyclic Jacobi) as the components, sorted by decreasing variance (I. T.
 * Jolliffe, <i>Principal Component Analysis</i>, 2nd ed., 2002, ch. 1).
 *
 * <p>Sign convention: each component is a unit vector whose largest-magnitude entry is positive
 * (the first such entry on exact ties), so results are reproducible. Explained variance i is
 * eigenvalue i of C (tiny negative rounding clamped to 0); the ratio divides by their sum and is
 * NaN when every observation is the same (no variance).
 */
public final class Pca {

  private final int n;
  private final int p;
  private final double[] mean;
  private final double[] centred; // n x p
  private final Matrix covariance;
  private final SymmetricEigen eigen;
  private final double[] variance;

  private Pca(
      int n,
      int p,
      double[] mean,
      double[] centred,
      Matrix covariance,
      SymmetricEigen eigen,
      double[] variance) {
    this.n = n;
    this.p = p;
    this.mean = mean;
    this.centred = centred;
    this.covariance = covariance;
    this.eigen = eigen;
    this.variance = variance;
  }

  /**
   * Analyses the data.
   *
   * @throws IllegalArgumentException if there are fewer than 2 observations, rows are ragged or
   *     empty, or an entry is NaN or infinite
   */
  public static Pca of(double[][] data) {
    Matrix x = Matrix.of(data);
    int n = x.rows();
    int p = x.cols();
    if (n < 2) {
      throw new IllegalArgumentException("PCA needs at least 2 observations, got " + n);
    }
    double[] d = x.data();
    double[] mean = new double[p];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        mean[j] += d[i * p + j];
      }
    }
    for (int j = 0; j < p; j++) {
      mean[j] /= n;
    }
    double[] c = new double[n * p];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        c[i * p + j] = d[i * p + j] - mean[j];
      }
    }
    double[] cov = Dense.gram(c, n, p);
    for (int i = 0; i < cov.length; i++) {
      cov[i] /= n - 1;
    }
    Matrix covariance = Matrix.wrap(p, p, cov);
    SymmetricEigen eigen = SymmetricEigen.of(covariance);
    double[] variance = eigen.eigenvalues();
    for (int i = 0; i < p; i++) {
      variance[i] = Math.max(0, variance[i]);
    }
    return new Pca(n, p, mean, c, covariance, eigen, variance);
  }

  /** Column means. */
  public Vector mean() {
    return Vector.wrap(mean.clone());
  }

  /** Sample covariance matrix (divisor n - 1). */
  public Matrix covariance() {
    return covariance;
  }

  /** Number of features (and of components). */
  public int dimension() {
    return p;
  }

  /** Component i (unit vector; 0 = most variance). */
  public Vector component(int i) {
    return eigen.eigenvector(i);
  }

  /** Variance along each component, decreasing. */
  public double[] explainedVariance() {
    return variance.clone();
  }

  /** explainedVariance / total variance (NaN if the total is 0). */
  public double[] explainedVarianceRatio() {
    double total = 0;
    for (double v : variance) {
      total += v;
    }
    double[] r = new double[p];
    for (int i = 0; i < p; i++) {
      r[i] = total == 0 ? Double.NaN : variance[i] / total;
    }
    return r;
  }

  /** Scores: the centred data in the first k components, n x k (row i = observation i). */
  public Matrix project(int k) {
    requireK(k);
    return Matrix.wrap(n, k, Dense.multiply(centred, componentMatrix(k), n, p, k));
  }

  /** The data rebuilt from k components: scores W_k^T + mean (exact for k = dimension). */
  public Matrix reconstruct(int k) {
    double[] scores = project(k).data();
    double[] wt = Dense.transpose(componentMatrix(k), p, k);
    double[] r = Dense.multiply(scores, wt, n, k, p);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        r[i * p + j] += mean[j];
      }
    }
    return Matrix.wrap(n, p, r);
  }

  private double[] componentMatrix(int k) {
    double[] w = new double[p * k];
    for (int j = 0; j < k; j++) {
      Vector c = eigen.eigenvector(j);
      for (int i = 0; i < p; i++) {
        w[i * k + j] = c.get(i);
      }
    }
    return w;
  }

  private void requireK(int k) {
    if (k < 1 || k > p) {
      throw new IllegalArgumentException("k must be in 1.." + p + ", got " + k);
    }
  }
}
