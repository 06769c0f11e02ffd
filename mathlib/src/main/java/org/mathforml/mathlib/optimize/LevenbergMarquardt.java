package org.mathforml.mathlib.optimize;

import java.util.ArrayList;
import org.mathforml.mathlib.optimize.internal.Dense;
import org.mathforml.mathlib.optimize.internal.DoubleList;
import org.mathforml.mathlib.optimize.internal.Residuals;
import org.mathforml.mathlib.optimize.internal.SmallSolver;

/**
 * Levenberg-Marquardt for non-linear least squares, minimising C(p) = 1/2 |r(p)|^2. Each trial step
 * solves the damped normal equations
 *
 * <pre>
 *   (J^T J + lambda D) d = -J^T r,   D = diag(J^T J)
 * </pre>
 *
 * and is accepted only if it lowers C; then lambda := lambda / nu, otherwise lambda := lambda nu
 * and the step is recomputed (Marquardt 1963, "An algorithm for least-squares estimation of
 * nonlinear parameters", SIAM J. Appl. Math. 11(2), with nu = 10; Nocedal and Wright, Numerical
 * Optimization, 2nd ed., section 10.3, reads lambda as the dual of a trust region radius). Small
 * lambda gives the Gauss-Newton step, large lambda a short step along the scaled steepest-descent
 * direction, so the cost never increases.
 *
 * <p>Stops like {@link GaussNewton}: {@link StopReason#DIVERGED}, {@link
 * StopReason#GRADIENT_TOLERANCE} (|J^T r| &lt;= tol), {@link StopReason#VALUE_TOLERANCE} (an
 * accepted step lowered C by at most tol C), {@link StopReason#STEP_TOLERANCE} (a trial step |d|
 * &lt;= tol (1 + |p|), whether or not it was accepted), and {@link StopReason#MAX_ITERATIONS} (the
 * budget of accepted steps, or lambda above 1e30 without any decrease).
 */
public final class LevenbergMarquardt {

  /** Default tolerance. */
  public static final double DEFAULT_TOLERANCE = 1e-10;

  /** Default budget of accepted steps. */
  public static final int DEFAULT_MAX_ITERATIONS = 200;

  /** Default initial damping (Marquardt 1963 suggests 10^-2; MINPACK users often 10^-3). */
  public static final double DEFAULT_INITIAL_LAMBDA = 1e-3;

  private static final double NU = 10;
  private static final double MAX_LAMBDA = 1e30;

  private final double tolerance;
  private final int maxIterations;
  private final double initialLambda;

  private LevenbergMarquardt(double tolerance, int maxIterations, double initialLambda) {
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
    this.initialLambda = initialLambda;
  }

  /**
   * Levenberg-Marquardt with the given tolerance, budget and {@link #DEFAULT_INITIAL_LAMBDA}.
   *
   * @throws IllegalArgumentException unless tolerance &gt;= 0 and maxIterations &gt;= 0
   */
  public static LevenbergMarquardt of(double tolerance, int maxIterations) {
    checkSettings(tolerance, maxIterations);
    return new LevenbergMarquardt(tolerance, maxIterations, DEFAULT_INITIAL_LAMBDA);
  }

  /** Levenberg-Marquardt with the default settings. */
  public static LevenbergMarquardt withDefaults() {
    return of(DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
  }

  /** Returns a copy starting from damping lambda0 &gt; 0. */
  public LevenbergMarquardt withInitialLambda(double lambda0) {
    if (!(lambda0 > 0) || Double.isInfinite(lambda0)) {
      throw new IllegalArgumentException("initial lambda must be finite and > 0, got " + lambda0);
    }
    return new LevenbergMarquardt(tolerance, maxIterations, lambda0);
  }

  /**
   * Fits the parameters from p0 (not modified).
   *
   * @throws IllegalArgumentException if p0 is empty or not finite, or the Jacobian has the wrong
   *     shape
   */
  public LeastSquaresResult fit(VectorFunction residuals, double[] p0) {
    checkStart(p0);
    int n = p0.length;
    ArrayList<double[]> ps = new ArrayList<>();
    DoubleList costs = new DoubleList();
    DoubleList lambdas = new DoubleList();
    double[] p = p0.clone();
    double[] r = residuals.value(p);
    int evaluations = 1;
    double cost = Residuals.halfSquaredNorm(r);
    double lambda = initialLambda;
    ps.add(p.clone());
    costs.add(cost);
    if (!Dense.allFinite(r)) {
      return new LeastSquaresResult(ps, costs, lambdas, evaluations, StopReason.DIVERGED);
    }
    for (int k = 0; ; k++) {
      double[][] j = residuals.jacobian(p);
      Residuals.checkShape(j, r.length, n);
      if (!Dense.allFinite(j)) {
        return new LeastSquaresResult(ps, costs, lambdas, evaluations, StopReason.DIVERGED);
      }
      double[] g = Dense.transposeTimes(j, r, n);
      if (Dense.norm(g) <= tolerance) {
        return new LeastSquaresResult(
            ps, costs, lambdas, evaluations, StopReason.GRADIENT_TOLERANCE);
      }
      if (k == maxIterations) {
        return new LeastSquaresResult(ps, costs, lambdas, evaluations, StopReason.MAX_ITERATIONS);
      }
      double[][] a = Dense.gram(j, n);
      double maxDiag = 0;
      for (int i = 0; i < n; i++) {
        maxDiag = Math.max(maxDiag, a[i][i]);
      }
      double[] minusG = Residuals.negate(g);
      while (true) {
        double[][] m = Dense.copy(a);
        for (int i = 0; i < n; i++) {
          // A zero column of J would leave D singular; floor it relative to the largest.
          m[i][i] += lambda * Math.max(a[i][i], 1e-12 * maxDiag);
        }
        SmallSolver solve = SmallSolver.solveSymmetric(m, minusG);
        if (solve.status() == SmallSolver.Status.OK) {
          double[] d = solve.solution();
          double[] trial = Residuals.plus(p, d);
          double[] rTrial = residuals.value(trial);
          evaluations++;
          double costTrial = Residuals.halfSquaredNorm(rTrial);
          boolean small = Dense.norm(d) <= tolerance * (1 + Dense.norm(p));
          if (GradientDescent.finite(costTrial) && costTrial < cost) {
            double decrease = cost - costTrial;
            lambdas.add(lambda);
            p = trial;
            r = rTrial;
            ps.add(p.clone());
            costs.add(costTrial);
            lambda = Math.max(lambda / NU, 1e-300);
            StopReason stop =
                decrease <= tolerance * cost
                    ? StopReason.VALUE_TOLERANCE
                    : small ? StopReason.STEP_TOLERANCE : null;
            cost = costTrial;
            if (stop != null) {
              return new LeastSquaresResult(ps, costs, lambdas, evaluations, stop);
            }
            break;
          }
          if (small) {
            return new LeastSquaresResult(
                ps, costs, lambdas, evaluations, StopReason.STEP_TOLERANCE);
          }
        }
        lambda *= NU;
        if (lambda > MAX_LAMBDA) {
          return new LeastSquaresResult(ps, costs, lambdas, evaluations, StopReason.MAX_ITERATIONS);
        }
      }
    }
  }

  static void checkSettings(double tolerance, int maxIterations) {
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("tolerance must be finite and >= 0, got " + tolerance);
    }
    if (maxIterations < 0) {
      throw new IllegalArgumentException("max iterations must be >= 0, got " + maxIterations);
    }
  }

  static void checkStart(double[] p0) {
    if (p0.length == 0 || !Dense.allFinite(p0)) {
      throw new IllegalArgumentException("start must be a non-empty finite point");
    }
  }
}
