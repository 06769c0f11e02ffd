package org.mathforml.applets.quiz.gen;

import java.util.ArrayList;
import java.util.List;
import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Choice;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.MathText;
import org.mathforml.applets.quiz.Response;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.applets.quiz.internal.MathBuilder;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.random.Rng;

/**
 * "Is v an eigenvector of A, and for which eigenvalue?" as a single choice: three options "yes,
 * with eigenvalue x" (in increasing order of x) and "no". A is drawn as in {@link Eigenvalues2x2}
 * (two different integer eigenvalues, an integer eigenbasis). In half the variants v is 1 or 2
 * times (up to sign) one of the eigenvectors; in the others v has entries -3..3 and lies on neither
 * eigenvector's line, so Av is not a multiple of v. The distractors are the eigenvalues of A that
 * do not belong to v and the ratio of the first (or second) entries of Av and v.
 */
public final class EigenvectorCheck implements Generator {

  static final String NO = "no, v is not an eigenvector";

  @Override
  public String name() {
    return "eigenvector-check";
  }

  @Override
  public String description() {
    return "is v an eigenvector of a 2x2 matrix A, and for which eigenvalue; single choice";
  }

  @Override
  public Variant generate(int seed) {
    Rng rng = Rng.seeded(seed);
    Eigenvalues2x2.Drawn d = Eigenvalues2x2.draw(rng, name(), seed);
    boolean yes = rng.nextBoolean();
    for (int draw = 0; draw < Parts.MAX_DRAWS; draw++) {
      Fraction[] v;
      Fraction lambda = null;
      if (yes) {
        boolean first = rng.nextBoolean();
        Fraction k = Parts.drawNonZero(rng, 2);
        Fraction[] e = first ? d.v1 : d.v2;
        v = new Fraction[] {k.multiply(e[0]), k.multiply(e[1])};
        lambda = first ? d.l1 : d.l2;
      } else {
        v = new Fraction[] {Parts.draw(rng, -3, 3), Parts.draw(rng, -3, 3)};
        if (v[0].isZero() && v[1].isZero() || parallel(v, d.v1) || parallel(v, d.v2)) {
          continue;
        }
      }
      return build(seed, d, v, lambda);
    }
    throw Parts.exhausted(name(), seed);
  }

  static boolean parallel(Fraction[] u, Fraction[] w) {
    return u[0].multiply(w[1]).subtract(u[1].multiply(w[0])).isZero();
  }

  private Variant build(int seed, Eigenvalues2x2.Drawn d, Fraction[] v, Fraction lambda) {
    FractionMatrix a = d.a;
    Fraction[] av = a.multiply(v);
    // Candidate "yes" values with the mistake behind each; the first three distinct are used.
    List<Fraction> values = new ArrayList<>();
    List<String> why = new ArrayList<>();
    if (lambda != null) {
      add(values, why, lambda, null);
    }
    add(values, why, d.l1, "an eigenvalue of A, but Av is not that multiple of v");
    add(values, why, d.l2, "an eigenvalue of A, but Av is not that multiple of v");
    for (int i = 0; i < 2; i++) {
      if (!v[i].isZero()) {
        add(
            values,
            why,
            av[i].divide(v[i]),
            "compared only the " + (i == 0 ? "first" : "second") + " entries of Av and v");
      }
    }
    Fraction extra = d.l1.add(Fraction.ONE);
    while (values.size() < 3) {
      add(values, why, extra, "a number for which Av = λv does not hold");
      extra = extra.add(Fraction.ONE);
    }
    while (values.size() > 3) {
      values.remove(3);
      why.remove(3);
    }
    // Increasing order of the value, then "no" last.
    int[] order = {0, 1, 2};
    for (int i = 0; i < 3; i++) {
      for (int j = i + 1; j < 3; j++) {
        if (values.get(order[j]).compareTo(values.get(order[i])) < 0) {
          int t = order[i];
          order[i] = order[j];
          order[j] = t;
        }
      }
    }
    Variant.Builder b = Variant.builder(name(), seed);
    b.prompt("Is v = {v} an eigenvector of A = {A}? If it is, for which eigenvalue?")
        .param("v", column(v))
        .param("A", Parts.matrix(a));
    int correct = 3;
    for (int i = 0; i < 3; i++) {
      int k = order[i];
      MathText label =
          new MathBuilder()
              .raw(
                  "yes, with eigenvalue ",
                  "\\text{yes, with eigenvalue }",
                  "<mtext>yes, with eigenvalue</mtext><mspace width=\"0.5em\"/>")
              .append(Eigenvalues2x2.lambda())
              .op("=")
              .num(values.get(k))
              .build();
      if (why.get(k) == null) {
        correct = i;
        b.choice(Choice.correct(label));
      } else {
        b.choice(Choice.distractor(label, why.get(k)));
      }
    }
    MathText no = new MathBuilder().words(NO).build();
    b.choice(
        lambda == null
            ? Choice.correct(no)
            : Choice.distractor(no, "Av is a multiple of v: compare them entry by entry"));
    b.key(AnswerKey.singleChoice(4, correct)).model(Response.selected(correct));

    MathBuilder product =
        new MathBuilder().raw("Av", "A\\mathbf{v}", "<mi>A</mi><mi mathvariant=\"bold\">v</mi>");
    product.op("=").matrix(a, -1).append(columnBuilder(v)).op("=").append(columnBuilder(av));
    b.step(
        "v is an eigenvector when Av is a multiple of v: Av = λv for some number λ (and v is"
            + " not 0). Multiply A by v:",
        product.build());
    if (lambda != null) {
      MathBuilder same = new MathBuilder().append(columnBuilder(av)).op("=").factor(lambda);
      same.append(columnBuilder(v));
      b.step(
          "Each entry of Av is "
              + Parts.prose(lambda)
              + " times the entry of v, so v is an eigenvector with eigenvalue "
              + Parts.prose(lambda)
              + ".",
          same.build());
    } else {
      b.step(noReason(v, av), null);
      MathBuilder eigen =
          new MathBuilder().raw("λ1", "\\lambda_1", "<msub><mi>&#x3BB;</mi><mn>1</mn></msub>");
      eigen.op("=").num(d.l1).op(",");
      eigen.raw("λ2", "\\lambda_2", "<msub><mi>&#x3BB;</mi><mn>2</mn></msub>").op("=").num(d.l2);
      b.step(
          "A does have the eigenvalues below, but their eigenvectors lie on other lines than v.",
          eigen.build());
    }
    return b.build();
  }

  private static String noReason(Fraction[] v, Fraction[] av) {
    for (int i = 0; i < 2; i++) {
      if (v[i].isZero()) {
        String which = i == 0 ? "first" : "second";
        return "The "
            + which
            + " entry of v is 0 but that of Av is "
            + Parts.prose(av[i])
            + ", so no number λ gives Av = λv: v is not an eigenvector.";
      }
    }
    return "The first entries give "
        + Parts.prose(av[0])
        + " / "
        + Parts.prose(v[0])
        + " = "
        + Parts.prose(av[0].divide(v[0]))
        + " but the second give "
        + Parts.prose(av[1])
        + " / "
        + Parts.prose(v[1])
        + " = "
        + Parts.prose(av[1].divide(v[1]))
        + ": no single number λ gives Av = λv, so v is not an eigenvector.";
  }

  private static void add(List<Fraction> values, List<String> why, Fraction f, String mistake) {
    if (!values.contains(f)) {
      values.add(f);
      why.add(mistake);
    }
  }

  private static MathBuilder columnBuilder(Fraction[] v) {
    return new MathBuilder().matrix(FractionMatrix.of(new Fraction[][] {{v[0]}, {v[1]}}), -1);
  }

  private static MathText column(Fraction[] v) {
    return columnBuilder(v).build();
  }
}
