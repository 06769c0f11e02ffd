package org.mathforml.applets.quiz.gen;

import java.util.ArrayList;
import java.util.List;
import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.Response;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.applets.quiz.internal.MathBuilder;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.CofactorExpansion;
import org.mathforml.mathlib.exact.FractionVector;
import org.mathforml.mathlib.exact.Independence;
import org.mathforml.mathlib.random.Rng;

/**
 * True or false: "the rows of A are linearly dependent", for a 3x3 integer matrix. Half the
 * variants are dependent: a row is a combination a r1 + b r2 of two independent rows (-4..4, a and
 * b in -3..3, not both 0), and the rows are then shuffled. The others have a non-zero determinant.
 * The worked solution gives det A and, when it is 0, the relation from mathlib's {@link
 * Independence} (Lay, Linear Algebra and Its Applications, 5th ed., 1.7).
 */
public final class RowsDependent3x3 implements Generator {

  @Override
  public String name() {
    return "rows-dependent-3x3";
  }

  @Override
  public String description() {
    return "true or false: the rows of a 3x3 integer matrix are linearly dependent";
  }

  @Override
  public Variant generate(int seed) {
    Rng rng = Rng.seeded(seed);
    boolean dependent = rng.nextBoolean();
    for (int draw = 0; draw < Parts.MAX_DRAWS; draw++) {
      FractionMatrix m;
      if (dependent) {
        FractionMatrix two = Parts.drawMatrix(rng, 2, 3, 4);
        Fraction a = Parts.draw(rng, -3, 3);
        Fraction b = Parts.draw(rng, -3, 3);
        if (two.rank() < 2 || a.isZero() && b.isZero()) {
          continue;
        }
        Fraction[][] rows = new Fraction[3][];
        rows[0] = two.row(0);
        rows[1] = two.row(1);
        rows[2] = new Fraction[3];
        for (int j = 0; j < 3; j++) {
          rows[2][j] = a.multiply(rows[0][j]).add(b.multiply(rows[1][j]));
        }
        int[] order = {0, 1, 2};
        rng.shuffle(order);
        m = FractionMatrix.of(new Fraction[][] {rows[order[0]], rows[order[1]], rows[order[2]]});
      } else {
        m = Parts.drawMatrix(rng, 3, 3, 5);
        if (m.determinant().isZero()) {
          continue;
        }
      }
      return build(seed, m, dependent);
    }
    throw Parts.exhausted(name(), seed);
  }

  private Variant build(int seed, FractionMatrix m, boolean dependent) {
    Variant.Builder v = Variant.builder(name(), seed);
    v.prompt("True or false: the rows of A = {A} are linearly dependent.")
        .param("A", Parts.matrix(m));
    v.key(AnswerKey.trueFalse(dependent)).model(Response.truth(dependent));
    v.mistake(
        dependent
            ? "took the rows for independent because no row is a multiple of another"
            : "took the rows for dependent without checking the determinant",
        Response.truth(!dependent));

    CofactorExpansion e = Det3x3Nonzero.expansion(m);
    v.step(
        "The rows of a square matrix are dependent exactly when its determinant is 0. Expand"
            + " along "
            + (e.isAlongRow() ? "row " : "column ")
            + (e.index() + 1)
            + ", which has the most zeros:",
        Det3x3Nonzero.expansionLine(e).build());
    if (!dependent) {
      v.step(
          "The determinant is not 0, so A is invertible and its rows are linearly independent:"
              + " the statement is false.",
          null);
      return v.build();
    }
    List<FractionVector> rows = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      rows.add(FractionVector.of(m.row(i)));
    }
    Fraction[] c = Independence.test(rows).dependency().toArray();
    MathBuilder relation = new MathBuilder();
    MathBuilder check = new MathBuilder();
    boolean first = true;
    for (int i = 0; i < 3; i++) {
      if (!c[i].isZero()) {
        relation.term(c[i], new MathBuilder().boldSub("r", i + 1), first);
        check.term(c[i], new MathBuilder().tuple(m.row(i)), first);
        first = false;
      }
    }
    relation.op("=").raw("0", "\\mathbf{0}", "<mn mathvariant=\"bold\">0</mn>");
    check.op("=").tuple(new Fraction[] {Fraction.ZERO, Fraction.ZERO, Fraction.ZERO});
    v.step(
        "The determinant is 0, so the rows are dependent: the statement is true. Row reduction"
            + " finds the relation between the rows r1, r2, r3:",
        relation.build());
    v.step("Check it entry by entry:", check.build());
    return v.build();
  }
}
