package org.mathforml.mathlib.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.OneWayAnova;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.interval.IntervalUtils;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

class InferenceTest {

  /**
   * Statistics: same formulas, rounding only. p-values: both use incomplete-beta/gamma continued
   * fractions; Commons' t cdf is ~1e-11 absolute off in places (see the distribution tests), so
   * p-values are compared to 1e-9 relative or 1e-12 absolute.
   */
  private static final double STAT_REL = 1e-11;

  private static final double P_REL = 1e-9;
  private static final double P_ABS = 1e-12;

  // Student's sleep data (Cushny and Peebles 1905), R's `sleep` data set.
  private static final double[] SLEEP_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
  private static final double[] SLEEP_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

  private static double[] sample(Random r, int n, double mean, double sd) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = mean + sd * r.nextGaussian();
    }
    return x;
  }

  private static void closeP(double expected, double actual, String what) {
    assertEquals(expected, actual, Math.max(P_ABS, P_REL * expected), what);
  }

  private static void closeStat(double expected, double actual, String what) {
    assertEquals(expected, actual, STAT_REL * Math.max(1, Math.abs(expected)), what);
  }

  @Test
  void tTestsMatchCommonsMath() {
    Random r = new Random(2024L);
    TTest oracle = new TTest();
    for (int trial = 0; trial < 1000; trial++) {
      double[] x = sample(r, 2 + r.nextInt(40), r.nextGaussian(), 0.5 + r.nextDouble() * 3);
      double[] y = sample(r, 2 + r.nextInt(40), r.nextGaussian(), 0.5 + r.nextDouble() * 3);
      double mu = r.nextGaussian() * 0.5;
      TestResult one = HypothesisTests.oneSampleT(x, mu);
      closeStat(oracle.t(mu, x), one.statistic(), "one-sample t");
      closeP(oracle.tTest(mu, x), one.pValue(), "one-sample p");
      TestResult welch = HypothesisTests.welchT(x, y);
      closeStat(oracle.t(x, y), welch.statistic(), "Welch t");
      closeP(oracle.tTest(x, y), welch.pValue(), "Welch p");
      TestResult pooled = HypothesisTests.pooledT(x, y);
      closeStat(oracle.homoscedasticT(x, y), pooled.statistic(), "pooled t");
      closeP(oracle.homoscedasticTTest(x, y), pooled.pValue(), "pooled p");
      double[] y2 = sample(r, x.length, 0, 1);
      TestResult paired = HypothesisTests.pairedT(x, y2);
      closeStat(oracle.pairedT(x, y2), paired.statistic(), "paired t");
      closeP(oracle.pairedTTest(x, y2), paired.pValue(), "paired p");
      // one-sided p-values are the halves in the direction of the statistic
      double half = one.pValue() / 2;
      assertEquals(
          half,
          one.statistic() > 0 ? one.pValue(Alternative.GREATER) : one.pValue(Alternative.LESS),
          1e-15 + 1e-12 * half);
    }
  }

  @Test
  void sleepDataMatchesR() {
    // R 4.x: t.test(extra ~ group, data = sleep) (Welch): t = -1.8608, df = 17.776,
    // p-value = 0.07939, 95% CI -3.3654832 0.2054832; paired: t = -4.0621, df = 9,
    // p-value = 0.002833.
    TestResult welch = HypothesisTests.welchT(SLEEP_1, SLEEP_2);
    assertEquals(-1.8608, welch.statistic(), 5e-5);
    assertEquals(17.776, welch.degreesOfFreedom(), 5e-4);
    assertEquals(0.07939, welch.pValue(), 5e-6);
    ConfidenceInterval ci = ConfidenceIntervals.welchDifference(SLEEP_1, SLEEP_2, 0.95);
    assertEquals(-3.3654832, ci.lower(), 5e-8);
    assertEquals(0.2054832, ci.upper(), 5e-8);
    TestResult paired = HypothesisTests.pairedT(SLEEP_1, SLEEP_2);
    assertEquals(-4.0621, paired.statistic(), 5e-5);
    assertEquals(9, paired.degreesOfFreedom(), 0.0);
    assertEquals(0.002833, paired.pValue(), 5e-7);
    assertTrue(paired.rejects(0.01));
    assertFalse(welch.rejects(0.05));
    assertTrue(welch.rejects(0.05, Alternative.LESS));
  }

  @Test
  void zAndProportionTestsMatchNormalTailsFromCommons() {
    NormalDistribution n01 = new NormalDistribution(0, 1);
    // z = (103 - 100) / (15 / sqrt(36)) = 1.2
    TestResult z = HypothesisTests.oneSampleZ(103, 100, 15, 36);
    assertEquals(1.2, z.statistic(), 1e-15);
    assertEquals(2 * (1 - n01.cumulativeProbability(1.2)), z.pValue(), 1e-15);
    assertEquals(1 - n01.cumulativeProbability(1.2), z.pValue(Alternative.GREATER), 1e-15);
    // 60 of 100 vs p0 = 0.5: z = 0.1 / 0.05 = 2
    TestResult prop = HypothesisTests.oneProportionZ(60, 100, 0.5);
    assertEquals(2.0, prop.statistic(), 1e-14);
    assertEquals(2 * n01.cumulativeProbability(-2), prop.pValue(), 1e-15);
    // pooled: 45/100 vs 30/100, p = 0.375, se = sqrt(.375 * .625 * .02)
    TestResult two = HypothesisTests.twoProportionZ(45, 100, 30, 100);
    assertEquals(0.15 / Math.sqrt(0.375 * 0.625 * 0.02), two.statistic(), 1e-14);
    TestResult twoZ = HypothesisTests.twoSampleZ(new double[] {1, 2, 3}, new double[] {0, 1}, 1, 2);
    assertEquals(1.5 / Math.sqrt(1.0 / 3 + 4.0 / 2), twoZ.statistic(), 1e-15);
    assertTrue(Double.isNaN(twoZ.degreesOfFreedom()));
  }

  @Test
  void chiSquaredAndAnovaMatchCommonsMath() {
    Random r = new Random(77L);
    for (int trial = 0; trial < 500; trial++) {
      int k = 2 + r.nextInt(8);
      double[] expected = new double[k];
      long[] observed = new long[k];
      for (int i = 0; i < k; i++) {
        expected[i] = 0.5 + r.nextDouble();
        observed[i] = r.nextInt(50);
      }
      observed[0]++;
      TestResult chi = HypothesisTests.chiSquaredGoodnessOfFit(expected, observed);
      closeStat(new ChiSquareTest().chiSquare(expected, observed), chi.statistic(), "X^2");
      closeP(new ChiSquareTest().chiSquareTest(expected, observed), chi.pValue(), "chi p");
      List<double[]> groups = new ArrayList<>();
      int g = 2 + r.nextInt(4);
      for (int i = 0; i < g; i++) {
        groups.add(sample(r, 2 + r.nextInt(15), r.nextGaussian() * 0.5, 1));
      }
      Anova anova = Anova.oneWay(groups.toArray(new double[0][]));
      closeStat(new OneWayAnova().anovaFValue(groups), anova.f(), "F");
      closeP(new OneWayAnova().anovaPValue(groups), anova.pValue(), "ANOVA p");
      assertEquals(g - 1, anova.degreesOfFreedomBetween());
    }
  }

  @Test
  void regressionMatchesCommonsMath() {
    Random r = new Random(55L);
    for (int trial = 0; trial < 500; trial++) {
      int n = 3 + r.nextInt(50);
      double[] x = sample(r, n, 0, 3);
      double[] y = new double[n];
      double b0 = r.nextGaussian();
      double b1 = r.nextGaussian();
      SimpleRegression oracle = new SimpleRegression();
      for (int i = 0; i < n; i++) {
        y[i] = b0 + b1 * x[i] + r.nextGaussian();
        oracle.addData(x[i], y[i]);
      }
      SimpleLinearRegression fit = SimpleLinearRegression.fit(x, y);
      closeStat(oracle.getSlope(), fit.slope(), "slope");
      closeStat(oracle.getIntercept(), fit.intercept(), "intercept");
      closeStat(oracle.getRSquare(), fit.rSquared(), "R^2");
      closeStat(oracle.getSlopeStdErr(), fit.slopeStandardError(), "se(b1)");
      closeStat(oracle.getInterceptStdErr(), fit.interceptStandardError(), "se(b0)");
      // Commons returns the half-width; its t quantile is solved to ~1e-9.
      assertEquals(
          oracle.getSlopeConfidenceInterval(0.05),
          fit.slopeInterval(0.95).halfWidth(),
          1e-8 * Math.max(1, fit.slopeInterval(0.95).halfWidth()));
      closeP(oracle.getSignificance(), fit.slopeTest().pValue(), "slope p");
    }
  }

  @Test
  void regressionAnscombeAndIntervals() {
    // Anscombe (1973) set I: y = 3.00 + 0.500 x, R^2 = 0.67 (to the digits given).
    double[] x = {10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5};
    double[] y = {8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68};
    SimpleLinearRegression fit = SimpleLinearRegression.fit(x, y);
    assertEquals(3.00, fit.intercept(), 0.005);
    assertEquals(0.500, fit.slope(), 0.0005);
    assertEquals(0.67, fit.rSquared(), 0.005);
    // the prediction interval contains the mean-response interval, both centred on yhat
    ConfidenceInterval mean = fit.meanResponseInterval(12, 0.95);
    ConfidenceInterval pred = fit.predictionInterval(12, 0.95);
    assertEquals(fit.predict(12), mean.estimate(), 0.0);
    assertTrue(pred.lower() < mean.lower() && pred.upper() > mean.upper());
    // at x0 = xbar: mean half-width^2 * n = (pred half-width^2 - (t s)^2) * n
    double t = org.mathforml.mathlib.distribution.StudentT.of(9).quantile(0.975);
    double s = fit.residualStandardError();
    double hm = fit.meanResponseInterval(9, 0.95).halfWidth();
    double hp = fit.predictionInterval(9, 0.95).halfWidth();
    assertEquals(t * s / Math.sqrt(11), hm, 1e-12);
    assertEquals(t * s * Math.sqrt(1 + 1.0 / 11), hp, 1e-12);
    assertThrows(
        IllegalArgumentException.class,
        () -> SimpleLinearRegression.fit(new double[] {1, 1, 1}, new double[] {1, 2, 3}));
    assertThrows(
        IllegalArgumentException.class,
        () -> SimpleLinearRegression.fit(new double[] {1, 2}, new double[] {1, 2}));
  }

  @Test
  void intervalsMatchCommonsMath() {
    Random r = new Random(4L);
    for (int trial = 0; trial < 1000; trial++) {
      int n = 1 + r.nextInt(500);
      int s = r.nextInt(n + 1);
      double level = 0.8 + 0.19 * r.nextDouble();
      ConfidenceInterval wilson = ConfidenceIntervals.proportionWilson(s, n, level);
      org.apache.commons.math3.stat.interval.ConfidenceInterval w =
          IntervalUtils.getWilsonScoreInterval(n, s, level);
      assertEquals(w.getLowerBound(), wilson.lower(), 1e-12, "Wilson lower");
      assertEquals(w.getUpperBound(), wilson.upper(), 1e-12, "Wilson upper");
      if (s > 0 && s < n) {
        ConfidenceInterval wald = ConfidenceIntervals.proportionWald(s, n, level);
        org.apache.commons.math3.stat.interval.ConfidenceInterval c =
            IntervalUtils.getNormalApproximationInterval(n, s, level);
        assertEquals(c.getLowerBound(), wald.lower(), 1e-12, "Wald lower");
        assertEquals(c.getUpperBound(), wald.upper(), 1e-12, "Wald upper");
      }
    }
    // z interval: 100 +- 1.959964 * 15 / 6
    ConfidenceInterval z = ConfidenceIntervals.zMean(100, 15, 36, 0.95);
    assertEquals(100 - 1.959963984540054 * 2.5, z.lower(), 1e-12);
    // t interval on the sleep differences (R: t.test(SLEEP_1 - SLEEP_2): -2.4598858 -0.7001142)
    double[] d = new double[SLEEP_1.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = SLEEP_1[i] - SLEEP_2[i];
    }
    ConfidenceInterval t = ConfidenceIntervals.tMean(d, 0.95);
    assertEquals(-2.4598858, t.lower(), 5e-8);
    assertEquals(-0.7001142, t.upper(), 5e-8);
    assertThrows(IllegalArgumentException.class, () -> ConfidenceIntervals.zMean(0, 1, 5, 1.0));
    assertThrows(
        IllegalArgumentException.class, () -> ConfidenceIntervals.proportionWald(5, 4, 0.95));
  }
}
