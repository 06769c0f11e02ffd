package org.mathforml.mathlib.optimize;

import java.util.ArrayList;
import org.mathforml.mathlib.optimize.internal.Dense;
import org.mathforml.mathlib.optimize.internal.DoubleList;
import org.mathforml.mathlib.optimize.internal.SmallSolver;

/**
 * Newton's method (Nocedal and Wright, Numerical Optimization, 2nd ed., sections 3.3 and 11.1;
 * Burden and Faires, Numerical Analysis, section 2.3):
 *
 * <ul>
 *   <li>root finding, x_{k+1} = x_k - f(x_k) / f'(x_k);
 *   <li>minimisation in one variable, x_{k+1} = x_k - f'(x_k) / f''(x_k);
 *   <li>minimisation in n variables, solve H(x_k) d = -grad f(x_k), x_{k+1} = x_k + d.
 * </ul>
 *
 * <p>With tolerance tol it stops with the first of: {@link StopReason#DIVERGED} (a non-finite
 * value), {@link StopReason#VALUE_TOLERANCE} (root finding, |f| &lt;= tol) or {@link
 * StopReason#GRADIENT_TOLERANCE} (minimisation, |grad f| &lt;= tol), {@link
 * StopReason#STEP_TOLERANCE} (|x_k - x_{k-1}| &lt;= tol (1 + |x_k|)), {@link
 * StopReason#MAX_ITERATIONS}; and before a step it stops with {@link StopReason#FLAT_DERIVATIVE}
 * (root finding, f' = 0 or the step overflows), {@link StopReason#SINGULAR} (f'' = 0, or a singular
 * Hessian) or {@link StopReason#NOT_POSITIVE_DEFINITE} (f'' &lt; 0, or an indefinite Hessian: the
 * step would head for a maximum or saddle). Pure Newton, no line search, so the lessons can show
 * both its quadratic convergence and its failures.
 */
public final class NewtonMethod {

  /** Default tolerance. */
  public static final double DEFAULT_TOLERANCE = 1e-12;

  /** Default iteration budget; quadratic convergence needs few when it works at all. */
  public static final int DEFAULT_MAX_ITERATIONS = 100;

  private final double tolerance;
  private final int maxIterations;

  private NewtonMethod(double tolerance, int maxIterations) {
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  /**
   * Newton's method with the given tolerance and iteration budget.
   *
   * @throws IllegalArgumentException unless tolerance &gt;= 0 and maxIterations &gt;= 0
   */
  public static NewtonMethod of(double tolerance, int maxIterations) {
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("tolerance must be finite and >= 0, got " + tolerance);
    }
    if (maxIterations < 0) {
      throw new IllegalArgumentException("max iterations must be >= 0, got " + maxIterations);
    }
    return new NewtonMethod(tolerance, maxIterations);
  }

  /** Newton's method with {@link #DEFAULT_TOLERANCE} and {@link #DEFAULT_MAX_ITERATIONS}. */
  public static NewtonMethod withDefaults() {
    return new NewtonMethod(DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
  }

  /**
   * Finds a root of f from x0. The result's values are f(x_k), its derivatives f'(x_k).
   *
   * @throws IllegalArgumentException if x0 is not finite
   */
  public ScalarResult findRoot(ScalarFunction f, double x0) {
    checkStart(x0);
    DoubleList xs = new DoubleList();
    DoubleList fs = new DoubleList();
    DoubleList ds = new DoubleList();
    double x = x0;
    for (int k = 0; ; k++) {
      double fx = f.value(x);
      double dx = f.derivative(x);
      xs.add(x);
      fs.add(fx);
      ds.add(dx);
      StopReason stop = common(k, fx, dx, xs);
      if (stop == null && Math.abs(fx) <= tolerance) {
        stop = StopReason.VALUE_TOLERANCE;
      }
      stop = stop != null ? stop : stepOrBudget(k, xs);
      double step = fx / dx;
      if (stop == null && (dx == 0 || !GradientDescent.finite(step))) {
        stop = StopReason.FLAT_DERIVATIVE;
      }
      if (stop != null) {
        return new ScalarResult(xs, fs, ds, stop);
      }
      x -= step;
    }
  }

  /**
   * Minimises f of one variable from x0. The result's values are f(x_k), its derivatives f'(x_k).
   *
   * @throws IllegalArgumentException if x0 is not finite
   */
  public ScalarResult minimize(TwiceDifferentiableScalarFunction f, double x0) {
    checkStart(x0);
    DoubleList xs = new DoubleList();
    DoubleList fs = new DoubleList();
    DoubleList ds = new DoubleList();
    double x = x0;
    for (int k = 0; ; k++) {
      double fx = f.value(x);
      double dx = f.derivative(x);
      double d2x = f.secondDerivative(x);
      xs.add(x);
      fs.add(fx);
      ds.add(dx);
      StopReason stop = common(k, fx, dx, xs);
      if (stop == null && !GradientDescent.finite(d2x)) {
        stop = StopReason.DIVERGED;
      }
      if (stop == null && Math.abs(dx) <= tolerance) {
        stop = StopReason.GRADIENT_TOLERANCE;
      }
      stop = stop != null ? stop : stepOrBudget(k, xs);
      if (stop == null && d2x <= 0) {
        stop = d2x == 0 ? StopReason.SINGULAR : StopReason.NOT_POSITIVE_DEFINITE;
      }
      if (stop == null && !GradientDescent.finite(dx / d2x)) {
        stop = StopReason.SINGULAR;
      }
      if (stop != null) {
        return new ScalarResult(xs, fs, ds, stop);
      }
      x -= dx / d2x;
    }
  }

  /**
   * Minimises f of n variables from x0 (not modified), solving H d = -g by Cholesky.
   *
   * @throws IllegalArgumentException if x0 is empty or not finite
   */
  public MultivariateResult minimize(TwiceDifferentiableMultivariateFunction f, double[] x0) {
    if (x0.length == 0 || !Dense.allFinite(x0)) {
      throw new IllegalArgumentException("start must be a non-empty finite point");
    }
    int n = x0.length;
    ArrayList<double[]> points = new ArrayList<>();
    DoubleList fs = new DoubleList();
    DoubleList gs = new DoubleList();
    double[] x = x0.clone();
    double lastStep = Double.POSITIVE_INFINITY;
    for (int k = 0; ; k++) {
      double fx = f.value(x);
      double[] g = f.gradient(x);
      double gnorm = Dense.norm(g);
      points.add(x.clone());
      fs.add(fx);
      gs.add(gnorm);
      StopReason stop = null;
      if (!GradientDescent.finite(fx) || !GradientDescent.finite(gnorm) || !Dense.allFinite(x)) {
        stop = StopReason.DIVERGED;
      } else if (gnorm <= tolerance) {
        stop = StopReason.GRADIENT_TOLERANCE;
      } else if (k > 0 && lastStep <= tolerance * (1 + Dense.norm(x))) {
        stop = StopReason.STEP_TOLERANCE;
      } else if (k == maxIterations) {
        stop = StopReason.MAX_ITERATIONS;
      }
      double[] d = null;
      if (stop == null) {
        double[] minusG = new double[n];
        for (int i = 0; i < n; i++) {
          minusG[i] = -g[i];
        }
        SmallSolver solve = SmallSolver.solveSymmetric(f.hessian(x), minusG);
        if (solve.status() == SmallSolver.Status.SINGULAR) {
          stop = StopReason.SINGULAR;
        } else if (solve.status() == SmallSolver.Status.NOT_POSITIVE_DEFINITE) {
          stop = StopReason.NOT_POSITIVE_DEFINITE;
        }
        d = solve.solution();
      }
      if (stop != null) {
        return new MultivariateResult(points, fs, gs, stop);
      }
      for (int i = 0; i < n; i++) {
        x[i] += d[i];
      }
      lastStep = Dense.norm(d);
    }
  }

  private static void checkStart(double x0) {
    if (!GradientDescent.finite(x0)) {
      throw new IllegalArgumentException("start must be finite, got " + x0);
    }
  }

  private static StopReason common(int k, double fx, double dx, DoubleList xs) {
    boolean ok =
        GradientDescent.finite(fx)
            && GradientDescent.finite(dx)
            && GradientDescent.finite(xs.get(k));
    return ok ? null : StopReason.DIVERGED;
  }

  private StopReason stepOrBudget(int k, DoubleList xs) {
    double x = xs.get(k);
    if (k > 0 && Math.abs(x - xs.get(k - 1)) <= tolerance * (1 + Math.abs(x))) {
      return StopReason.STEP_TOLERANCE;
    }
    return k == maxIterations ? StopReason.MAX_ITERATIONS : null;
  }
}
