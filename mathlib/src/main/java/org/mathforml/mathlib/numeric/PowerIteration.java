package org.mathforml.mathlib.numeric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.mathforml.mathlib.numeric.internal.Checks;
import org.mathforml.mathlib.numeric.internal.NullSpace;

/**
 * Power iteration for the dominant eigenpair of a square matrix: x_{k+1} = A x_k / |A x_k|, with
 * the Rayleigh quotient lambda_k = x_k . A x_k as the eigenvalue estimate (R. von Mises and H.
 * Pollaczek-Geiringer, 1929; Golub and Van Loan, <i>Matrix Computations</i>, 4th ed., 7.3.1).
 *
 * <p>It stops when the residual |A x_k - lambda_k x_k| <= tol * ||A||_F ({@link #converged()} true)
 * or after maxIterations ({@code converged()} false). The residual test, rather than a test on
 * successive estimates, is what reports failure honestly when |lambda_1| = |lambda_2| with lambda_1
 * != lambda_2 (for instance eigenvalues 1 and -1, or a complex pair): the iterates then oscillate
 * and the residual never becomes small. If A x_k = 0, x_k is an eigenvector for eigenvalue 0 and
 * the iteration stops there (converged). The history of iterates and estimates is kept for applets.
 */
public final class PowerIteration {

  /** Default residual tolerance, relative to ||A||_F. */
  public static final double DEFAULT_TOLERANCE = 1e-10;

  /** Default iteration limit. */
  public static final int DEFAULT_MAX_ITERATIONS = 1000;

  private final double eigenvalue;
  private final Vector eigenvector;
  private final boolean converged;
  private final List<Vector> vectors;
  private final double[] estimates;

  private PowerIteration(
      double eigenvalue,
      Vector eigenvector,
      boolean converged,
      List<Vector> vectors,
      double[] estimates) {
    this.eigenvalue = eigenvalue;
    this.eigenvector = eigenvector;
    this.converged = converged;
    this.vectors = vectors;
    this.estimates = estimates;
  }

  /** Runs from the start vector (1, 1, ..., 1) with the default tolerance and limit. */
  public static PowerIteration of(Matrix a) {
    double[] ones = new double[a.cols()];
    for (int i = 0; i < ones.length; i++) {
      ones[i] = 1;
    }
    return of(a, Vector.wrap(ones), DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
  }

  /**
   * Runs from the given start vector.
   *
   * @throws IllegalArgumentException if A is not square, the start is zero or of the wrong
   *     dimension, tol is not positive or maxIterations < 1
   */
  public static PowerIteration of(Matrix a, Vector start, double tol, int maxIterations) {
    a.requireSquare("power iteration");
    int n = a.rows();
    if (start.dimension() != n) {
      throw new IllegalArgumentException(
          "start vector has dimension " + start.dimension() + ", expected " + n);
    }
    if (!(tol > 0) || !Checks.isFinite(tol)) {
      throw new IllegalArgumentException("tolerance must be positive, got " + tol);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
    }
    double startNorm = start.norm();
    if (startNorm == 0) {
      throw new IllegalArgumentException("start vector must not be zero");
    }
    double limit = tol * a.frobeniusNorm();
    double[] x = start.times(1 / startNorm).toArray();
    List<Vector> vectors = new ArrayList<>();
    double[] estimates = new double[maxIterations];
    vectors.add(Vector.wrap(x.clone()));
    double lambda = 0;
    boolean converged = false;
    int k = 0;
    while (k < maxIterations) {
      double[] y = a.multiply(Vector.wrap(x)).data();
      lambda = 0;
      for (int i = 0; i < n; i++) {
        lambda += x[i] * y[i];
      }
      estimates[k++] = lambda;
      double res = 0;
      for (int i = 0; i < n; i++) {
        double r = y[i] - lambda * x[i];
        res += r * r;
      }
      double ny = Vector.norm(y);
      if (Math.sqrt(res) <= limit || ny == 0) {
        converged = true;
        break;
      }
      for (int i = 0; i < n; i++) {
        x[i] = y[i] / ny;
      }
      vectors.add(Vector.wrap(x.clone()));
    }
    double[] v = x.clone();
    NullSpace.fixSign(v);
    double[] est = new double[k];
    System.arraycopy(estimates, 0, est, 0, k);
    return new PowerIteration(
        lambda, Vector.wrap(v), converged, Collections.unmodifiableList(vectors), est);
  }

  /** Last eigenvalue estimate (Rayleigh quotient). */
  public double eigenvalue() {
    return eigenvalue;
  }

  /** Last iterate, a unit vector with its largest-magnitude component positive. */
  public Vector eigenvector() {
    return eigenvector;
  }

  /** True if the residual test passed within the iteration limit. */
  public boolean converged() {
    return converged;
  }

  /** Number of products A x computed. */
  public int iterations() {
    return estimates.length;
  }

  /** Iterates x_0 (normalised start), x_1, ... (unit vectors, signs as computed). */
  public List<Vector> vectorHistory() {
    return vectors;
  }

  /** Eigenvalue estimates lambda_0, lambda_1, ... (one per iteration). */
  public double[] eigenvalueHistory() {
    return estimates.clone();
  }
}
