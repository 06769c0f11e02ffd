package org.mathforml.applets.quiz.gen;

import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.Response;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.applets.quiz.internal.MathBuilder;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.Elimination;
import org.mathforml.mathlib.exact.Reduction;
import org.mathforml.mathlib.exact.Step;
import org.mathforml.mathlib.random.Rng;

/**
 * "Solve the system for x and y": two equations with non-zero integer coefficients (-6..6) and a
 * unique solution, drawn first: integers, or y a half-integer in a quarter of the variants (then
 * the y coefficients are even, so the constants stay integers). The answer is the vector (x, y);
 * the worked solution is mathlib's Gauss-Jordan {@link Elimination} of [A | b], step by step.
 */
public final class System2x2Solve implements Generator {

  static final String[] VARS = {"x", "y"};

  @Override
  public String name() {
    return "system-2x2-solve";
  }

  @Override
  public String description() {
    return "solve two linear equations in x and y with a unique solution, typed as a vector";
  }

  @Override
  public Variant generate(int seed) {
    Rng rng = Rng.seeded(seed);
    for (int draw = 0; draw < Parts.MAX_DRAWS; draw++) {
      boolean half = rng.nextInt(4) == 0;
      Fraction x = Parts.drawNonZero(rng, 6);
      Fraction y = half ? Fraction.of(2L * rng.nextInt(-3, 2) + 1, 2) : Parts.drawNonZero(rng, 6);
      int step = half ? 2 : 1;
      Fraction[][] a = {
        {Parts.drawNonZero(rng, 6), Parts.drawNonZero(rng, 6 / step).multiply(Fraction.of(step))},
        {Parts.drawNonZero(rng, 6), Parts.drawNonZero(rng, 6 / step).multiply(Fraction.of(step))}
      };
      FractionMatrix m = FractionMatrix.of(a);
      // x != +-y keeps the swapped and sign-flipped answers distinct from the key.
      if (!m.determinant().isZero() && !x.abs().equals(y.abs())) {
        return build(seed, m, x, y);
      }
    }
    throw Parts.exhausted(name(), seed);
  }

  private Variant build(int seed, FractionMatrix m, Fraction x, Fraction y) {
    Fraction[] b = m.multiply(new Fraction[] {x, y});
    Variant.Builder v = Variant.builder(name(), seed);
    v.prompt("Solve the system {S} for x and y.").param("S", Parts.system(m, b, VARS));
    v.key(AnswerKey.vector(x, y)).model(Response.cells(x.toString(), y.toString()));
    v.mistake("x and y swapped", Response.cells(y.toString(), x.toString()));
    v.mistake("sign error in x", Response.cells(x.negate().toString(), y.toString()));
    v.mistake("sign error in y", Response.cells(x.toString(), y.negate().toString()));
    v.mistake("off by one in x", Response.cells(x.add(Fraction.ONE).toString(), y.toString()));
    if (!(b[0].equals(x) && b[1].equals(y))) {
      v.mistake("copied the constants", Response.cells(b[0].toString(), b[1].toString()));
    }

    FractionMatrix column = FractionMatrix.of(new Fraction[][] {{b[0]}, {b[1]}});
    Reduction r = Elimination.toReducedAugmented(m, column);
    v.step(
        "Write the augmented matrix [A | b]: the coefficients, a bar, then the constants.",
        new MathBuilder().matrix(r.input(), 2).build());
    for (Step s : r.steps()) {
      v.step(
          Parts.sentence(s.operation()),
          new MathBuilder().arrow(s.operation()).matrix(s.matrix(), 2).build());
    }
    MathBuilder answer = new MathBuilder().id("x").op("=").num(x).op(",").id("y").op("=").num(y);
    v.step(
        "The left part is now the identity, so the last column is the solution.", answer.build());
    MathBuilder check = new MathBuilder();
    for (int i = 0; i < 2; i++) {
      if (i > 0) {
        check.op(",");
      }
      check.factor(m.get(i, 0)).op("*").factor(x).op("+").factor(m.get(i, 1)).op("*").factor(y);
      check.op("=").num(b[i]);
    }
    v.step("Check by substituting into both equations.", check.build());
    return v.build();
  }
}
