package org.mathforml.mathlib.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NaiveBayesTest {

  /** Hand computations are exact fractions; the code goes through logs and exps. */
  private static final double HAND_TOLERANCE = 1e-14;

  @Test
  void gaussianByHand() {
    // Class 0: x = 1, 3 -> mean 2, variance ((1)^2 + (1)^2) / 2 = 1. Class 1: x = 6, 10 ->
    // mean 8, variance 4. Priors 1/2. At x = 4:
    //   ln p0 = ln 1/2 - 1/2 ln(2 pi) - (4 - 2)^2 / 2 = ln 1/2 - 1/2 ln(2 pi) - 2
    //   ln p1 = ln 1/2 - 1/2 ln(2 pi 4) - (4 - 8)^2 / 8 = ln 1/2 - 1/2 ln(2 pi) - ln 2 - 2
    // so p0 / p1 = 2 and P(0 | 4) = 2/3, P(1 | 4) = 1/3.
    GaussianNaiveBayes m =
        GaussianNaiveBayes.fit(new double[][] {{1}, {3}, {6}, {10}}, new int[] {0, 0, 1, 1}, 0);
    assertEquals(2, m.mean(0, 0), 0);
    assertEquals(1, m.variance(0, 0), 0);
    assertEquals(8, m.mean(1, 0), 0);
    assertEquals(4, m.variance(1, 0), 0);
    assertEquals(0.5, m.prior(1), HAND_TOLERANCE);
    assertArrayEquals(
        new double[] {2.0 / 3, 1.0 / 3}, m.predictProba(new double[] {4}), HAND_TOLERANCE);
    assertEquals(
        Math.log(0.5) - 0.5 * Math.log(2 * Math.PI) - 2,
        m.jointLogLikelihood(new double[] {4})[0],
        HAND_TOLERANCE);
    assertEquals(0, m.predict(new double[] {4}));
    // At x = 5 the class-1 density wins: ln p0 - ln p1 = -9/2 + ln 2 + 9/8 < 0.
    assertEquals(1, m.predict(new double[] {5}));
    assertArrayEquals(new int[] {0, 1}, m.classes());
  }

  @Test
  void gaussianFarPointIsCertainNotNaN() {
    GaussianNaiveBayes m =
        GaussianNaiveBayes.fit(new double[][] {{1}, {3}, {6}, {10}}, new int[] {0, 0, 1, 1}, 0);
    // ln p0 - ln p1 ~ -(1e4)^2 / 2 + (1e4)^2 / 8: e^{that} underflows, log-sum-exp does not.
    assertArrayEquals(new double[] {0, 1}, m.predictProba(new double[] {1e4}), 0);
  }

  @Test
  void gaussianSmoothingAndConstantFeatures() {
    double[][] x = {{1, 5}, {3, 5}, {6, 5}, {10, 5}};
    int[] y = {7, 7, -2, -2};
    assertThrows(IllegalArgumentException.class, () -> GaussianNaiveBayes.fit(x, y, 0));
    GaussianNaiveBayes m = GaussianNaiveBayes.fit(x, y);
    // The largest feature variance is that of column 0: mean 5, ((16 + 4 + 1 + 25) / 4) = 11.5.
    assertEquals(11.5e-9, m.variance(0, 1), 1e-22);
    assertArrayEquals(new int[] {-2, 7}, m.classes());
    assertEquals(7, m.predict(new double[] {2, 5}));
    assertThrows(IllegalArgumentException.class, () -> m.predict(new double[] {1}));
    assertThrows(
        IllegalArgumentException.class, () -> GaussianNaiveBayes.fit(new double[0][], new int[0]));
  }

  @Test
  void categoricalByHand() {
    // Features (weather: 0 sunny / 1 rain, wind: 0 calm / 1 windy), label play 1 / 0.
    // Class 1: (0,0), (0,1), (1,0); class 0: (1,1), (0,1). Priors 3/5, 2/5. alpha = 1, m = 2.
    // P(sunny|1) = (2+1)/(3+2) = 3/5, P(calm|1) = (2+1)/(3+2) = 3/5,
    // P(sunny|0) = (1+1)/(2+2) = 1/2, P(calm|0) = (0+1)/(2+2) = 1/4 (never seen: smoothed).
    // Query (sunny, calm): joint 1 = 3/5 * 3/5 * 3/5 = 27/125, joint 0 = 2/5 * 1/2 * 1/4 =
    // 1/20, so P(1 | x) = (27/125) / (27/125 + 1/20) = 108/133.
    int[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {0, 1}};
    int[] y = {1, 1, 1, 0, 0};
    CategoricalNaiveBayes m = CategoricalNaiveBayes.fit(x, y);
    assertEquals(0.6, m.likelihood(1, 0, 0), HAND_TOLERANCE);
    assertEquals(0.25, m.likelihood(0, 1, 0), HAND_TOLERANCE);
    assertEquals(0.4, m.prior(0), HAND_TOLERANCE);
    assertArrayEquals(
        new double[] {25.0 / 133, 108.0 / 133}, m.predictProba(new int[] {0, 0}), HAND_TOLERANCE);
    assertEquals(1, m.predict(new int[] {0, 0}));
    // (rain, windy): joint 1 = 3/5 * 2/5 * 2/5 = 12/125, joint 0 = 2/5 * 1/2 * 3/4 = 3/20:
    // P(0 | x) = (3/20) / (3/20 + 12/125) = 75/123 = 25/41.
    assertArrayEquals(
        new double[] {25.0 / 41, 16.0 / 41}, m.predictProba(new int[] {1, 1}), HAND_TOLERANCE);
    assertEquals(0, m.predict(new int[] {1, 1}));
  }

  @Test
  void categoricalLikelihoodsSumToOneAndBadInputs() {
    int[][] x = {{0, 2}, {1, 0}, {2, 1}, {0, 0}};
    int[] y = {0, 1, 1, 0};
    CategoricalNaiveBayes m = CategoricalNaiveBayes.fit(x, y, 0.5);
    for (int c = 0; c < 2; c++) {
      for (int j = 0; j < 2; j++) {
        double s = 0;
        for (int v = 0; v < 3; v++) {
          s += m.likelihood(c, j, v);
        }
        assertEquals(1, s, 1e-15);
      }
    }
    assertThrows(IllegalArgumentException.class, () -> m.predict(new int[] {3, 0}));
    assertThrows(IllegalArgumentException.class, () -> m.predict(new int[] {0}));
    assertThrows(IllegalArgumentException.class, () -> CategoricalNaiveBayes.fit(x, y, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> CategoricalNaiveBayes.fit(new int[][] {{-1}}, new int[] {0}));
    assertThrows(IllegalArgumentException.class, () -> CategoricalNaiveBayes.fit(x, new int[] {0}));
  }
}
