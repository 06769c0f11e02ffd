package org.mathforml.mathlib.optimize;

import java.util.ArrayList;
import org.mathforml.mathlib.optimize.internal.Dense;
import org.mathforml.mathlib.optimize.internal.DoubleList;
import org.mathforml.mathlib.optimize.internal.Residuals;
import org.mathforml.mathlib.optimize.internal.SmallSolver;

/**
 * Gauss-Newton for non-linear least squares, minimising C(p) = 1/2 |r(p)|^2: each step solves the
 * normal equations J^T J d = -J^T r and sets p_{k+1} = p_k + d (Nocedal and Wright, Numerical
 * Optimization, 2nd ed., section 10.3). Undamped, so it may overshoot far from the solution; {@link
 * LevenbergMarquardt} is the robust choice.
 *
 * <p>With tolerance tol it stops with the first of {@link StopReason#DIVERGED} (non-finite
 * residuals or Jacobian), {@link StopReason#GRADIENT_TOLERANCE} (|J^T r| &lt;= tol), {@link
 * StopReason#VALUE_TOLERANCE} (|C_{k-1} - C_k| &lt;= tol C_{k-1}), {@link
 * StopReason#STEP_TOLERANCE} (|d| &lt;= tol (1 + |p|)), {@link StopReason#MAX_ITERATIONS}, or
 * {@link StopReason#SINGULAR} (J^T J singular: J has dependent columns).
 */
public final class GaussNewton {

  /** Default tolerance. */
  public static final double DEFAULT_TOLERANCE = 1e-10;

  /** Default iteration budget. */
  public static final int DEFAULT_MAX_ITERATIONS = 100;

  private final double tolerance;
  private final int maxIterations;

  private GaussNewton(double tolerance, int maxIterations) {
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  /**
   * Gauss-Newton with the given tolerance and iteration budget.
   *
   * @throws IllegalArgumentException unless tolerance &gt;= 0 and maxIterations &gt;= 0
   */
  public static GaussNewton of(double tolerance, int maxIterations) {
    LevenbergMarquardt.checkSettings(tolerance, maxIterations);
    return new GaussNewton(tolerance, maxIterations);
  }

  /** Gauss-Newton with {@link #DEFAULT_TOLERANCE} and {@link #DEFAULT_MAX_ITERATIONS}. */
  public static GaussNewton withDefaults() {
    return new GaussNewton(DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
  }

  /**
   * Fits the parameters from p0 (not modified).
   *
   * @throws IllegalArgumentException if p0 is empty or not finite, or the Jacobian has the wrong
   *     shape
   */
  public LeastSquaresResult fit(VectorFunction residuals, double[] p0) {
    LevenbergMarquardt.checkStart(p0);
    int n = p0.length;
    ArrayList<double[]> ps = new ArrayList<>();
    DoubleList costs = new DoubleList();
    double[] p = p0.clone();
    double[] d = null;
    int evaluations = 0;
    for (int k = 0; ; k++) {
      double[] r = residuals.value(p);
      evaluations++;
      double[][] j = residuals.jacobian(p);
      Residuals.checkShape(j, r.length, n);
      double cost = Residuals.halfSquaredNorm(r);
      ps.add(p.clone());
      costs.add(cost);
      StopReason stop = null;
      double[] g = Dense.transposeTimes(j, r, n);
      if (!Dense.allFinite(r) || !Dense.allFinite(j) || !Dense.allFinite(p)) {
        stop = StopReason.DIVERGED;
      } else if (Dense.norm(g) <= tolerance) {
        stop = StopReason.GRADIENT_TOLERANCE;
      } else if (k > 0 && Math.abs(costs.get(k - 1) - cost) <= tolerance * costs.get(k - 1)) {
        stop = StopReason.VALUE_TOLERANCE;
      } else if (k > 0 && Dense.norm(d) <= tolerance * (1 + Dense.norm(p))) {
        stop = StopReason.STEP_TOLERANCE;
      } else if (k == maxIterations) {
        stop = StopReason.MAX_ITERATIONS;
      } else {
        SmallSolver solve = SmallSolver.solveSymmetric(Dense.gram(j, n), Residuals.negate(g));
        if (solve.status() != SmallSolver.Status.OK) {
          // J^T J is positive semidefinite, so a failed Cholesky means (numerically) singular.
          stop = StopReason.SINGULAR;
        }
        d = solve.solution();
      }
      if (stop != null) {
        return new LeastSquaresResult(ps, costs, new DoubleList(), evaluations, stop);
      }
      p = Residuals.plus(p, d);
    }
  }
}
