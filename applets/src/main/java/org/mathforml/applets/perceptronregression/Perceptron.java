package org.mathforml.applets.perceptronregression;

/**
 * One neuron with identity activation, ŷ = w · z + b, trained by full-batch gradient descent on
 * standardised inputs z_j = (x_j - mean_j) / sd_j (population standard deviation). The loss is half
 * the mean squared error, L = (1/2n) Σ (ŷ_i - y_i)², so one step (one epoch) is w ← w - α (1/n) Σ
 * (ŷ_i - y_i) z_i and b ← b - α (1/n) Σ (ŷ_i - y_i). Plain double arithmetic (no mathlib) to keep
 * the applet bundle small; the JVM test compares the limit with mathlib's least squares.
 */
public final class Perceptron {
  private final double[][] z;
  private final double[] y;
  private final double[] mean;
  private final double[] sd;
  private final double[] w;
  private double b;
  private int epoch;

  /** Rows x_i of p inputs and targets y_i; weights and bias start at 0. */
  public Perceptron(double[][] x, double[] y) {
    int n = x.length;
    int p = x[0].length;
    this.y = y;
    mean = new double[p];
    sd = new double[p];
    z = new double[n][p];
    for (int j = 0; j < p; j++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += x[i][j];
      }
      mean[j] = s / n;
      double v = 0;
      for (int i = 0; i < n; i++) {
        double d = x[i][j] - mean[j];
        v += d * d;
      }
      sd[j] = Math.sqrt(v / n);
      if (!(sd[j] > 0)) {
        throw new IllegalArgumentException("every input needs at least two different values");
      }
      for (int i = 0; i < n; i++) {
        z[i][j] = (x[i][j] - mean[j]) / sd[j];
      }
    }
    w = new double[p];
  }

  /** Prediction for the standardised row i. */
  public double predict(int i) {
    double s = b;
    for (int j = 0; j < w.length; j++) {
      s += w[j] * z[i][j];
    }
    return s;
  }

  /** Half the mean squared error at the current weights. */
  public double loss() {
    double s = 0;
    for (int i = 0; i < y.length; i++) {
      double e = predict(i) - y[i];
      s += e * e;
    }
    return s / (2 * y.length);
  }

  /** One gradient step with learning rate alpha over the whole data set. */
  public void step(double alpha) {
    int n = y.length;
    double[] g = new double[w.length];
    double gb = 0;
    for (int i = 0; i < n; i++) {
      double e = predict(i) - y[i];
      gb += e;
      for (int j = 0; j < w.length; j++) {
        g[j] += e * z[i][j];
      }
    }
    for (int j = 0; j < w.length; j++) {
      w[j] -= alpha * g[j] / n;
    }
    b -= alpha * gb / n;
    epoch++;
  }

  public void reset() {
    for (int j = 0; j < w.length; j++) {
      w[j] = 0;
    }
    b = 0;
    epoch = 0;
  }

  public int epoch() {
    return epoch;
  }

  public int inputs() {
    return w.length;
  }

  /** Weight j on the standardised input. */
  public double weight(int j) {
    return w[j];
  }

  /** Bias on the standardised inputs (it tends to the mean of y). */
  public double bias() {
    return b;
  }

  /** Weight j in the original units: w_j / sd_j. */
  public double slope(int j) {
    return w[j] / sd[j];
  }

  /** Intercept in the original units: b - Σ w_j mean_j / sd_j. */
  public double intercept() {
    double s = b;
    for (int j = 0; j < w.length; j++) {
      s -= w[j] * mean[j] / sd[j];
    }
    return s;
  }

  public double mean(int j) {
    return mean[j];
  }

  public double sd(int j) {
    return sd[j];
  }
}
