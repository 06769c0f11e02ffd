package org.mathforml.mathlib.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.apache.commons.math3.stat.correlation.Covariance;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.Test;

class DescriptiveTest {

  /** Same formulas as Commons (corrected two-pass); only summation order differs. */
  private static final double REL = 1e-12;

  private static double[] randomSample(Random r, int n) {
    double[] x = new double[n];
    double shift = r.nextGaussian() * 1e3;
    for (int i = 0; i < n; i++) {
      x[i] = shift + r.nextGaussian() * (1 + r.nextInt(100));
      if (r.nextInt(4) == 0) {
        x[i] = Math.rint(x[i]); // ties, for the quantiles and modes
      }
    }
    return x;
  }

  @Test
  void matchesCommonsMathOnRandomSamples() {
    Random r = new Random(31L);
    for (int trial = 0; trial < 2000; trial++) {
      double[] x = randomSample(r, 2 + r.nextInt(60));
      double[] y = randomSample(r, x.length);
      DescriptiveStatistics ds = new DescriptiveStatistics(x);
      close(ds.getMean(), Descriptive.mean(x), "mean");
      close(ds.getVariance(), Descriptive.variance(x), "variance");
      close(ds.getPopulationVariance(), Descriptive.populationVariance(x), "population var");
      close(ds.getStandardDeviation(), Descriptive.standardDeviation(x), "sd");
      assertEquals(ds.getMin(), Descriptive.min(x), 0.0);
      assertEquals(ds.getMax(), Descriptive.max(x), 0.0);
      double p = r.nextDouble();
      Percentile r7 = new Percentile().withEstimationType(EstimationType.R_7);
      Percentile r6 = new Percentile().withEstimationType(EstimationType.R_6);
      double pc = Math.max(p * 100, 1e-9); // Commons needs p in (0, 100]
      close(r7.evaluate(x, pc), Descriptive.quantile(x, pc / 100), "type 7 at " + p);
      close(r6.evaluate(x, pc), Descriptive.quantileType6(x, pc / 100), "type 6 at " + p);
      close(r7.evaluate(x, 50), Descriptive.median(x), "median");
      close(new Covariance().covariance(x, y), Descriptive.covariance(x, y), "covariance");
      close(new PearsonsCorrelation().correlation(x, y), Descriptive.correlation(x, y), "r");
      RunningStatistics running = new RunningStatistics();
      for (double v : x) {
        running.add(v);
      }
      close(ds.getMean(), running.mean(), "Welford mean");
      close(ds.getVariance(), running.variance(), "Welford variance");
    }
  }

  private static void close(double expected, double actual, String what) {
    assertEquals(expected, actual, REL * Math.max(1, Math.abs(expected)), what);
  }

  @Test
  void textbookValues() {
    // Anscombe (1973), "Graphs in statistical analysis", Am. Stat. 27(1): set I has mean of
    // x 9, sample variance of x 11, mean of y 7.50 and correlation 0.816 (to the digits given).
    double[] x = {10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5};
    double[] y = {8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68};
    assertEquals(9.0, Descriptive.mean(x), 1e-15);
    assertEquals(11.0, Descriptive.variance(x), 1e-14);
    assertEquals(7.50, Descriptive.mean(y), 0.005);
    assertEquals(0.816, Descriptive.correlation(x, y), 0.0005);
    // By hand: {1, 2, 3, 4}: type 7 quartile at 1/4 is 1.75, type 6 is 1.25.
    double[] small = {4, 1, 3, 2};
    assertEquals(1.75, Descriptive.quantile(small, 0.25), 0.0);
    assertEquals(1.25, Descriptive.quantileType6(small, 0.25), 0.0);
    assertEquals(2.5, Descriptive.median(small), 0.0);
    assertEquals(1.25, Descriptive.populationVariance(small), 0.0);
  }

  @Test
  void modes() {
    assertArrayEquals(new double[] {2}, Descriptive.modes(new double[] {1, 2, 2, 3}));
    assertArrayEquals(new double[] {1, 3}, Descriptive.modes(new double[] {3, 1, 3, 1, 2}));
    assertArrayEquals(new double[] {1, 2, 3}, Descriptive.modes(new double[] {3, 2, 1}));
    assertArrayEquals(new double[] {7}, Descriptive.modes(new double[] {7}));
  }

  @Test
  void fiveNumberSummaryAndTukeyFences() {
    // By hand: sorted 1..9 and 30; Q1 (type 7, h = 3.25) = 3.25, Q3 (h = 7.75) = 7.75,
    // IQR 4.5, fences -3.5 and 14.5, so 30 is an outlier and the upper whisker ends at 9.
    double[] x = {5, 3, 30, 1, 2, 4, 6, 7, 8, 9};
    FiveNumberSummary s = FiveNumberSummary.of(x);
    assertEquals(1, s.min(), 0.0);
    assertEquals(3.25, s.q1(), 1e-15);
    assertEquals(5.5, s.median(), 0.0);
    assertEquals(7.75, s.q3(), 1e-15);
    assertEquals(30, s.max(), 0.0);
    assertEquals(4.5, s.iqr(), 1e-15);
    assertEquals(-3.5, s.lowerFence(), 1e-14);
    assertEquals(14.5, s.upperFence(), 1e-14);
    assertArrayEquals(new double[] {30}, s.outliers());
    assertEquals(9, s.upperWhisker(), 0.0);
    assertEquals(1, s.lowerWhisker(), 0.0);
    FiveNumberSummary one = FiveNumberSummary.of(new double[] {2});
    assertEquals(0, one.iqr(), 0.0);
    assertEquals(0, one.outliers().length);
  }

  @Test
  void mle() {
    assertEquals(0.6, Mle.bernoulli(new int[] {1, 0, 1, 1, 0}), 1e-16);
    double[] g = Mle.gaussian(new double[] {1, 2, 3, 4});
    assertEquals(2.5, g[0], 0.0);
    assertEquals(1.25, g[1], 0.0); // divides by n, not n - 1
    assertThrows(IllegalArgumentException.class, () -> Mle.bernoulli(new int[] {2}));
    assertThrows(IllegalArgumentException.class, () -> Mle.bernoulli(new int[0]));
  }

  @Test
  void degenerateInputs() {
    assertThrows(IllegalArgumentException.class, () -> Descriptive.mean(new double[0]));
    assertThrows(IllegalArgumentException.class, () -> Descriptive.variance(new double[] {1}));
    assertThrows(
        IllegalArgumentException.class, () -> Descriptive.mean(new double[] {1, Double.NaN}));
    assertThrows(
        IllegalArgumentException.class,
        () -> Descriptive.mean(new double[] {Double.POSITIVE_INFINITY}));
    assertThrows(IllegalArgumentException.class, () -> Descriptive.quantile(new double[] {1}, 1.5));
    assertThrows(
        IllegalArgumentException.class,
        () -> Descriptive.correlation(new double[] {1, 1, 1}, new double[] {1, 2, 3}));
    assertThrows(
        IllegalArgumentException.class,
        () -> Descriptive.covariance(new double[] {1, 2}, new double[] {1, 2, 3}));
    assertEquals(0.0, Descriptive.variance(new double[] {5, 5, 5}), 0.0);
    assertEquals(4.0, Descriptive.quantile(new double[] {4}, 0.3), 0.0);
    // cancellation: large offset, tiny spread
    assertEquals(1.0, Descriptive.variance(new double[] {1e9 + 1, 1e9 + 2, 1e9 + 3}), 1e-6);
    RunningStatistics empty = new RunningStatistics();
    assertEquals(Double.NaN, empty.mean(), 0.0);
    assertThrows(IllegalArgumentException.class, () -> empty.add(Double.NaN));
  }
}
