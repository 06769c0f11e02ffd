package org.mathforml.mathlib.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PerceptronTest {

  @Test
  void regressionPerceptronConvergesToLeastSquares() {
    // A house-price-like data set: price = 50 + 30 size + 10 rooms + noise (scaled units).
    Random rnd = new Random(8L);
    double[][] x = new double[40][2];
    double[] y = new double[40];
    for (int i = 0; i < 40; i++) {
      x[i][0] = rnd.nextGaussian();
      x[i][1] = rnd.nextGaussian();
      y[i] = 50 + 30 * x[i][0] + 10 * x[i][1] + rnd.nextGaussian();
    }
    Perceptron p = Perceptron.trainRegression(x, y, 0.1, 5000);
    LinearRegression exact = LinearRegression.fit(x, y);
    assertArrayEquals(exact.weights(), p.weights(), 1e-8);
    assertEquals(exact.intercept(), p.bias(), 1e-8);
    assertEquals(exact.predict(x[3]), p.predict(x[3]), 1e-8);
    assertThrows(IllegalStateException.class, () -> p.predictLabel(x[0]));
  }

  @Test
  void oneClassificationEpochByHand() {
    // x = (1, -1), labels (1, 0), w = b = 0: a = sigma(0) = 1/2 for both; a - y = (-1/2, 1/2).
    // dL/dw = (1/2)(-1/2 * 1 + 1/2 * -1) = -1/2, dL/db = 0; alpha = 1 gives w = 1/2, b = 0.
    // Initial log loss = ln 2 (each example costs -ln 1/2).
    Perceptron p =
        Perceptron.trainClassification(new double[][] {{1}, {-1}}, new int[] {1, 0}, 1, 1);
    assertEquals(0.5, p.weights()[0], 1e-15);
    assertEquals(0, p.bias(), 1e-15);
    assertEquals(Math.log(2), p.lossHistory()[0], 1e-15);
    // After the step: z = +-1/2, loss = ln(1 + e^{-1/2}) for both examples.
    assertEquals(Math.log1p(Math.exp(-0.5)), p.lossHistory()[1], 1e-15);
    assertEquals(1 / (1 + Math.exp(-0.5)), p.predict(new double[] {1}), 1e-15);
  }

  @Test
  void classificationOfSeparableClustersIsPerfect() {
    Random rnd = new Random(9L);
    int n = 200;
    double[][] x = new double[n][2];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i % 2;
      double centre = labels[i] == 1 ? 2 : -2;
      x[i][0] = centre + 0.5 * rnd.nextGaussian();
      x[i][1] = -centre + 0.5 * rnd.nextGaussian();
    }
    Perceptron p = Perceptron.trainClassification(x, labels, 0.5, 500);
    assertEquals(1.0, p.accuracy(x, labels));
    double[] h = p.lossHistory();
    for (int k = 1; k < h.length; k++) {
      assertTrue(h[k] < h[k - 1], "log loss rose at " + k);
    }
    assertTrue(h[h.length - 1] < 0.05);
    assertTrue(p.isClassifier());
  }

  @Test
  void invalidInputs() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Perceptron.trainClassification(new double[][] {{1}}, new int[] {2}, 0.1, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> Perceptron.trainRegression(new double[][] {{1}}, new double[] {1, 2}, 0.1, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> Perceptron.trainRegression(new double[][] {{1}}, new double[] {1}, 0.1, -1));
    Perceptron p = Perceptron.trainRegression(new double[][] {{1}}, new double[] {1}, 0.1, 0);
    assertEquals(1, p.lossHistory().length);
    assertThrows(IllegalArgumentException.class, () -> p.predict(new double[] {1, 2}));
  }
}
