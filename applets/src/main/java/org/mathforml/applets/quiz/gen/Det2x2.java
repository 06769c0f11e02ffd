package org.mathforml.applets.quiz.gen;

import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Choice;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.Response;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.applets.quiz.internal.MathBuilder;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.random.Rng;

/**
 * "Compute det A" for a 2x2 integer matrix, as a single choice among det = ad - bc and the three
 * classic slips: ad + bc, bc - ad (the sign) and ab - cd (rows instead of diagonals). Entries are
 * drawn from -9..9 until the four values differ.
 */
public final class Det2x2 implements Generator {

  static final String[] MISTAKES = {
    "added the diagonal products (ad + bc) instead of subtracting",
    "subtracted in the wrong order (bc \u2212 ad): a sign error",
    "multiplied along the rows (ab \u2212 cd) instead of the diagonals"
  };

  @Override
  public String name() {
    return "det-2x2";
  }

  @Override
  public String description() {
    return "determinant of a 2x2 integer matrix, single choice";
  }

  @Override
  public Variant generate(int seed) {
    Rng rng = Rng.seeded(seed);
    for (int draw = 0; draw < Parts.MAX_DRAWS; draw++) {
      FractionMatrix m = Parts.drawMatrix(rng, 2, 2, 9);
      Fraction a = m.get(0, 0);
      Fraction b = m.get(0, 1);
      Fraction c = m.get(1, 0);
      Fraction d = m.get(1, 1);
      Fraction[] values = {
        a.multiply(d).subtract(b.multiply(c)),
        a.multiply(d).add(b.multiply(c)),
        b.multiply(c).subtract(a.multiply(d)),
        a.multiply(b).subtract(c.multiply(d))
      };
      if (distinct(values)) {
        return build(seed, rng, m, values);
      }
    }
    throw Parts.exhausted(name(), seed);
  }

  private Variant build(int seed, Rng rng, FractionMatrix m, Fraction[] values) {
    int[] order = {0, 1, 2, 3};
    rng.shuffle(order);
    int correct = 0;
    Variant.Builder v = Variant.builder(name(), seed);
    v.prompt("Compute the determinant of A = {A}.").param("A", Parts.matrix(m));
    for (int i = 0; i < order.length; i++) {
      if (order[i] == 0) {
        correct = i;
        v.choice(Choice.correct(Parts.number(values[0])));
      } else {
        v.choice(Choice.distractor(Parts.number(values[order[i]]), MISTAKES[order[i] - 1]));
      }
    }
    v.step(
        "For a 2 by 2 matrix, multiply along the main diagonal and subtract the product along the"
            + " other diagonal: det [a b; c d] = ad \u2212 bc.",
        new MathBuilder()
            .raw("det [a b; c d]", "\\det\\begin{bmatrix}a & b \\\\ c & d\\end{bmatrix}", formula())
            .op("=")
            .id("a")
            .raw("", "", "<mo>&#x2062;</mo>")
            .id("d")
            .op("-")
            .id("b")
            .raw("", "", "<mo>&#x2062;</mo>")
            .id("c")
            .build());
    MathBuilder here = new MathBuilder().raw("det A", "\\det A", "<mi>det</mi><mi>A</mi>");
    here.op("=");
    v.step(
        "Here a = "
            + Parts.prose(m.get(0, 0))
            + ", b = "
            + Parts.prose(m.get(0, 1))
            + ", c = "
            + Parts.prose(m.get(1, 0))
            + " and d = "
            + Parts.prose(m.get(1, 1))
            + ".",
        Parts.det2(here, m).build());
    return v.key(AnswerKey.singleChoice(4, correct)).model(Response.selected(correct)).build();
  }

  private static String formula() {
    return "<mi>det</mi><mrow><mo>[</mo><mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd>"
        + "</mtr><mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable><mo>]</mo></mrow>";
  }

  static boolean distinct(Fraction[] values) {
    for (int i = 0; i < values.length; i++) {
      for (int j = 0; j < i; j++) {
        if (values[i].equals(values[j])) {
          return false;
        }
      }
    }
    return true;
  }
}
