package org.mathforml.mathlib.ml;

import org.mathforml.mathlib.ml.internal.Data;
import org.mathforml.mathlib.ml.internal.XorShift32;
import org.mathforml.mathlib.optimize.internal.DoubleList;

/**
 * A network with one hidden layer for binary classification, trained by backpropagation (Rumelhart,
 * Hinton and Williams 1986; Goodfellow, Bengio and Courville, Deep Learning, section 6.5):
 *
 * <pre>
 *   z1 = W1 x + b1,  a1 = g(z1)            (h hidden units, g = sigmoid or tanh)
 *   z2 = w2 . a1 + b2,  a2 = sigma(z2)     (P(y = 1 | x))
 *   L = -(1/n) sum [y ln a2 + (1 - y) ln(1 - a2)]
 * </pre>
 *
 * Backpropagation applies the chain rule from the output back, per example:
 *
 * <pre>
 *   dz2 = a2 - y                       (sigmoid + log loss, as in Perceptron)
 *   dw2 = dz2 a1,  db2 = dz2
 *   dz1 = dz2 w2 * g'(z1)              (g' = a1 (1 - a1) for sigmoid, 1 - a1^2 for tanh)
 *   dW1 = dz1 x^T,  db1 = dz1
 * </pre>
 *
 * averaged over the n examples. Immutable: {@link #step} and {@link #train} return new networks.
 */
public final class TwoLayerNetwork {

  /** The hidden-layer activation g. */
  public enum Activation {
    SIGMOID,
    TANH
  }

  private final double[][] w1;
  private final double[] b1;
  private final double[] w2;
  private final double b2;
  private final Activation activation;

  private TwoLayerNetwork(
      double[][] w1, double[] b1, double[] w2, double b2, Activation activation) {
    this.w1 = w1;
    this.b1 = b1;
    this.w2 = w2;
    this.b2 = b2;
    this.activation = activation;
  }

  /**
   * A network with the given weights (copied): W1 is h x p, b1 and w2 have length h.
   *
   * @throws IllegalArgumentException on mismatched shapes or non-finite weights
   */
  public static TwoLayerNetwork of(
      double[][] w1, double[] b1, double[] w2, double b2, Activation activation) {
    Data.checkFeatures(w1);
    if (b1.length != w1.length || w2.length != w1.length) {
      throw new IllegalArgumentException(
          "W1 has "
              + w1.length
              + " rows but b1 has "
              + b1.length
              + " and w2 "
              + w2.length
              + " entries");
    }
    Data.checkFinite(b1);
    Data.checkFinite(w2);
    Data.checkFinite(new double[] {b2});
    if (activation == null) {
      throw new IllegalArgumentException("activation must not be null");
    }
    double[][] c = new double[w1.length][];
    for (int i = 0; i < w1.length; i++) {
      c[i] = w1[i].clone();
    }
    return new TwoLayerNetwork(c, b1.clone(), w2.clone(), b2, activation);
  }

  /**
   * A network with p inputs and h hidden units, weights uniform in [-1, 1) from an {@link
   * XorShift32} seeded with {@code seed}, biases zero. Random weights make the hidden units differ;
   * with equal weights they would stay identical forever.
   *
   * @throws IllegalArgumentException unless inputs &gt;= 1 and hidden &gt;= 1
   */
  public static TwoLayerNetwork initialize(
      int inputs, int hidden, Activation activation, int seed) {
    if (inputs < 1 || hidden < 1) {
      throw new IllegalArgumentException("need at least one input and one hidden unit");
    }
    XorShift32 rnd = new XorShift32(seed);
    double[][] w1 = new double[hidden][inputs];
    double[] w2 = new double[hidden];
    for (int k = 0; k < hidden; k++) {
      for (int j = 0; j < inputs; j++) {
        w1[k][j] = rnd.nextSymmetric(1);
      }
      w2[k] = rnd.nextSymmetric(1);
    }
    return of(w1, new double[hidden], w2, 0, activation);
  }

  /** Number of inputs p. */
  public int inputs() {
    return w1[0].length;
  }

  /** Number of hidden units h. */
  public int hidden() {
    return w1.length;
  }

  /** The hidden activation. */
  public Activation activation() {
    return activation;
  }

  /** W1, h x p (a copy). */
  public double[][] w1() {
    double[][] c = new double[w1.length][];
    for (int i = 0; i < w1.length; i++) {
      c[i] = w1[i].clone();
    }
    return c;
  }

  /** b1 (a copy). */
  public double[] b1() {
    return b1.clone();
  }

  /** w2 (a copy). */
  public double[] w2() {
    return w2.clone();
  }

  /** b2. */
  public double b2() {
    return b2;
  }

  private double[] hiddenOutput(double[] x) {
    if (x.length != inputs()) {
      throw new IllegalArgumentException("expected " + inputs() + " inputs, got " + x.length);
    }
    double[] a = new double[w1.length];
    for (int k = 0; k < w1.length; k++) {
      double z = b1[k];
      for (int j = 0; j < x.length; j++) {
        z += w1[k][j] * x[j];
      }
      a[k] = activation == Activation.SIGMOID ? Data.sigmoid(z) : Math.tanh(z);
    }
    return a;
  }

  private double logit(double[] a1) {
    double z = b2;
    for (int k = 0; k < a1.length; k++) {
      z += w2[k] * a1[k];
    }
    return z;
  }

  /** Returns P(y = 1 | x) = a2. */
  public double predictProbability(double[] x) {
    return Data.sigmoid(logit(hiddenOutput(x)));
  }

  /** Returns 1 if P(y = 1 | x) &gt;= 1/2, else 0. */
  public int predict(double[] x) {
    return logit(hiddenOutput(x)) >= 0 ? 1 : 0;
  }

  /** Returns the fraction of examples classified correctly. */
  public double accuracy(double[][] x, int[] labels) {
    check(x, labels);
    int right = 0;
    for (int i = 0; i < x.length; i++) {
      if (predict(x[i]) == labels[i]) {
        right++;
      }
    }
    return (double) right / x.length;
  }

  /** Returns the mean log loss L on the data. */
  public double loss(double[][] x, int[] labels) {
    check(x, labels);
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += Data.logLoss(logit(hiddenOutput(x[i])), labels[i]);
    }
    return s / x.length;
  }

  /** Returns dL/dW1, dL/db1, dL/dw2, dL/db2 by backpropagation, as a network-shaped value. */
  public Gradients gradients(double[][] x, int[] labels) {
    check(x, labels);
    int h = hidden();
    int p = inputs();
    int n = x.length;
    double[][] gw1 = new double[h][p];
    double[] gb1 = new double[h];
    double[] gw2 = new double[h];
    double gb2 = 0;
    for (int i = 0; i < n; i++) {
      double[] a1 = hiddenOutput(x[i]);
      double dz2 = (Data.sigmoid(logit(a1)) - labels[i]) / n;
      gb2 += dz2;
      for (int k = 0; k < h; k++) {
        gw2[k] += dz2 * a1[k];
        double slope = activation == Activation.SIGMOID ? a1[k] * (1 - a1[k]) : 1 - a1[k] * a1[k];
        double dz1 = dz2 * w2[k] * slope;
        gb1[k] += dz1;
        for (int j = 0; j < p; j++) {
          gw1[k][j] += dz1 * x[i][j];
        }
      }
    }
    return new Gradients(gw1, gb1, gw2, gb2);
  }

  /** Returns the network after one gradient step with learning rate alpha. */
  public TwoLayerNetwork step(Gradients g, double learningRate) {
    int h = hidden();
    double[][] nw1 = new double[h][];
    double[] nb1 = new double[h];
    double[] nw2 = new double[h];
    for (int k = 0; k < h; k++) {
      nw1[k] = new double[inputs()];
      for (int j = 0; j < inputs(); j++) {
        nw1[k][j] = w1[k][j] - learningRate * g.w1[k][j];
      }
      nb1[k] = b1[k] - learningRate * g.b1[k];
      nw2[k] = w2[k] - learningRate * g.w2[k];
    }
    return new TwoLayerNetwork(nw1, nb1, nw2, b2 - learningRate * g.b2, activation);
  }

  /**
   * Runs {@code epochs} steps of batch gradient descent and returns the trained network with its
   * loss before each epoch and after the last.
   *
   * @throws IllegalArgumentException on invalid data, labels, learning rate or epochs
   */
  public Training train(double[][] x, int[] labels, double learningRate, int epochs) {
    check(x, labels);
    Data.checkTraining(learningRate, epochs);
    TwoLayerNetwork net = this;
    DoubleList losses = new DoubleList();
    for (int e = 0; e < epochs; e++) {
      losses.add(net.loss(x, labels));
      net = net.step(net.gradients(x, labels), learningRate);
    }
    losses.add(net.loss(x, labels));
    return new Training(net, losses.toArray());
  }

  /**
   * Returns P(y = 1) on a grid for plotting the decision boundary of a two-input network: entry
   * [r][c] is at x = xMin + c (xMax - xMin) / (columns - 1), y = yMin + r (yMax - yMin) / (rows -
   * 1). The boundary is the 1/2 contour.
   *
   * @throws IllegalStateException unless the network has two inputs
   * @throws IllegalArgumentException unless columns, rows &gt;= 2 and the ranges are finite
   */
  public double[][] decisionGrid(
      double xMin, double xMax, double yMin, double yMax, int columns, int rows) {
    if (inputs() != 2) {
      throw new IllegalStateException(
          "a decision grid needs two inputs, the network has " + inputs());
    }
    if (columns < 2 || rows < 2) {
      throw new IllegalArgumentException("grid needs at least 2 x 2 points");
    }
    Data.checkFinite(new double[] {xMin, xMax, yMin, yMax});
    double[][] grid = new double[rows][columns];
    for (int r = 0; r < rows; r++) {
      double y = yMin + r * (yMax - yMin) / (rows - 1);
      for (int c = 0; c < columns; c++) {
        double x = xMin + c * (xMax - xMin) / (columns - 1);
        grid[r][c] = predictProbability(new double[] {x, y});
      }
    }
    return grid;
  }

  private void check(double[][] x, int[] labels) {
    int p = Data.checkFeatures(x);
    if (p != inputs()) {
      throw new IllegalArgumentException("expected " + inputs() + " inputs, got " + p);
    }
    Data.checkLength(x.length, labels.length);
    Data.checkBinary(labels);
  }

  /** Gradients of the loss with the network's shapes. */
  public static final class Gradients {
    private final double[][] w1;
    private final double[] b1;
    private final double[] w2;
    private final double b2;

    Gradients(double[][] w1, double[] b1, double[] w2, double b2) {
      this.w1 = w1;
      this.b1 = b1;
      this.w2 = w2;
      this.b2 = b2;
    }

    /** dL/dW1 (a copy). */
    public double[][] w1() {
      double[][] c = new double[w1.length][];
      for (int i = 0; i < w1.length; i++) {
        c[i] = w1[i].clone();
      }
      return c;
    }

    /** dL/db1 (a copy). */
    public double[] b1() {
      return b1.clone();
    }

    /** dL/dw2 (a copy). */
    public double[] w2() {
      return w2.clone();
    }

    /** dL/db2. */
    public double b2() {
      return b2;
    }
  }

  /** A trained network and its loss history. */
  public static final class Training {
    private final TwoLayerNetwork network;
    private final double[] losses;

    Training(TwoLayerNetwork network, double[] losses) {
      this.network = network;
      this.losses = losses;
    }

    /** The trained network. */
    public TwoLayerNetwork network() {
      return network;
    }

    /** The loss before each epoch and after the last (epochs + 1 values). */
    public double[] lossHistory() {
      return losses.clone();
    }
  }
}
