package org.mathforml.mathlib.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What every classifier promises: probabilities in [0, 1] summing to 1 (to rounding), the predicted
 * label is the most probable one, far-away inputs give finite probabilities (log-sum-exp / stable
 * sigmoid), and two well-separated clusters are learned.
 */
abstract class ClassifierContractTest {

  /** Probabilities are normalised in floating point: a few ulps of 1. */
  static final double SUM_TOLERANCE = 1e-12;

  /** Trains on the examples (two features, labels 0 and 1). */
  abstract void train(double[][] x, int[] labels);

  /** P(class 0 | x), P(class 1 | x). */
  abstract double[] probabilities(double[] x);

  abstract int predict(double[] x);

  static double[][] clusters(Random rnd, int n, int[] labels) {
    double[][] x = new double[n][2];
    for (int i = 0; i < n; i++) {
      labels[i] = i % 2;
      double c = labels[i] == 1 ? 1.5 : -1.5;
      x[i][0] = c + 0.6 * rnd.nextGaussian();
      x[i][1] = c + 0.6 * rnd.nextGaussian();
    }
    return x;
  }

  @Test
  void contract() {
    Random rnd = new Random(31L);
    int[] labels = new int[200];
    double[][] x = clusters(rnd, 200, labels);
    train(x, labels);
    int right = 0;
    for (int t = 0; t < 1000; t++) {
      double scale = t < 900 ? 3 : 1e6;
      double[] q = {scale * rnd.nextGaussian(), scale * rnd.nextGaussian()};
      double[] p = probabilities(q);
      assertEquals(2, p.length);
      assertEquals(1, p[0] + p[1], SUM_TOLERANCE);
      for (double v : p) {
        assertTrue(v >= 0 && v <= 1, "probability " + v);
      }
      int label = predict(q);
      assertTrue(p[label] >= p[1 - label], "label " + label + " is not the most probable");
    }
    for (int i = 0; i < x.length; i++) {
      if (predict(x[i]) == labels[i]) {
        right++;
      }
    }
    assertTrue(right >= 190, "training accuracy " + right + "/200");
  }
}

class PerceptronContractTest extends ClassifierContractTest {
  private Perceptron model;

  @Override
  void train(double[][] x, int[] labels) {
    model = Perceptron.trainClassification(x, labels, 0.5, 300);
  }

  @Override
  double[] probabilities(double[] x) {
    double p = model.predict(x);
    return new double[] {1 - p, p};
  }

  @Override
  int predict(double[] x) {
    return model.predictLabel(x);
  }
}

class TwoLayerNetworkContractTest extends ClassifierContractTest {
  private TwoLayerNetwork model;

  @Override
  void train(double[][] x, int[] labels) {
    model =
        TwoLayerNetwork.initialize(2, 4, TwoLayerNetwork.Activation.TANH, 42)
            .train(x, labels, 0.5, 300)
            .network();
  }

  @Override
  double[] probabilities(double[] x) {
    double p = model.predictProbability(x);
    return new double[] {1 - p, p};
  }

  @Override
  int predict(double[] x) {
    return model.predict(x);
  }
}

class GaussianNaiveBayesContractTest extends ClassifierContractTest {
  private GaussianNaiveBayes model;

  @Override
  void train(double[][] x, int[] labels) {
    model = GaussianNaiveBayes.fit(x, labels);
  }

  @Override
  double[] probabilities(double[] x) {
    return model.predictProba(x);
  }

  @Override
  int predict(double[] x) {
    return model.predict(x);
  }
}

class CategoricalNaiveBayesContractTest extends ClassifierContractTest {
  private CategoricalNaiveBayes model;

  // Six bins per feature: (-inf, -2), [-2, -1), ..., [2, inf).
  private static int[] bins(double[] x) {
    int[] b = new int[x.length];
    for (int j = 0; j < x.length; j++) {
      b[j] = (int) Math.max(0, Math.min(5, Math.floor(x[j]) + 3));
    }
    return b;
  }

  @Override
  void train(double[][] x, int[] labels) {
    int[][] b = new int[x.length][];
    for (int i = 0; i < x.length; i++) {
      b[i] = bins(x[i]);
    }
    model = CategoricalNaiveBayes.fit(b, labels, 1, new int[] {6, 6});
  }

  @Override
  double[] probabilities(double[] x) {
    return model.predictProba(bins(x));
  }

  @Override
  int predict(double[] x) {
    return model.predict(bins(x));
  }
}
