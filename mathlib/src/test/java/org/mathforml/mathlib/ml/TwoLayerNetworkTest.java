package org.mathforml.mathlib.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TwoLayerNetworkTest {

  /**
   * Backprop vs central differences (f(w + h) - f(w - h)) / 2h with h = 1e-5: truncation error ~
   * h^2 f''' ~ 1e-10 and rounding ~ eps / h ~ 1e-11, against gradients of order 1e-2 to 1, so |g_bp
   * - g_fd| / (|g_bp| + |g_fd|) stays well under the required 1e-6.
   */
  private static final double GRADIENT_CHECK_TOLERANCE = 1e-6;

  private static final double H = 1e-5;

  private static final double[][] XOR_X = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
  private static final int[] XOR_Y = {0, 1, 1, 0};

  /** Two interleaving half circles with Gaussian noise (the "two moons" data). */
  static double[][] twoMoons(Random rnd, int n, double noise, int[] labels) {
    double[][] x = new double[n][2];
    for (int i = 0; i < n; i++) {
      double t = Math.PI * rnd.nextDouble();
      labels[i] = i % 2;
      if (labels[i] == 0) {
        x[i][0] = Math.cos(t);
        x[i][1] = Math.sin(t);
      } else {
        x[i][0] = 1 - Math.cos(t);
        x[i][1] = 0.5 - Math.sin(t);
      }
      x[i][0] += noise * rnd.nextGaussian();
      x[i][1] += noise * rnd.nextGaussian();
    }
    return x;
  }

  private static double[] flatten(TwoLayerNetwork n) {
    int h = n.hidden();
    int p = n.inputs();
    double[] v = new double[h * p + 2 * h + 1];
    int k = 0;
    for (double[] row : n.w1()) {
      for (double d : row) {
        v[k++] = d;
      }
    }
    for (double d : n.b1()) {
      v[k++] = d;
    }
    for (double d : n.w2()) {
      v[k++] = d;
    }
    v[k] = n.b2();
    return v;
  }

  private static double[] flatten(TwoLayerNetwork.Gradients g) {
    int h = g.b1().length;
    int p = g.w1()[0].length;
    double[] v = new double[h * p + 2 * h + 1];
    int k = 0;
    for (double[] row : g.w1()) {
      for (double d : row) {
        v[k++] = d;
      }
    }
    for (double d : g.b1()) {
      v[k++] = d;
    }
    for (double d : g.w2()) {
      v[k++] = d;
    }
    v[k] = g.b2();
    return v;
  }

  private static TwoLayerNetwork unflatten(double[] v, int p, int h, TwoLayerNetwork.Activation a) {
    double[][] w1 = new double[h][p];
    double[] b1 = new double[h];
    double[] w2 = new double[h];
    int k = 0;
    for (int i = 0; i < h; i++) {
      for (int j = 0; j < p; j++) {
        w1[i][j] = v[k++];
      }
    }
    for (int i = 0; i < h; i++) {
      b1[i] = v[k++];
    }
    for (int i = 0; i < h; i++) {
      w2[i] = v[k++];
    }
    return TwoLayerNetwork.of(w1, b1, w2, v[k], a);
  }

  @Test
  void backpropagationMatchesCentralDifferences() {
    Random rnd = new Random(17L);
    for (TwoLayerNetwork.Activation a : TwoLayerNetwork.Activation.values()) {
      for (int trial = 0; trial < 20; trial++) {
        int p = 1 + rnd.nextInt(3);
        int h = 1 + rnd.nextInt(5);
        int n = 1 + rnd.nextInt(20);
        double[][] x = new double[n][p];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < p; j++) {
            x[i][j] = rnd.nextGaussian();
          }
          y[i] = rnd.nextInt(2);
        }
        TwoLayerNetwork net = TwoLayerNetwork.initialize(p, h, a, rnd.nextInt());
        net = net.train(x, y, 0.3, trial).network(); // also away from the start
        double[] backprop = flatten(net.gradients(x, y));
        double[] w = flatten(net);
        double[] numeric = new double[w.length];
        for (int k = 0; k < w.length; k++) {
          double[] plus = w.clone();
          double[] minus = w.clone();
          plus[k] += H;
          minus[k] -= H;
          numeric[k] =
              (unflatten(plus, p, h, a).loss(x, y) - unflatten(minus, p, h, a).loss(x, y))
                  / (2 * H);
        }
        double diff = 0;
        double size = 0;
        for (int k = 0; k < w.length; k++) {
          diff += (backprop[k] - numeric[k]) * (backprop[k] - numeric[k]);
          size += backprop[k] * backprop[k] + numeric[k] * numeric[k];
        }
        double relative = Math.sqrt(diff) / Math.sqrt(size);
        assertTrue(relative < GRADIENT_CHECK_TOLERANCE, a + " relative error " + relative);
      }
    }
  }

  @Test
  void learnsXor() {
    TwoLayerNetwork.Training t =
        TwoLayerNetwork.initialize(2, 4, TwoLayerNetwork.Activation.TANH, 2024)
            .train(XOR_X, XOR_Y, 0.5, 3000);
    assertEquals(1.0, t.network().accuracy(XOR_X, XOR_Y));
    double[] h = t.lossHistory();
    assertEquals(3001, h.length);
    assertTrue(h[3000] < 0.05, "final loss " + h[3000]);
    assertTrue(h[3000] < h[0]);
  }

  @Test
  void learnsTwoMoonsWithSigmoidHiddenUnits() {
    Random rnd = new Random(23L);
    int[] y = new int[300];
    double[][] x = twoMoons(rnd, 300, 0.1, y);
    TwoLayerNetwork net =
        TwoLayerNetwork.initialize(2, 8, TwoLayerNetwork.Activation.SIGMOID, 7)
            .train(x, y, 2.0, 5000)
            .network();
    assertTrue(net.accuracy(x, y) >= 0.97, "accuracy " + net.accuracy(x, y));
    int[] ty = new int[300];
    double[][] tx = twoMoons(rnd, 300, 0.1, ty);
    assertTrue(net.accuracy(tx, ty) >= 0.95, "test accuracy " + net.accuracy(tx, ty));
  }

  @Test
  void decisionGridEvaluatesTheNetworkOnTheGrid() {
    TwoLayerNetwork net = TwoLayerNetwork.initialize(2, 3, TwoLayerNetwork.Activation.TANH, 5);
    double[][] g = net.decisionGrid(-1, 2, 0, 1, 4, 3);
    assertEquals(3, g.length);
    assertEquals(4, g[0].length);
    // Row 2, column 1: x = -1 + 1 * 3 / 3 = 0, y = 0 + 2 * 1 / 2 = 1.
    assertEquals(net.predictProbability(new double[] {0, 1}), g[2][1], 0);
    assertEquals(net.predictProbability(new double[] {2, 0}), g[0][3], 0);
    TwoLayerNetwork one = TwoLayerNetwork.initialize(1, 2, TwoLayerNetwork.Activation.TANH, 5);
    assertThrows(IllegalStateException.class, () -> one.decisionGrid(0, 1, 0, 1, 2, 2));
    assertThrows(IllegalArgumentException.class, () -> net.decisionGrid(0, 1, 0, 1, 1, 2));
  }

  @Test
  void initialisationIsDeterministicAndSeeded() {
    TwoLayerNetwork a = TwoLayerNetwork.initialize(3, 4, TwoLayerNetwork.Activation.SIGMOID, 9);
    TwoLayerNetwork b = TwoLayerNetwork.initialize(3, 4, TwoLayerNetwork.Activation.SIGMOID, 9);
    TwoLayerNetwork c = TwoLayerNetwork.initialize(3, 4, TwoLayerNetwork.Activation.SIGMOID, 10);
    assertArrayEquals(flatten(a), flatten(b), 0);
    assertTrue(flatten(a)[0] != flatten(c)[0]);
    for (double w : a.w1()[0]) {
      assertTrue(w >= -1 && w < 1);
    }
    assertArrayEquals(new double[4], a.b1(), 0);
  }

  @Test
  void invalidInputs() {
    TwoLayerNetwork net = TwoLayerNetwork.initialize(2, 2, TwoLayerNetwork.Activation.TANH, 1);
    assertThrows(IllegalArgumentException.class, () -> net.loss(XOR_X, new int[] {0, 1, 2, 0}));
    assertThrows(IllegalArgumentException.class, () -> net.predict(new double[] {1}));
    assertThrows(
        IllegalArgumentException.class,
        () -> net.train(new double[][] {{1, Double.NaN}}, new int[] {1}, 0.1, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> TwoLayerNetwork.initialize(0, 2, TwoLayerNetwork.Activation.TANH, 1));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            TwoLayerNetwork.of(
                new double[][] {{1}},
                new double[] {0, 0},
                new double[] {1},
                0,
                TwoLayerNetwork.Activation.TANH));
  }
}
