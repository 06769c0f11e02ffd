package org.mathforml.applets.quiz.gen;

import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Choice;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.MathText;
import org.mathforml.applets.quiz.Response;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.applets.quiz.internal.MathBuilder;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.Elimination;
import org.mathforml.mathlib.exact.Reduction;
import org.mathforml.mathlib.random.Rng;

/**
 * "How many solutions has this system?" for two equations in x and y: exactly one, none or
 * infinitely many, each a third of the time. Singular systems are built as two different non-zero
 * multiples of one equation, with the constant of the second one moved for "none". The worked
 * solution computes the determinant and, when it is 0, reduces [A | b] to compare the constants.
 */
public final class System2x2Classify implements Generator {

  /** Option labels in display order. */
  static final String[] LABELS = {
    "exactly one solution", "no solution", "infinitely many solutions"
  };

  // WRONG[truth][option]: the mistake behind choosing option when truth holds.
  static final String[][] WRONG = {
    {
      null,
      "took a non-zero determinant for parallel lines",
      "took a non-zero determinant for one line"
    },
    {
      "missed that the determinant is 0",
      null,
      "did not compare the constants: the lines are parallel but distinct"
    },
    {
      "missed that the determinant is 0",
      "did not compare the constants: both equations describe the same line",
      null
    }
  };

  @Override
  public String name() {
    return "system-2x2-classify";
  }

  @Override
  public String description() {
    return "does a 2x2 system have one, no or infinitely many solutions; single choice";
  }

  @Override
  public Variant generate(int seed) {
    Rng rng = Rng.seeded(seed);
    int truth = rng.nextInt(3);
    for (int draw = 0; draw < Parts.MAX_DRAWS; draw++) {
      Fraction[][] a = new Fraction[2][2];
      Fraction[] b = new Fraction[2];
      if (truth == 0) {
        FractionMatrix m = Parts.drawMatrix(rng, 2, 2, 6);
        a = m.toArray();
        b[0] = Parts.draw(rng, -9, 9);
        b[1] = Parts.draw(rng, -9, 9);
      } else {
        Fraction p = Parts.draw(rng, -5, 5);
        Fraction q = Parts.draw(rng, -5, 5);
        Fraction r = Parts.draw(rng, -4, 4);
        Fraction k1 = Parts.drawNonZero(rng, 3);
        Fraction k2 = Parts.drawNonZero(rng, 3);
        a[0] = new Fraction[] {k1.multiply(p), k1.multiply(q)};
        a[1] = new Fraction[] {k2.multiply(p), k2.multiply(q)};
        b[0] = k1.multiply(r);
        b[1] = k2.multiply(r).add(truth == 1 ? Parts.drawNonZero(rng, 3) : Fraction.ZERO);
        if (p.isZero() || q.isZero() || k1.equals(k2)) {
          continue; // keep both variables in play and the two equations different
        }
      }
      FractionMatrix m = FractionMatrix.of(a);
      if (zeroRow(m) || m.determinant().isZero() != (truth != 0)) {
        continue;
      }
      return build(seed, truth, m, b);
    }
    throw Parts.exhausted(name(), seed);
  }

  private static boolean zeroRow(FractionMatrix m) {
    return m.get(0, 0).isZero() && m.get(0, 1).isZero()
        || m.get(1, 0).isZero() && m.get(1, 1).isZero();
  }

  private Variant build(int seed, int truth, FractionMatrix m, Fraction[] b) {
    Variant.Builder v = Variant.builder(name(), seed);
    v.prompt("How many solutions does the system {S} have?")
        .param("S", Parts.system(m, b, System2x2Solve.VARS));
    for (int i = 0; i < LABELS.length; i++) {
      MathText label = new MathBuilder().words(LABELS[i]).build();
      v.choice(i == truth ? Choice.correct(label) : Choice.distractor(label, WRONG[truth][i]));
    }
    v.key(AnswerKey.singleChoice(3, truth)).model(Response.selected(truth));

    MathBuilder det = new MathBuilder().raw("det A", "\\det A", "<mi>det</mi><mi>A</mi>");
    det.op("=");
    v.step(
        "The system has exactly one solution if and only if the determinant of its coefficient"
            + " matrix A is not 0.",
        Parts.det2(det, m).build());
    if (truth == 0) {
      v.step("The determinant is not 0, so the two lines cross in exactly one point.", null);
      return v.build();
    }
    // Forward elimination is enough to compare the constants; the bar goes before column 2.
    Reduction r =
        Elimination.toEchelon(
            FractionMatrix.of(
                new Fraction[][] {
                  {m.get(0, 0), m.get(0, 1), b[0]}, {m.get(1, 0), m.get(1, 1), b[1]}
                }));
    MathBuilder chain = new MathBuilder().matrix(r.input(), 2);
    for (org.mathforml.mathlib.exact.Step s : r.steps()) {
      chain.arrow(s.operation()).matrix(s.matrix(), 2);
    }
    v.step(
        "The determinant is 0, so the lines are parallel or the same line. Row reduce [A | b] to"
            + " compare the constants.",
        chain.build());
    v.step(
        truth == 1
            ? "The last row now reads 0 = "
                + Parts.prose(r.result().get(1, 2))
                + ", which is impossible: the lines are parallel and distinct, so there is no"
                + " solution."
            : "The last row is all zeros: the second equation is a multiple of the first, so"
                + " every point of that line is a solution: infinitely many.",
        null);
    return v.build();
  }
}
