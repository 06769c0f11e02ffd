package org.mathforml.mathlib.ml;

import org.mathforml.mathlib.ml.internal.Data;
import org.mathforml.mathlib.ml.internal.LinearTrainer;
import org.mathforml.mathlib.optimize.internal.Dense;
import org.mathforml.mathlib.optimize.internal.SmallSolver;

/**
 * A fitted linear model y = b + w_1 x_1 + ... + w_p x_p, found either in closed form or by gradient
 * descent on the loss
 *
 * <pre>
 *   L(w, b) = 1/(2n) sum_i (w . x_i + b - y_i)^2,   dL/dw = (1/n) X^T r,   dL/db = mean(r)
 * </pre>
 *
 * (half the mean squared error, so the gradient has no factor 2; Hastie, Tibshirani and Friedman,
 * The Elements of Statistical Learning, 2nd ed., section 3.2).
 *
 * <p>The closed form solves the normal equations on centred data, X_c^T X_c w = X_c^T y_c and b =
 * mean(y) - w . mean(x): centring removes the intercept column and with it most of the
 * ill-conditioning that forming X^T X adds. The solve is Cholesky, fine for the few
 * well-conditioned columns of a lesson; a rank-deficient design is an ArithmeticException.
 */
public final class LinearRegression {

  private final double intercept;
  private final double[] weights;
  private final double[] lossHistory;
  private final boolean diverged;

  private LinearRegression(
      double intercept, double[] weights, double[] lossHistory, boolean diverged) {
    this.intercept = intercept;
    this.weights = weights;
    this.lossHistory = lossHistory;
    this.diverged = diverged;
  }

  /**
   * Least-squares line y = b + w x through the points (x_i, y_i): w = Sxy / Sxx, b = mean(y) - w
   * mean(x).
   *
   * @throws IllegalArgumentException on empty, mismatched or non-finite data
   * @throws ArithmeticException if all x_i are equal (the slope is undetermined)
   */
  public static LinearRegression fit(double[] x, double[] y) {
    return fit(Data.column(x), y);
  }

  /**
   * Least-squares fit with intercept on rows x_i of p inputs.
   *
   * @throws IllegalArgumentException on empty, ragged, mismatched or non-finite data
   * @throws ArithmeticException if the centred columns are linearly dependent (this includes a
   *     constant column and fewer than p + 1 examples)
   */
  public static LinearRegression fit(double[][] x, double[] y) {
    int p = check(x, y);
    int n = x.length;
    double[] mx = new double[p];
    double my = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        mx[j] += x[i][j] / n;
      }
      my += y[i] / n;
    }
    double[][] xc = new double[n][p];
    double[] yc = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        xc[i][j] = x[i][j] - mx[j];
      }
      yc[i] = y[i] - my;
    }
    SmallSolver s = SmallSolver.solveSymmetric(Dense.gram(xc, p), Dense.transposeTimes(xc, yc, p));
    if (s.status() != SmallSolver.Status.OK) {
      throw new ArithmeticException(
          "the design matrix is rank deficient: some inputs are"
              + " constant or linear combinations of others");
    }
    double[] w = s.solution();
    return new LinearRegression(my - Dense.dot(w, mx), w, new double[0], false);
  }

  /**
   * Fits y = b + w x by batch gradient descent from w = b = 0; see {@link
   * #fitByGradientDescent(double[][], double[], double, int)}.
   */
  public static LinearRegression fitByGradientDescent(
      double[] x, double[] y, double learningRate, int epochs) {
    return fitByGradientDescent(Data.column(x), y, learningRate, epochs);
  }

  /**
   * Fits by {@code epochs} steps of batch gradient descent from w = b = 0: w := w - alpha (1/n) X^T
   * r, b := b - alpha mean(r), with r = X w + b - y. Inputs on very different scales need a small
   * alpha; standardise them first. If the loss becomes non-finite training stops and {@link
   * #diverged()} is true.
   *
   * @throws IllegalArgumentException on invalid data, learning rate or epochs
   */
  public static LinearRegression fitByGradientDescent(
      double[][] x, double[] y, double learningRate, int epochs) {
    check(x, y);
    Data.checkTraining(learningRate, epochs);
    LinearTrainer t = LinearTrainer.train(x, y, false, learningRate, epochs);
    return new LinearRegression(t.bias, t.weights, t.losses, t.diverged);
  }

  private static int check(double[][] x, double[] y) {
    int p = Data.checkFeatures(x);
    Data.checkLength(x.length, y.length);
    Data.checkFinite(y);
    return p;
  }

  /** The intercept b. */
  public double intercept() {
    return intercept;
  }

  /** The weights w_1, ..., w_p. */
  public double[] weights() {
    return weights.clone();
  }

  /** The weight of a one-input model (its slope). */
  public double slope() {
    if (weights.length != 1) {
      throw new IllegalStateException("slope() needs one input, the model has " + weights.length);
    }
    return weights[0];
  }

  /** Returns b + w . x. */
  public double predict(double[] x) {
    if (x.length != weights.length) {
      throw new IllegalArgumentException("expected " + weights.length + " inputs, got " + x.length);
    }
    return intercept + Dense.dot(weights, x);
  }

  /** Returns b + w x for a one-input model. */
  public double predict(double x) {
    return intercept + slope() * x;
  }

  /** Returns the half mean squared error 1/(2n) sum (prediction - y)^2 on the given data. */
  public double loss(double[][] x, double[] y) {
    check(x, y);
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      double r = predict(x[i]) - y[i];
      s += r * r;
    }
    return s / (2 * x.length);
  }

  /** The training loss before each epoch and after the last (empty for the closed form). */
  public double[] lossHistory() {
    return lossHistory.clone();
  }

  /** True if gradient descent stopped because the loss became non-finite. */
  public boolean diverged() {
    return diverged;
  }
}
