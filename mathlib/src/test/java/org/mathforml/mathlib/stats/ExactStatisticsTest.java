package org.mathforml.mathlib.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;

class ExactStatisticsTest {

  /** Doubles from Commons Math against exact fractions converted once: rounding only. */
  private static final double REL = 1e-12;

  @Test
  void smallExampleByHand() {
    int[] x = {2, 4, 4, 4, 5, 5, 7, 9}; // mean 5, squared deviations sum to 32
    assertEquals(Fraction.of(5), ExactStatistics.mean(x));
    assertEquals(Fraction.of(32), ExactStatistics.sumOfSquaredDeviations(x));
    assertEquals(Fraction.of(32, 7), ExactStatistics.variance(x));
    assertEquals(Fraction.of(4), ExactStatistics.populationVariance(x));
    int[] y = {1, 2, 4};
    assertEquals(Fraction.of(7, 3), ExactStatistics.mean(y));
    assertEquals(Fraction.of(7, 3), ExactStatistics.variance(y)); // (16 + 1 + 25) / 9 / 2
  }

  @Test
  void matchesCommonsMathAndDescriptive() {
    Random r = new Random(5L);
    for (int trial = 0; trial < 1000; trial++) {
      int[] x = new int[2 + r.nextInt(12)];
      double[] d = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        x[i] = r.nextInt(201) - 100;
        d[i] = x[i];
      }
      DescriptiveStatistics ds = new DescriptiveStatistics(d);
      close(ds.getMean(), ExactStatistics.mean(x).doubleValue());
      close(ds.getVariance(), ExactStatistics.variance(x).doubleValue());
      close(ds.getPopulationVariance(), ExactStatistics.populationVariance(x).doubleValue());
      close(Descriptive.variance(d), ExactStatistics.variance(x).doubleValue());
    }
  }

  @Test
  void welchDegreesOfFreedomMatchesTheDoubleFormula() {
    Random r = new Random(9L);
    for (int trial = 0; trial < 1000; trial++) {
      int nx = 2 + r.nextInt(8);
      int ny = 2 + r.nextInt(8);
      Fraction vx = Fraction.of(1 + r.nextInt(50), nx * (1 + r.nextInt(5)));
      Fraction vy = Fraction.of(r.nextInt(50), ny * (1 + r.nextInt(5)));
      double expected = HypothesisTests.welchDf(vx.doubleValue(), nx, vy.doubleValue(), ny);
      close(expected, ExactStatistics.welchDegreesOfFreedom(vx, nx, vy, ny).doubleValue());
    }
    // Equal variances and sizes: df = 2(n - 1).
    Fraction v = Fraction.of(3, 5);
    assertEquals(Fraction.of(8), ExactStatistics.welchDegreesOfFreedom(v, 5, v, 5));
  }

  @Test
  void rejectsTooFewValuesAndZeroVariances() {
    assertThrows(IllegalArgumentException.class, () -> ExactStatistics.mean(new int[0]));
    assertThrows(IllegalArgumentException.class, () -> ExactStatistics.variance(new int[] {3}));
    assertThrows(
        IllegalArgumentException.class,
        () -> ExactStatistics.welchDegreesOfFreedom(Fraction.ZERO, 3, Fraction.ZERO, 3));
    assertThrows(
        IllegalArgumentException.class,
        () -> ExactStatistics.welchDegreesOfFreedom(Fraction.ONE, 1, Fraction.ONE, 3));
  }

  private static void close(double expected, double actual) {
    assertEquals(expected, actual, REL * Math.max(1, Math.abs(expected)));
  }
}
