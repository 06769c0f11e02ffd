package org.mathforml.applets.quiz.gen;

import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.applets.quiz.internal.MathBuilder;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.random.Rng;
import org.mathforml.mathlib.stats.ExactStatistics;

/**
 * "Compute Welch's t statistic" for two small integer samples (4 to 6 values each, integer means,
 * non-zero variances, different means), typed to two decimals. The worked solution quotes the exact
 * means, sample variances and squared standard errors from mathlib's {@link ExactStatistics}, then
 * SE, t and the Welch-Satterthwaite degrees of freedom (Welch, Biometrika 34, 1947). Typical
 * mistakes, each at least {@link Stat#MARGIN} from the key: B minus A, dividing by n instead of n -
 * 1, forgetting the square root, standard deviations instead of variances, not dividing by the
 * sample sizes, and (when it differs) the pooled-variance t.
 */
public final class WelchT implements Generator {

  @Override
  public String name() {
    return "welch-t";
  }

  @Override
  public String description() {
    return "Welch's t statistic for two small integer samples, typed to two decimals";
  }

  @Override
  public Variant generate(int seed) {
    Rng rng = Rng.seeded(seed);
    for (int draw = 0; draw < Parts.MAX_DRAWS; draw++) {
      int center = rng.nextInt(8, 20);
      int[] a = Stat.sample(rng, rng.nextInt(4, 6), center, rng.nextInt(2, 5));
      int[] b = Stat.sample(rng, rng.nextInt(4, 6), center + rng.nextInt(-4, 4), rng.nextInt(2, 5));
      if (a == null || b == null) {
        continue;
      }
      Variant v = build(seed, a, b);
      if (v != null) {
        return v;
      }
    }
    throw Parts.exhausted(name(), seed);
  }

  // null if the variant is degenerate (equal means, a typical mistake too close to the key) or
  // unlike real data (|t| > 6).
  private Variant build(int seed, int[] a, int[] b) {
    int na = a.length;
    int nb = b.length;
    Fraction ma = ExactStatistics.mean(a);
    Fraction mb = ExactStatistics.mean(b);
    Fraction diff = ma.subtract(mb);
    if (diff.isZero()) {
      return null;
    }
    Fraction ssa = ExactStatistics.sumOfSquaredDeviations(a);
    Fraction ssb = ExactStatistics.sumOfSquaredDeviations(b);
    Fraction va = ExactStatistics.variance(a);
    Fraction vb = ExactStatistics.variance(b);
    Fraction qa = va.divide(Fraction.of(na));
    Fraction qb = vb.divide(Fraction.of(nb));
    Fraction q = qa.add(qb);
    double d = diff.doubleValue();
    double se = Math.sqrt(q.doubleValue());
    double t = d / se;

    double swapped = -t;
    double population =
        d
            / Math.sqrt(
                ExactStatistics.populationVariance(a).doubleValue() / na
                    + ExactStatistics.populationVariance(b).doubleValue() / nb);
    double noRoot = d / q.doubleValue();
    double deviations = d / (Math.sqrt(va.doubleValue()) / na + Math.sqrt(vb.doubleValue()) / nb);
    double notDivided = d / Math.sqrt(va.add(vb).doubleValue());
    double pooledVariance = ssa.add(ssb).doubleValue() / (na + nb - 2);
    double pooled = d / Math.sqrt(pooledVariance * (1.0 / na + 1.0 / nb));
    if (Math.abs(t) > 6
        || !(Stat.apart(t, swapped)
            && Stat.apart(t, population)
            && Stat.apart(t, noRoot)
            && Stat.apart(t, deviations)
            && Stat.apart(t, notDivided))) {
      return null;
    }

    Variant.Builder v = Variant.builder(name(), seed);
    v.prompt(
        "Two independent samples: A = {A} and B = {B}. Compute Welch's t statistic for mean(A)"
            + " - mean(B), using the sample variances. Give t to two decimal places.");
    v.param("A", Stat.list(a)).param("B", Stat.list(b));
    v.key(AnswerKey.numeric(t, Stat.TOLERANCE)).model(Stat.typed(t));
    v.mistake("subtracted in the wrong order: mean(B) - mean(A)", Stat.typed(swapped));
    v.mistake("divided by n instead of n - 1 in the variances", Stat.typed(population));
    v.mistake("forgot the square root in the standard error", Stat.typed(noRoot));
    v.mistake("used standard deviations instead of variances", Stat.typed(deviations));
    v.mistake("did not divide the variances by the sample sizes", Stat.typed(notDivided));
    if (Stat.apart(t, pooled)) {
      v.mistake("pooled the variances (Student's t, not Welch's)", Stat.typed(pooled));
    }

    v.step(
        "The means: the sum of the values divided by the sample size.",
        mean("A", a, ma).op(",").append(mean("B", b, mb)).build());
    variance(v, "A", a, ma, ssa, va);
    variance(v, "B", b, mb, ssb, vb);
    MathBuilder seLine = new MathBuilder().id("SE").op("=");
    seLine.append(
        Stat.sqrt(
            Stat.frac(Stat.variance("A"), Stat.sub("n", "A"))
                .op("+")
                .append(Stat.frac(Stat.variance("B"), Stat.sub("n", "B")))));
    seLine.op("=").append(Stat.sqrt(new MathBuilder().num(qa).op("+").num(qb)));
    seLine.op("=").append(Stat.sqrt(new MathBuilder().num(q)));
    Stat.approx(seLine).append(Stat.num(se, 4));
    v.step(
        "The standard error of the difference: each variance divided by its sample size, added,"
            + " then the square root.",
        seLine.build());
    MathBuilder tLine = new MathBuilder().id("t").op("=");
    tLine.append(
        Stat.frac(Stat.bar("A").op("-").append(Stat.bar("B")), new MathBuilder().id("SE")));
    tLine.op("=");
    tLine.append(Stat.frac(new MathBuilder().num(ma).op("-").factor(mb), Stat.num(se, 4)));
    Stat.approx(tLine).append(Stat.num(t, 2));
    v.step(
        "t is the difference of the means in units of the standard error; keep all digits until"
            + " the end, then round.",
        tLine.build());
    Fraction df = ExactStatistics.welchDegreesOfFreedom(qa, na, qb, nb);
    MathBuilder dfLine =
        Stat.approx(new MathBuilder().id("df")).append(Stat.num(df.doubleValue(), 2));
    v.step(
        "For a p-value, t is compared with a t distribution whose degrees of freedom come from the"
            + " Welch-Satterthwaite formula (SE^2)^2 / ((s_A^2/n_A)^2/(n_A \u2212 1) +"
            + " (s_B^2/n_B)^2/(n_B \u2212 1)); here:",
        dfLine.build());
    return v.build();
  }

  private static MathBuilder mean(String name, int[] x, Fraction m) {
    long sum = 0;
    for (int value : x) {
      sum += value;
    }
    return Stat.bar(name)
        .op("=")
        .append(Stat.frac(Stat.integer(sum), Stat.integer(x.length)))
        .op("=")
        .num(m);
  }

  private static void variance(
      Variant.Builder v, String name, int[] x, Fraction m, Fraction ss, Fraction var) {
    MathBuilder line = Stat.variance(name).op("=");
    line.append(Stat.frac(Stat.squaredDeviations(x, m), Stat.integer(x.length - 1)));
    line.op("=").append(Stat.frac(new MathBuilder().num(ss), Stat.integer(x.length - 1)));
    if (var.isInteger() || var.denominator() != x.length - 1) {
      line.op("=").num(var);
    }
    Stat.decimalTail(line, var, 4);
    v.step(
        "The sample variance of "
            + name
            + ": the squared deviations from the mean, added, divided by n \u2212 1 = "
            + (x.length - 1)
            + ".",
        line.build());
  }
}
