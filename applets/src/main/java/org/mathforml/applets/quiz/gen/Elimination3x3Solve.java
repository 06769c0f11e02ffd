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
 * "Solve the system for x, y and z by elimination": three equations with a unique solution of
 * non-zero integers (-5..5, not all of the same size), typed as a vector. A = L U is drawn from a
 * unit lower triangular L (multipliers -2..2, at least two non-zero) and an upper triangular U
 * (pivots 1 or 2 up to sign, other entries -3..3), so Gauss-Jordan elimination of [A | b] needs no
 * swap and every intermediate entry is a whole number; coefficients stay within -9..9. The worked
 * solution is mathlib's {@link Elimination#toReducedAugmented}, step by step, then a check (Lay,
 * Linear Algebra and Its Applications, 5th ed., 1.2).
 */
public final class Elimination3x3Solve implements Generator {

  static final String[] VARS = {"x", "y", "z"};

  @Override
  public String name() {
    return "elimination-3x3-solve";
  }

  @Override
  public String description() {
    return "solve three linear equations in x, y, z by elimination, typed as a vector";
  }

  @Override
  public Variant generate(int seed) {
    Rng rng = Rng.seeded(seed);
    for (int draw = 0; draw < Parts.MAX_DRAWS; draw++) {
      Fraction[] s = {
        Parts.drawNonZero(rng, 5), Parts.drawNonZero(rng, 5), Parts.drawNonZero(rng, 5)
      };
      Fraction[][] u = new Fraction[3][3];
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
          u[i][j] =
              j < i ? Fraction.ZERO : j == i ? Parts.drawNonZero(rng, 2) : Parts.draw(rng, -3, 3);
        }
      }
      Fraction[][] l = {
        {Fraction.ONE, Fraction.ZERO, Fraction.ZERO},
        {Parts.draw(rng, -2, 2), Fraction.ONE, Fraction.ZERO},
        {Parts.draw(rng, -2, 2), Parts.draw(rng, -2, 2), Fraction.ONE}
      };
      int multipliers =
          (l[1][0].isZero() ? 0 : 1) + (l[2][0].isZero() ? 0 : 1) + (l[2][1].isZero() ? 0 : 1);
      FractionMatrix a = FractionMatrix.of(l).multiply(FractionMatrix.of(u));
      boolean sameSize = s[0].abs().equals(s[1].abs()) && s[1].abs().equals(s[2].abs());
      if (multipliers >= 2 && !sameSize && bounded(a) && fullRows(a)) {
        return build(seed, a, s);
      }
    }
    throw Parts.exhausted(name(), seed);
  }

  private static boolean bounded(FractionMatrix a) {
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        if (a.get(i, j).abs().compareTo(Fraction.of(9)) > 0) {
          return false;
        }
      }
    }
    return true;
  }

  // Every equation uses at least two unknowns, so none is solved at a glance.
  private static boolean fullRows(FractionMatrix a) {
    for (int i = 0; i < 3; i++) {
      int used = 0;
      for (int j = 0; j < 3; j++) {
        used += a.get(i, j).isZero() ? 0 : 1;
      }
      if (used < 2) {
        return false;
      }
    }
    return true;
  }

  private Variant build(int seed, FractionMatrix a, Fraction[] s) {
    Fraction[] b = a.multiply(s);
    Variant.Builder v = Variant.builder(name(), seed);
    v.prompt("Solve the system {S} for x, y and z by elimination.")
        .param("S", Parts.system(a, b, VARS));
    v.key(AnswerKey.vector(s[0], s[1], s[2])).model(cells(s[0], s[1], s[2]));
    v.mistake("sign error in z", cells(s[0], s[1], s[2].negate()));
    v.mistake("sign error in x", cells(s[0].negate(), s[1], s[2]));
    v.mistake("off by one in y", cells(s[0], s[1].add(Fraction.ONE), s[2]));
    if (!s[0].equals(s[2])) {
      v.mistake("x and z swapped", cells(s[2], s[1], s[0]));
    }
    if (!(b[0].equals(s[0]) && b[1].equals(s[1]) && b[2].equals(s[2]))) {
      v.mistake("copied the constants", cells(b[0], b[1], b[2]));
    }

    FractionMatrix column = FractionMatrix.of(new Fraction[][] {{b[0]}, {b[1]}, {b[2]}});
    Reduction r = Elimination.toReducedAugmented(a, column);
    v.step(
        "Write the augmented matrix [A | b]. Then eliminate below each pivot, and finally above"
            + " it, until the left part is the identity.",
        new MathBuilder().matrix(r.input(), 3).build());
    for (Step st : r.steps()) {
      v.step(
          Parts.sentence(st.operation()),
          new MathBuilder().arrow(st.operation()).matrix(st.matrix(), 3).build());
    }
    MathBuilder answer = new MathBuilder();
    for (int j = 0; j < 3; j++) {
      if (j > 0) {
        answer.op(",");
      }
      answer.id(VARS[j]).op("=").num(s[j]);
    }
    v.step("The left part is the identity, so the last column is the solution.", answer.build());
    MathBuilder check = new MathBuilder();
    for (int i = 0; i < 3; i++) {
      if (i > 0) {
        check.op(",");
      }
      boolean first = true;
      for (int j = 0; j < 3; j++) {
        if (!a.get(i, j).isZero()) {
          if (!first) {
            check.op("+");
          }
          check.factor(a.get(i, j)).op("*").factor(s[j]);
          first = false;
        }
      }
      check.op("=").num(b[i]);
    }
    v.step("Check by substituting into all three equations.", check.build());
    return v.build();
  }

  private static Response cells(Fraction x, Fraction y, Fraction z) {
    return Response.cells(x.toString(), y.toString(), z.toString());
  }
}
