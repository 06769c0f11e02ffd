package org.mathforml.mathlib.ml.internal;

import org.mathforml.mathlib.optimize.internal.DoubleList;

/**
 * Batch gradient descent for a linear unit z = w . x + b, with either the identity output and the
 * half mean squared error, or the sigmoid output and the mean log loss. Both losses have the same
 * gradient form dL/dz_i = (a_i - y_i) / n, so one loop serves both (see Perceptron).
 */
public final class LinearTrainer {

  /** Trained weights, one per feature. */
  public final double[] weights;

  /** Trained bias. */
  public final double bias;

  /** The loss before every epoch and after the last (epochs + 1 values unless diverged). */
  public final double[] losses;

  /** True if the loss became NaN or infinite (learning rate too large). */
  public final boolean diverged;

  private LinearTrainer(double[] weights, double bias, double[] losses, boolean diverged) {
    this.weights = weights;
    this.bias = bias;
    this.losses = losses;
    this.diverged = diverged;
  }

  /** Trains from w = 0, b = 0; stops early (diverged) if the loss becomes non-finite. */
  public static LinearTrainer train(
      double[][] x, double[] y, boolean logistic, double learningRate, int epochs) {
    int n = x.length;
    int p = x[0].length;
    double[] w = new double[p];
    double b = 0;
    DoubleList losses = new DoubleList();
    for (int epoch = 0; ; epoch++) {
      double loss = 0;
      double[] gw = new double[p];
      double gb = 0;
      for (int i = 0; i < n; i++) {
        double z = b;
        for (int j = 0; j < p; j++) {
          z += w[j] * x[i][j];
        }
        double r;
        if (logistic) {
          loss += Data.logLoss(z, y[i]);
          r = Data.sigmoid(z) - y[i];
        } else {
          r = z - y[i];
          loss += 0.5 * r * r;
        }
        for (int j = 0; j < p; j++) {
          gw[j] += r * x[i][j];
        }
        gb += r;
      }
      loss /= n;
      losses.add(loss);
      if (Double.isNaN(loss) || Double.isInfinite(loss)) {
        return new LinearTrainer(w, b, losses.toArray(), true);
      }
      if (epoch == epochs) {
        return new LinearTrainer(w, b, losses.toArray(), false);
      }
      for (int j = 0; j < p; j++) {
        w[j] -= learningRate * gw[j] / n;
      }
      b -= learningRate * gb / n;
    }
  }
}
