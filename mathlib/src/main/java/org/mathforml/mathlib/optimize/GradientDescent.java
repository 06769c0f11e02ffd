package org.mathforml.mathlib.optimize;

import java.util.ArrayList;
import org.mathforml.mathlib.optimize.internal.Dense;
import org.mathforml.mathlib.optimize.internal.DoubleList;

/**
 * Gradient descent with optional (heavy-ball) momentum, in one and in n variables:
 *
 * <pre>
 *   v_{k+1} = beta v_k - alpha grad f(x_k),   x_{k+1} = x_k + v_{k+1}
 * </pre>
 *
 * with learning rate alpha and momentum beta (beta = 0 is plain gradient descent; Polyak 1964,
 * "Some methods of speeding up the convergence of iteration methods"; Goodfellow, Bengio and
 * Courville, Deep Learning, sections 4.3 and 8.3).
 *
 * <p>After evaluating f and its gradient at x_k it stops with the first of:
 *
 * <ul>
 *   <li>{@link StopReason#DIVERGED} when f(x_k) or the gradient is NaN/infinite;
 *   <li>{@link StopReason#GRADIENT_TOLERANCE} when |grad f(x_k)| &lt; gradientTolerance;
 *   <li>{@link StopReason#STEP_TOLERANCE} when |x_k - x_{k-1}| &lt; stepTolerance;
 *   <li>{@link StopReason#MAX_ITERATIONS} when k = maxIterations;
 *   <li>{@link StopReason#DIVERGED} when f has risen on {@code divergencePatience} consecutive
 *       steps and is above f(x_0) (a learning rate too large for the curvature makes f grow
 *       geometrically; momentum alone makes f rise for a step or two).
 * </ul>
 *
 * Divergence is a status, not an exception, so an applet can show the run that blew up.
 */
public final class GradientDescent {

  /** Default gradient-norm tolerance. */
  public static final double DEFAULT_GRADIENT_TOLERANCE = 1e-8;

  /** Default step-size tolerance. */
  public static final double DEFAULT_STEP_TOLERANCE = 1e-12;

  /** Default number of consecutive increases of f that count as divergence. */
  public static final int DEFAULT_DIVERGENCE_PATIENCE = 10;

  private final double learningRate;
  private final int maxIterations;
  private final double gradientTolerance;
  private final double stepTolerance;
  private final double momentum;
  private final int divergencePatience;

  private GradientDescent(
      double learningRate,
      int maxIterations,
      double gradientTolerance,
      double stepTolerance,
      double momentum,
      int divergencePatience) {
    this.learningRate = learningRate;
    this.maxIterations = maxIterations;
    this.gradientTolerance = gradientTolerance;
    this.stepTolerance = stepTolerance;
    this.momentum = momentum;
    this.divergencePatience = divergencePatience;
  }

  /**
   * Plain gradient descent with the default tolerances.
   *
   * @throws IllegalArgumentException unless learningRate is finite and positive and maxIterations
   *     &gt;= 0
   */
  public static GradientDescent of(double learningRate, int maxIterations) {
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException(
          "learning rate must be finite and > 0, got " + learningRate);
    }
    if (maxIterations < 0) {
      throw new IllegalArgumentException("max iterations must be >= 0, got " + maxIterations);
    }
    return new GradientDescent(
        learningRate,
        maxIterations,
        DEFAULT_GRADIENT_TOLERANCE,
        DEFAULT_STEP_TOLERANCE,
        0,
        DEFAULT_DIVERGENCE_PATIENCE);
  }

  /** Returns a copy with the given tolerances (0 switches a rule off). */
  public GradientDescent withTolerances(double gradientTolerance, double stepTolerance) {
    if (!(gradientTolerance >= 0) || !(stepTolerance >= 0)) {
      throw new IllegalArgumentException("tolerances must be >= 0");
    }
    return new GradientDescent(
        learningRate,
        maxIterations,
        gradientTolerance,
        stepTolerance,
        momentum,
        divergencePatience);
  }

  /** Returns a copy with momentum beta in [0, 1). */
  public GradientDescent withMomentum(double beta) {
    if (!(beta >= 0 && beta < 1)) {
      throw new IllegalArgumentException("momentum must be in [0, 1), got " + beta);
    }
    return new GradientDescent(
        learningRate, maxIterations, gradientTolerance, stepTolerance, beta, divergencePatience);
  }

  /** Returns a copy that calls the run diverged after this many consecutive rises of f. */
  public GradientDescent withDivergencePatience(int steps) {
    if (steps < 1) {
      throw new IllegalArgumentException("divergence patience must be >= 1, got " + steps);
    }
    return new GradientDescent(
        learningRate, maxIterations, gradientTolerance, stepTolerance, momentum, steps);
  }

  /** The learning rate alpha. */
  public double learningRate() {
    return learningRate;
  }

  /** The momentum beta. */
  public double momentum() {
    return momentum;
  }

  /**
   * Minimises f of one variable from x0.
   *
   * @throws IllegalArgumentException if x0 is not finite
   */
  public ScalarResult minimize(ScalarFunction f, double x0) {
    if (Double.isNaN(x0) || Double.isInfinite(x0)) {
      throw new IllegalArgumentException("start must be finite, got " + x0);
    }
    DoubleList xs = new DoubleList();
    DoubleList fs = new DoubleList();
    DoubleList ds = new DoubleList();
    double x = x0;
    double v = 0;
    int rises = 0;
    for (int k = 0; ; k++) {
      double fx = f.value(x);
      double dx = f.derivative(x);
      xs.add(x);
      fs.add(fx);
      ds.add(dx);
      StopReason stop = check(k, fx, dx, Math.abs(v));
      if (stop == null && k > 0 && fx > fs.get(k - 1)) {
        rises++;
      } else {
        rises = 0;
      }
      if (stop == null && rises >= divergencePatience && fx > fs.get(0)) {
        stop = StopReason.DIVERGED;
      }
      if (stop != null) {
        return new ScalarResult(xs, fs, ds, stop);
      }
      v = momentum * v - learningRate * dx;
      x += v;
    }
  }

  /**
   * Minimises f of n variables from x0 (not modified).
   *
   * @throws IllegalArgumentException if x0 is empty or not finite
   */
  public MultivariateResult minimize(MultivariateFunction f, double[] x0) {
    if (x0.length == 0 || !Dense.allFinite(x0)) {
      throw new IllegalArgumentException("start must be a non-empty finite point");
    }
    int n = x0.length;
    ArrayList<double[]> points = new ArrayList<>();
    DoubleList fs = new DoubleList();
    DoubleList gs = new DoubleList();
    double[] x = x0.clone();
    double[] v = new double[n];
    int rises = 0;
    for (int k = 0; ; k++) {
      double fx = f.value(x);
      double[] g = f.gradient(x);
      double gnorm = Dense.allFinite(x) ? Dense.norm(g) : Double.NaN;
      points.add(x.clone());
      fs.add(fx);
      gs.add(gnorm);
      StopReason stop = check(k, fx, gnorm, Dense.norm(v));
      if (stop == null && k > 0 && fx > fs.get(k - 1)) {
        rises++;
      } else {
        rises = 0;
      }
      if (stop == null && rises >= divergencePatience && fx > fs.get(0)) {
        stop = StopReason.DIVERGED;
      }
      if (stop != null) {
        return new MultivariateResult(points, fs, gs, stop);
      }
      for (int i = 0; i < n; i++) {
        v[i] = momentum * v[i] - learningRate * g[i];
        x[i] += v[i];
      }
    }
  }

  // The stopping rules shared by both dimensions, in the documented order; null = go on.
  private StopReason check(int k, double fx, double gradientNorm, double step) {
    if (!finite(fx) || !finite(gradientNorm)) {
      return StopReason.DIVERGED;
    }
    if (Math.abs(gradientNorm) < gradientTolerance) {
      return StopReason.GRADIENT_TOLERANCE;
    }
    if (k > 0 && step < stepTolerance) {
      return StopReason.STEP_TOLERANCE;
    }
    return k == maxIterations ? StopReason.MAX_ITERATIONS : null;
  }

  static boolean finite(double v) {
    return !Double.isNaN(v) && !Double.isInfinite(v);
  }
}
