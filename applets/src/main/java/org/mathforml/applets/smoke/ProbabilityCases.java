package org.mathforml.applets.smoke;

import java.util.List;
import org.mathforml.mathlib.distribution.Bernoulli;
import org.mathforml.mathlib.distribution.Beta;
import org.mathforml.mathlib.distribution.Binomial;
import org.mathforml.mathlib.distribution.BivariateNormal;
import org.mathforml.mathlib.distribution.ChiSquared;
import org.mathforml.mathlib.distribution.ContinuousDistribution;
import org.mathforml.mathlib.distribution.DiscreteDistribution;
import org.mathforml.mathlib.distribution.DiscreteUniform;
import org.mathforml.mathlib.distribution.Exponential;
import org.mathforml.mathlib.distribution.FDistribution;
import org.mathforml.mathlib.distribution.Gamma;
import org.mathforml.mathlib.distribution.Normal;
import org.mathforml.mathlib.distribution.Poisson;
import org.mathforml.mathlib.distribution.StudentT;
import org.mathforml.mathlib.distribution.Uniform;
import org.mathforml.mathlib.random.Rng;
import org.mathforml.mathlib.special.BetaFunction;
import org.mathforml.mathlib.special.ErrorFunction;
import org.mathforml.mathlib.special.GammaFunction;
import org.mathforml.mathlib.stats.Alternative;
import org.mathforml.mathlib.stats.Anova;
import org.mathforml.mathlib.stats.BetaBinomial;
import org.mathforml.mathlib.stats.ConfidenceInterval;
import org.mathforml.mathlib.stats.ConfidenceIntervals;
import org.mathforml.mathlib.stats.Descriptive;
import org.mathforml.mathlib.stats.ExactStatistics;
import org.mathforml.mathlib.stats.FiveNumberSummary;
import org.mathforml.mathlib.stats.HypothesisTests;
import org.mathforml.mathlib.stats.Mle;
import org.mathforml.mathlib.stats.NormalKnownVariance;
import org.mathforml.mathlib.stats.Power;
import org.mathforml.mathlib.stats.RunningStatistics;
import org.mathforml.mathlib.stats.SimpleLinearRegression;
import org.mathforml.mathlib.stats.TestResult;

/**
 * Smoke cases for {@code mathlib.random}, {@code special}, {@code distribution} and {@code stats}.
 */
final class ProbabilityCases {
  private static final double[] X = {2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 3.9};
  private static final double[] Y = {2.9, 3.1, 2.5, 6.0, 4.1, 3.8, 3.5, 4.6};

  private ProbabilityCases() {}

  private static String continuous(ContinuousDistribution d) {
    return Canon.join(
        Canon.num(d.pdf(0.7)) + " " + Canon.num(d.cdf(0.7)) + " " + Canon.num(d.survival(0.7)),
        Canon.num(d.quantile(0.1)) + " " + Canon.num(d.quantile(0.975)),
        Canon.num(d.mean()) + " " + Canon.num(d.variance()));
  }

  private static String discrete(DiscreteDistribution d) {
    return Canon.join(
        Canon.num(d.pmf(2)) + " " + Canon.num(d.cdf(2)),
        d.quantile(0.5) + " " + Canon.num(d.mean()) + " " + Canon.num(d.variance()));
  }

  private static String test(TestResult t) {
    return Canon.num(t.statistic())
        + " "
        + Canon.num(t.degreesOfFreedom())
        + " "
        + Canon.num(t.pValue())
        + " "
        + Canon.num(t.pValue(Alternative.LESS))
        + " "
        + t.rejects(0.05);
  }

  private static String interval(ConfidenceInterval c) {
    return Canon.num(c.lower()) + " " + Canon.num(c.upper()) + " " + c.contains(3.5);
  }

  static void addTo(List<SmokeCase> cases) {
    cases.add(
        new SmokeCase(
            "stats.ExactStatistics",
            () -> {
              int[] a = {3, 5, 7, 9};
              int[] b = {2, 4, 4, 6, 9};
              return Canon.join(
                  ExactStatistics.mean(a) + " " + ExactStatistics.variance(a),
                  ExactStatistics.sumOfSquaredDeviations(b)
                      + " "
                      + ExactStatistics.populationVariance(b),
                  ExactStatistics.welchDegreesOfFreedom(
                          ExactStatistics.variance(a), 4, ExactStatistics.variance(b), 5)
                      .toString());
            }));
    cases.add(
        new SmokeCase(
            "random.Rng",
            () -> {
              Rng rng = Rng.seeded(42);
              int[] order = {1, 2, 3, 4, 5};
              rng.shuffle(order);
              return Canon.join(
                  rng.nextInt() + " " + rng.nextInt(10) + " " + rng.nextInt(5, 9),
                  Canon.num(rng.nextDouble()) + " " + rng.nextBoolean(),
                  Canon.ints(order));
            }));
    cases.add(
        new SmokeCase(
            "special.functions",
            () ->
                Canon.join(
                    Canon.num(GammaFunction.logGamma(4.5))
                        + " "
                        + Canon.num(GammaFunction.gamma(5)),
                    Canon.num(GammaFunction.digamma(2.5))
                        + " "
                        + Canon.num(GammaFunction.regularizedGammaP(2, 1.5))
                        + " "
                        + Canon.num(GammaFunction.regularizedGammaQ(2, 1.5)),
                    Canon.num(BetaFunction.beta(2, 3))
                        + " "
                        + Canon.num(BetaFunction.logBeta(20, 30))
                        + " "
                        + Canon.num(BetaFunction.regularizedBeta(0.3, 2, 5)),
                    Canon.num(ErrorFunction.erf(0.5)) + " " + Canon.num(ErrorFunction.erfc(2)))));
    cases.add(
        new SmokeCase(
            "distribution.continuous",
            () ->
                Canon.join(
                    continuous(Normal.of(0.5, 2)),
                    continuous(Exponential.of(1.5)),
                    continuous(Uniform.of(-1, 3)),
                    continuous(Gamma.of(2, 1.5)),
                    continuous(ChiSquared.of(4)),
                    continuous(StudentT.of(5)),
                    continuous(FDistribution.of(3, 12)),
                    continuous(Beta.of(2, 5)))));
    cases.add(
        new SmokeCase(
            "distribution.discrete",
            () ->
                Canon.join(
                    discrete(Bernoulli.of(0.3)),
                    discrete(Binomial.of(10, 0.35)),
                    discrete(Poisson.of(2.5)),
                    discrete(DiscreteUniform.of(1, 6)))));
    cases.add(
        new SmokeCase(
            "distribution.sampling",
            () -> {
              Rng rng = Rng.seeded(7);
              BivariateNormal b = BivariateNormal.of(1, -1, 2, 0.5, 0.6);
              return Canon.join(
                  Canon.num(Normal.of(0, 1).sampleByInverseCdf(rng))
                      + " "
                      + Binomial.of(20, 0.4).sampleByInverseCdf(rng),
                  Canon.num(b.pdf(1.5, -0.8)) + " " + Canon.num(b.covariance()),
                  Canon.num(b.conditionalYGivenX(2).mean())
                      + " "
                      + Canon.num(b.conditionalYGivenX(2).variance()),
                  Canon.nums(b.sample(rng)));
            }));
    cases.add(
        new SmokeCase(
            "stats.descriptive",
            () -> {
              RunningStatistics running = new RunningStatistics();
              for (double v : X) {
                running.add(v);
              }
              FiveNumberSummary five = FiveNumberSummary.of(X);
              return Canon.join(
                  Canon.num(Descriptive.mean(X))
                      + " "
                      + Canon.num(Descriptive.variance(X))
                      + " "
                      + Canon.num(Descriptive.median(X))
                      + " "
                      + Canon.num(Descriptive.quantile(X, 0.25)),
                  Canon.num(running.mean()) + " " + Canon.num(running.variance()),
                  Canon.num(five.q1()) + " " + Canon.num(five.q3()) + " " + Canon.num(five.iqr()),
                  Canon.num(Mle.bernoulli(new int[] {1, 0, 1, 1}))
                      + " "
                      + Canon.nums(Mle.gaussian(X)));
            }));
    cases.add(
        new SmokeCase(
            "stats.bayes",
            () -> {
              Beta posterior = BetaBinomial.posterior(Beta.of(2, 2), 7, 3);
              Normal normal = NormalKnownVariance.posterior(Normal.of(0, 1), 2, X);
              return Canon.join(
                  Canon.num(BetaBinomial.posteriorMean(posterior))
                      + " "
                      + Canon.num(BetaBinomial.posteriorMedian(posterior))
                      + " "
                      + Canon.num(BetaBinomial.map(posterior)),
                  Canon.num(normal.mean()) + " " + Canon.num(normal.variance()));
            }));
    cases.add(
        new SmokeCase(
            "stats.intervals",
            () ->
                Canon.join(
                    interval(ConfidenceIntervals.zMean(X, 1, 0.95)),
                    interval(ConfidenceIntervals.tMean(X, 0.95)),
                    interval(ConfidenceIntervals.proportionWilson(40, 100, 0.95)),
                    interval(ConfidenceIntervals.welchDifference(X, Y, 0.9)))));
    cases.add(
        new SmokeCase(
            "stats.tests",
            () ->
                Canon.join(
                    test(HypothesisTests.oneSampleT(X, 3)),
                    test(HypothesisTests.welchT(X, Y)),
                    test(HypothesisTests.pairedT(X, Y)),
                    test(HypothesisTests.twoProportionZ(45, 100, 30, 90)),
                    test(Anova.oneWay(X, Y, new double[] {1.5, 2.2, 2.9}).test()))));
    cases.add(
        new SmokeCase(
            "stats.regressionAndPower",
            () -> {
              SimpleLinearRegression r = SimpleLinearRegression.fit(X, Y);
              return Canon.join(
                  Canon.num(r.slope())
                      + " "
                      + Canon.num(r.intercept())
                      + " "
                      + Canon.num(r.rSquared()),
                  interval(r.slopeInterval(0.95)) + " " + test(r.slopeTest()),
                  Canon.num(Power.oneSampleZ(0, 0.5, 1, 30, 0.05, Alternative.TWO_SIDED))
                      + " "
                      + Power.twoProportionSampleSize(0.3, 0.4, 0.05, 0.8));
            }));
  }
}
