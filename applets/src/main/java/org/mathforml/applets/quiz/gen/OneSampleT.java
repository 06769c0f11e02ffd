package org.mathforml.applets.quiz.gen;

import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.applets.quiz.internal.MathBuilder;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.random.Rng;
import org.mathforml.mathlib.stats.ExactStatistics;

/**
 * "Compute the one-sample t statistic" for 5 to 8 integers (integer mean, non-zero variance)
 * against a hypothesised integer mean 1 to 6 away, |t| at most 6: t = (xbar - mu0) / (s / sqrt(n)),
 * typed to two decimals. The worked solution quotes the exact mean and sample variance from
 * mathlib's {@link ExactStatistics}, then s, SE and t, and names the n - 1 degrees of freedom
 * (Moore, McCabe and Craig, Introduction to the Practice of Statistics, 7.1). Typical mistakes,
 * each at least {@link Stat#MARGIN} from the key: mu0 - xbar, dividing by s instead of s / sqrt(n),
 * the population standard deviation (n instead of n - 1), the variance instead of s, and sqrt(n -
 * 1) for sqrt(n).
 */
public final class OneSampleT implements Generator {

  @Override
  public String name() {
    return "one-sample-t";
  }

  @Override
  public String description() {
    return "one-sample t statistic for a small integer sample, typed to two decimals";
  }

  @Override
  public Variant generate(int seed) {
    Rng rng = Rng.seeded(seed);
    for (int draw = 0; draw < Parts.MAX_DRAWS; draw++) {
      int[] x = Stat.sample(rng, rng.nextInt(5, 8), rng.nextInt(10, 40), rng.nextInt(2, 6));
      int offset = Calc.nonZero(rng, 6);
      if (x == null) {
        continue;
      }
      Variant v = build(seed, x, offset);
      if (v != null) {
        return v;
      }
    }
    throw Parts.exhausted(name(), seed);
  }

  // null if |t| > 6 (unlike real data) or a typical mistake is too close to the key.
  private Variant build(int seed, int[] x, int offset) {
    int n = x.length;
    Fraction mean = ExactStatistics.mean(x);
    Fraction mu0 = mean.add(Fraction.of(offset));
    Fraction ss = ExactStatistics.sumOfSquaredDeviations(x);
    Fraction var = ExactStatistics.variance(x);
    double d = mean.subtract(mu0).doubleValue();
    double s = Math.sqrt(var.doubleValue());
    double se = s / Math.sqrt(n);
    double t = d / se;
    double bySd = d / s;
    double population =
        d / (Math.sqrt(ExactStatistics.populationVariance(x).doubleValue()) / Math.sqrt(n));
    double byVariance = d / (var.doubleValue() / Math.sqrt(n));
    double nMinusOne = d / (s / Math.sqrt(n - 1.0));
    if (Math.abs(t) > 6
        || !(Stat.apart(t, -t)
            && Stat.apart(t, bySd)
            && Stat.apart(t, population)
            && Stat.apart(t, byVariance)
            && Stat.apart(t, nMinusOne))) {
      return null;
    }
    Variant.Builder v = Variant.builder(name(), seed);
    v.prompt(
        "A sample: {x}. Compute the one-sample t statistic for the null hypothesis {H0}, using"
            + " the sample standard deviation. Give t to two decimal places.");
    v.param("x", Stat.list(x));
    v.param(
        "H0",
        new MathBuilder()
            .raw(
                "H0: mu = ",
                "H_{0}\\colon \\mu = ",
                "<msub><mi>H</mi><mn>0</mn></msub><mo>:</mo><mi>&#x3BC;</mi><mo>=</mo>")
            .num(mu0)
            .build());
    v.key(AnswerKey.numeric(t, Stat.TOLERANCE)).model(Stat.typed(t));
    v.mistake("subtracted in the wrong order: mu0 - xbar", Stat.typed(-t));
    v.mistake("divided by s instead of s / sqrt(n)", Stat.typed(bySd));
    v.mistake("divided by n instead of n - 1 in the variance", Stat.typed(population));
    v.mistake("used the variance instead of the standard deviation", Stat.typed(byVariance));
    v.mistake("used sqrt(n - 1) instead of sqrt(n)", Stat.typed(nMinusOne));

    long sum = 0;
    for (int value : x) {
      sum += value;
    }
    v.step(
        "The mean: the sum of the values divided by n = " + n + ".",
        Stat.bar()
            .op("=")
            .append(Stat.frac(Stat.integer(sum), Stat.integer(n)))
            .op("=")
            .num(mean)
            .build());
    MathBuilder varLine = Stat.variance("").op("=");
    varLine.append(Stat.frac(Stat.squaredDeviations(x, mean), Stat.integer(n - 1)));
    varLine.op("=").append(Stat.frac(new MathBuilder().num(ss), Stat.integer(n - 1)));
    if (var.isInteger() || var.denominator() != n - 1) {
      varLine.op("=").num(var);
    }
    Stat.decimalTail(varLine, var, 4);
    v.step(
        "The sample variance: the squared deviations from the mean, added, divided by n \u2212 1 = "
            + (n - 1)
            + ".",
        varLine.build());
    MathBuilder sdLine = new MathBuilder().id("s").op("=");
    sdLine.append(Stat.sqrt(new MathBuilder().num(var)));
    Stat.approx(sdLine).append(Stat.num(s, 4));
    sdLine.op(",").id("SE").op("=");
    sdLine.append(Stat.frac(new MathBuilder().id("s"), Stat.sqrt(new MathBuilder().id("n"))));
    sdLine.op("=").append(Stat.frac(Stat.num(s, 4), Stat.sqrt(Stat.integer(n))));
    Stat.approx(sdLine).append(Stat.num(se, 4));
    v.step(
        "The standard deviation s is the square root of the variance; the standard error of the"
            + " mean is s divided by the square root of n.",
        sdLine.build());
    MathBuilder tLine = new MathBuilder().id("t").op("=");
    MathBuilder mu =
        new MathBuilder().raw("mu0", "\\mu_{0}", "<msub><mi>&#x3BC;</mi><mn>0</mn></msub>");
    tLine.append(Stat.frac(Stat.bar().op("-").append(mu), new MathBuilder().id("SE")));
    tLine.op("=");
    tLine.append(Stat.frac(new MathBuilder().num(mean).op("-").factor(mu0), Stat.num(se, 4)));
    Stat.approx(tLine).append(Stat.num(t, 2));
    v.step(
        "t is the distance of the mean from mu0 in standard errors (keep all digits until the"
            + " end). Under the null hypothesis it follows a t distribution with n \u2212 1 = "
            + (n - 1)
            + " degrees of freedom.",
        tLine.build());
    return v.build();
  }
}
