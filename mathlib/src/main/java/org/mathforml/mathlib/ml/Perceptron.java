package org.mathforml.mathlib.ml;

import org.mathforml.mathlib.ml.internal.Data;
import org.mathforml.mathlib.ml.internal.LinearTrainer;
import org.mathforml.mathlib.optimize.internal.Dense;

/**
 * A single neuron z = w . x + b trained by batch gradient descent from w = 0, b = 0, in the two
 * forms of the course (Goodfellow, Bengio and Courville, Deep Learning, sections 5.1.4, 6.2.2;
 * Bishop, Pattern Recognition and Machine Learning, section 4.3.2):
 *
 * <ul>
 *   <li><b>Regression</b>: output a = z, loss L = 1/(2n) sum (a_i - y_i)^2. Then dL/dz_i = (a_i -
 *       y_i) / n.
 *   <li><b>Classification</b>: output a = sigma(z) = 1 / (1 + e^-z), labels y in {0, 1}, log loss L
 *       = -(1/n) sum [y ln a + (1 - y) ln(1 - a)]. With sigma' = a (1 - a), dL/da = (a - y) / (a (1
 *       - a)) / n, so by the chain rule dL/dz_i = (a_i - y_i) / n: the sigmoid's derivative
 *       cancels, leaving the same form as regression.
 * </ul>
 *
 * In both, dz_i/dw = x_i and dz_i/db = 1, so dL/dw = (1/n) sum (a_i - y_i) x_i and dL/db = (1/n)
 * sum (a_i - y_i); each epoch takes w := w - alpha dL/dw, b := b - alpha dL/db. Both losses are
 * convex in (w, b), so starting from zero loses nothing.
 */
public final class Perceptron {

  private final double[] weights;
  private final double bias;
  private final boolean classifier;
  private final double[] lossHistory;
  private final boolean diverged;

  private Perceptron(LinearTrainer t, boolean classifier) {
    this.weights = t.weights;
    this.bias = t.bias;
    this.classifier = classifier;
    this.lossHistory = t.losses;
    this.diverged = t.diverged;
  }

  /**
   * Trains a regression perceptron (no activation, squared loss).
   *
   * @throws IllegalArgumentException on invalid data, learning rate or epochs
   */
  public static Perceptron trainRegression(
      double[][] x, double[] y, double learningRate, int epochs) {
    Data.checkFeatures(x);
    Data.checkLength(x.length, y.length);
    Data.checkFinite(y);
    Data.checkTraining(learningRate, epochs);
    return new Perceptron(LinearTrainer.train(x, y, false, learningRate, epochs), false);
  }

  /**
   * Trains a classification perceptron (sigmoid, log loss) on labels 0 and 1.
   *
   * @throws IllegalArgumentException on invalid data, labels, learning rate or epochs
   */
  public static Perceptron trainClassification(
      double[][] x, int[] labels, double learningRate, int epochs) {
    Data.checkFeatures(x);
    Data.checkLength(x.length, labels.length);
    Data.checkBinary(labels);
    Data.checkTraining(learningRate, epochs);
    double[] y = new double[labels.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = labels[i];
    }
    return new Perceptron(LinearTrainer.train(x, y, true, learningRate, epochs), true);
  }

  /** The weights w. */
  public double[] weights() {
    return weights.clone();
  }

  /** The bias b. */
  public double bias() {
    return bias;
  }

  /** True for the sigmoid classifier, false for the regression unit. */
  public boolean isClassifier() {
    return classifier;
  }

  /** Returns z = w . x + b. */
  public double logit(double[] x) {
    if (x.length != weights.length) {
      throw new IllegalArgumentException("expected " + weights.length + " inputs, got " + x.length);
    }
    return Dense.dot(weights, x) + bias;
  }

  /** Returns the output: z for regression, P(y = 1 | x) = sigma(z) for classification. */
  public double predict(double[] x) {
    double z = logit(x);
    return classifier ? Data.sigmoid(z) : z;
  }

  /**
   * Returns the class, 1 if sigma(z) &gt;= 1/2 (that is z &gt;= 0), else 0.
   *
   * @throws IllegalStateException for a regression perceptron
   */
  public int predictLabel(double[] x) {
    if (!classifier) {
      throw new IllegalStateException("a regression perceptron has no labels");
    }
    return logit(x) >= 0 ? 1 : 0;
  }

  /** Returns the fraction of examples whose predicted label equals the given one. */
  public double accuracy(double[][] x, int[] labels) {
    Data.checkFeatures(x);
    Data.checkLength(x.length, labels.length);
    int right = 0;
    for (int i = 0; i < x.length; i++) {
      if (predictLabel(x[i]) == labels[i]) {
        right++;
      }
    }
    return (double) right / x.length;
  }

  /** The training loss before each epoch and after the last. */
  public double[] lossHistory() {
    return lossHistory.clone();
  }

  /** True if training stopped because the loss became non-finite. */
  public boolean diverged() {
    return diverged;
  }
}
