package org.mathforml.applets.quiz.gen;

import java.util.ArrayList;
import java.util.List;
import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.applets.quiz.internal.MathBuilder;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.Inverse;
import org.mathforml.mathlib.exact.Step;
import org.mathforml.mathlib.random.Rng;

/**
 * "Find the inverse of A" for a 2x2 integer matrix (entries -5..5) with determinant 1, -1, 2 or -2,
 * so the inverse has whole or half entries; typed into a grid. b and c are non-zero and a differs
 * from d, so every slip of the formula gives a different matrix, and A is not its own inverse. The
 * worked solution uses the formula A^-1 = (1 / (ad - bc)) [d -b; -c a] and then repeats the answer
 * by Gauss-Jordan elimination on [A | I], the steps recorded by mathlib's {@link Inverse} (Strang,
 * Introduction to Linear Algebra, 5th ed., 2.5).
 */
public final class Inverse2x2 implements Generator {

  @Override
  public String name() {
    return "inverse-2x2";
  }

  @Override
  public String description() {
    return "inverse of a 2x2 integer matrix with determinant 1, -1, 2 or -2, typed into a grid";
  }

  @Override
  public Variant generate(int seed) {
    Rng rng = Rng.seeded(seed);
    for (int draw = 0; draw < Parts.MAX_DRAWS; draw++) {
      FractionMatrix a = Parts.drawMatrix(rng, 2, 2, 5);
      long det = a.determinant().numerator();
      boolean nice = det != 0 && det >= -2 && det <= 2;
      if (nice
          && !a.get(0, 1).isZero()
          && !a.get(1, 0).isZero()
          && !a.get(0, 0).equals(a.get(1, 1))
          && !Inverse.of(a).inverse().equals(a)) {
        return build(seed, a);
      }
    }
    throw Parts.exhausted(name(), seed);
  }

  private Variant build(int seed, FractionMatrix a) {
    Fraction det = a.determinant();
    Fraction k = det.reciprocal();
    FractionMatrix adj = adjugate(a);
    Inverse gaussJordan = Inverse.of(a);
    FractionMatrix inv = gaussJordan.inverse();
    Variant.Builder v = Variant.builder(name(), seed);
    v.prompt("Find the inverse of A = {A}.").param("A", Parts.matrix(a));
    v.key(AnswerKey.matrix(inv, AnswerKey.MatrixMode.EXACT)).model(MatrixParts.grid(inv));

    List<FractionMatrix> seen = new ArrayList<>();
    seen.add(inv);
    Fraction b = a.get(0, 1);
    Fraction c = a.get(1, 0);
    FractionMatrix swappedOnly =
        FractionMatrix.of(new Fraction[][] {{a.get(1, 1), b}, {c, a.get(0, 0)}});
    FractionMatrix negatedOnly =
        FractionMatrix.of(new Fraction[][] {{a.get(0, 0), b.negate()}, {c.negate(), a.get(1, 1)}});
    mistake(
        v,
        seen,
        "swapped a and d but kept the signs of b and c",
        MatrixParts.scale(k, swappedOnly));
    mistake(
        v,
        seen,
        "changed the signs of b and c but did not swap a and d",
        MatrixParts.scale(k, negatedOnly));
    mistake(v, seen, "sign error: the negative of the inverse", MatrixParts.scale(k.negate(), adj));
    mistake(v, seen, "forgot to divide by the determinant", adj);
    mistake(v, seen, "took the transpose of A instead", a.transpose());

    MathBuilder d = new MathBuilder().raw("det A", "\\det A", "<mi>det</mi><mi>A</mi>").op("=");
    v.step(
        "First the determinant, ad \u2212 bc. It is not 0, so A has an inverse.",
        Parts.det2(d, a).build());
    v.step(
        "Swap the diagonal entries a and d, and change the signs of b and c.",
        new MathBuilder().matrix(adj, -1).build());
    MathBuilder result = inverseSymbol(new MathBuilder()).op("=");
    if (det.equals(Fraction.ONE)) {
      v.step(
          "Divide by the determinant. It is 1, so that matrix already is the inverse.",
          result.matrix(inv, -1).build());
    } else {
      result.num(k).raw(" ", "", "<mo>&#x2062;</mo>").matrix(adj, -1).op("=").matrix(inv, -1);
      v.step("Divide every entry by the determinant, " + Parts.prose(det) + ".", result.build());
    }
    v.step(
        "The same answer by row reduction: write A and the identity side by side, [A | I].",
        new MathBuilder().matrix(gaussJordan.reduction().input(), 2).build());
    for (Step s : gaussJordan.steps()) {
      v.step(
          Parts.sentence(s.operation()),
          new MathBuilder().arrow(s.operation()).matrix(s.matrix(), 2).build());
    }
    v.step(
        "The left half is now I, so the right half is the inverse. Check: A times it is I.",
        new MathBuilder()
            .matrix(a, -1)
            .matrix(inv, -1)
            .op("=")
            .matrix(a.multiply(inv), -1)
            .build());
    return v.build();
  }

  /** [d -b; -c a]: the adjugate of a 2x2 matrix. */
  static FractionMatrix adjugate(FractionMatrix a) {
    return FractionMatrix.of(
        new Fraction[][] {
          {a.get(1, 1), a.get(0, 1).negate()}, {a.get(1, 0).negate(), a.get(0, 0)}
        });
  }

  static MathBuilder inverseSymbol(MathBuilder mb) {
    return mb.raw(
        "A^-1", "A^{-1}", "<msup><mi>A</mi><mrow><mo>&#x2212;</mo><mn>1</mn></mrow></msup>");
  }

  private static void mistake(
      Variant.Builder v, List<FractionMatrix> seen, String what, FractionMatrix m) {
    if (!seen.contains(m)) {
      seen.add(m);
      v.mistake(what, MatrixParts.grid(m));
    }
  }
}
