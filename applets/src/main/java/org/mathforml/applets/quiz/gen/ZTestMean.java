package org.mathforml.applets.quiz.gen;

import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.applets.quiz.internal.MathBuilder;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.random.Rng;

/**
 * "Compute the z statistic" of a sample mean against a hypothesised mean with known sigma: n a
 * square (9 to 49) so that sqrt(n) is an integer, sigma 2..12, the mean given to one decimal, |z|
 * in [0.5, 3.5] and not within 0.01 of 1.96. z = (xbar - mu0) / (sigma / sqrt(n)) is then an exact
 * fraction, typed to two decimals; the solution compares |z| with 1.96, the two-sided 5% critical
 * value (Moore, McCabe and Craig, Introduction to the Practice of Statistics, 6.2). Typical
 * mistakes, each at least {@link Stat#MARGIN} from the key: mu0 - xbar, dividing by sigma, by sigma
 * / n or by sigma / sqrt(n - 1), and the variance in place of sigma.
 */
public final class ZTestMean implements Generator {

  private static final Fraction CRITICAL = Fraction.of(196, 100);

  @Override
  public String name() {
    return "z-test-mean";
  }

  @Override
  public String description() {
    return "one-sample z statistic with known sigma, typed to two decimals";
  }

  @Override
  public Variant generate(int seed) {
    Rng rng = Rng.seeded(seed);
    for (int draw = 0; draw < Parts.MAX_DRAWS; draw++) {
      int root = rng.nextInt(3, 7);
      int sigma = rng.nextInt(2, 12);
      int mu0 = 10 * rng.nextInt(2, 30);
      int tenths = Calc.nonZero(rng, 10 * sigma); // xbar - mu0 in tenths
      Variant v = build(seed, root, sigma, mu0, tenths);
      if (v != null) {
        return v;
      }
    }
    throw Parts.exhausted(name(), seed);
  }

  // null if |z| is outside [0.5, 3.5], rounds to 1.96, or a typical mistake is too close to z.
  private Variant build(int seed, int root, int sigma, int mu0, int tenths) {
    int n = root * root;
    Fraction diff = Fraction.of(tenths, 10);
    Fraction se = Fraction.of(sigma, root);
    Fraction z = diff.divide(se);
    double zd = z.doubleValue();
    if (Math.abs(zd) < 0.5 || Math.abs(zd) > 3.5 || Math.abs(Math.abs(zd) - 1.96) < 0.01) {
      return null;
    }
    double d = diff.doubleValue();
    double bySigma = d / sigma;
    double bySigmaOverN = d * n / sigma;
    double nMinusOne = d * Math.sqrt(n - 1.0) / sigma;
    double byVariance = d * root / ((double) sigma * sigma);
    if (!(Stat.apart(zd, -zd)
        && Stat.apart(zd, bySigma)
        && Stat.apart(zd, bySigmaOverN)
        && Stat.apart(zd, nMinusOne)
        && Stat.apart(zd, byVariance))) {
      return null;
    }
    Fraction mean = Fraction.of(mu0).add(diff);
    Variant.Builder v = Variant.builder(name(), seed);
    v.prompt(
        "A sample of {n} observations has mean {xbar}. The population standard deviation is known,"
            + " {sigma}. Compute the z statistic for the null hypothesis {H0}, to two decimal"
            + " places.");
    v.param("n", new MathBuilder().id("n").op("=").num(Fraction.of(n)).build());
    v.param("xbar", Stat.bar().op("=").append(Stat.num(mean.doubleValue(), 1)).build());
    v.param("sigma", sigmaSymbol().op("=").num(Fraction.of(sigma)).build());
    v.param("H0", hypothesis(mu0).build());
    v.key(AnswerKey.numeric(zd, Stat.TOLERANCE)).model(Stat.typed(zd));
    v.mistake("subtracted in the wrong order: mu0 - xbar", Stat.typed(-zd));
    v.mistake("divided by sigma instead of sigma / sqrt(n)", Stat.typed(bySigma));
    v.mistake("divided by sigma / n instead of sigma / sqrt(n)", Stat.typed(bySigmaOverN));
    v.mistake("used sqrt(n - 1) instead of sqrt(n)", Stat.typed(nMinusOne));
    v.mistake("used the variance sigma^2 instead of sigma", Stat.typed(byVariance));

    MathBuilder seLine = new MathBuilder().id("SE").op("=");
    seLine.append(Stat.frac(sigmaSymbol(), Stat.sqrt(new MathBuilder().id("n"))));
    seLine.op("=").append(Stat.frac(Stat.integer(sigma), Stat.sqrt(Stat.integer(n))));
    seLine.op("=").append(Stat.frac(Stat.integer(sigma), Stat.integer(root)));
    Stat.decimalTail(seLine, se, 4);
    v.step(
        "The standard error of the mean: sigma divided by the square root of the sample size.",
        seLine.build());
    MathBuilder zLine = new MathBuilder().id("z").op("=");
    zLine.append(Stat.frac(Stat.bar().op("-").append(mu()), new MathBuilder().id("SE")));
    zLine.op("=");
    MathBuilder top = Stat.num(mean.doubleValue(), 1).op("-").num(Fraction.of(mu0));
    zLine.append(Stat.frac(top, new MathBuilder().num(se)));
    zLine.op("=").append(Stat.frac(Stat.num(d, 1), new MathBuilder().num(se)));
    zLine.op("=").num(z);
    Stat.decimalTail(zLine, z, 2);
    v.step(
        "z counts how many standard errors the sample mean lies from the hypothesised mean.",
        zLine.build());
    boolean rejects = z.abs().compareTo(CRITICAL) > 0;
    MathBuilder compare = new MathBuilder().raw("|z|", "|z|", "<mo>|</mo><mi>z</mi><mo>|</mo>");
    compare.op("=");
    compare.append(Stat.num(Math.abs(zd), 2));
    compare.raw(
        rejects ? " > " : " < ",
        rejects ? " > " : " < ",
        rejects ? "<mo>&#x3E;</mo>" : "<mo>&#x3C;</mo>");
    compare.append(Stat.num(1.96, 2));
    v.step(
        rejects
            ? "|z| is above 1.96, so a two-sided test at the 5% level rejects the null hypothesis."
            : "|z| is below 1.96, so a two-sided test at the 5% level does not reject the null"
                + " hypothesis.",
        compare.build());
    return v.build();
  }

  private static MathBuilder sigmaSymbol() {
    return new MathBuilder().raw("sigma", "\\sigma", "<mi>&#x3C3;</mi>");
  }

  private static MathBuilder mu() {
    return new MathBuilder().raw("mu0", "\\mu_{0}", "<msub><mi>&#x3BC;</mi><mn>0</mn></msub>");
  }

  private static MathBuilder hypothesis(int mu0) {
    return new MathBuilder()
        .raw(
            "H0: mu = ",
            "H_{0}\\colon \\mu = ",
            "<msub><mi>H</mi><mn>0</mn></msub><mo>:</mo><mi>&#x3BC;</mi><mo>=</mo>")
        .num(Fraction.of(mu0));
  }
}
