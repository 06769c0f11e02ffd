package org.mathforml.applets.quiz.gen;

import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.Response;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.applets.quiz.internal.MathBuilder;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.EchelonForm;
import org.mathforml.mathlib.exact.Elimination;
import org.mathforml.mathlib.exact.Reduction;
import org.mathforml.mathlib.exact.Step;
import org.mathforml.mathlib.random.Rng;

/**
 * "What is the rank of A?" for a 3x3 integer matrix of rank 1, 2 or 3 (a third each), typed as a
 * whole number. A = L U is drawn backwards from an integer echelon form U of that rank (pivots
 * -3..3 non-zero, other entries -3..3) and a unit lower triangular L (multipliers -2..2, those in
 * column 1 non-zero), so elimination gives whole numbers at every step; entries stay in -9..9, no
 * row is zero, a rank-2 matrix has no row that is a multiple of another, and a matrix already in
 * row echelon form is redrawn. The worked solution is mathlib's Gaussian {@link Elimination} to a
 * row echelon form, step by step, then the pivots are counted (Strang, Introduction to Linear
 * Algebra, 5th ed., 3.2).
 */
public final class Rank3x3 implements Generator {

  @Override
  public String name() {
    return "rank-3x3";
  }

  @Override
  public String description() {
    return "rank of a 3x3 integer matrix of rank 1, 2 or 3, typed in";
  }

  @Override
  public Variant generate(int seed) {
    Rng rng = Rng.seeded(seed);
    int rank = rng.nextInt(1, 3);
    for (int draw = 0; draw < Parts.MAX_DRAWS; draw++) {
      FractionMatrix m = draw(rng, rank);
      if (m.rank() == rank && !EchelonForm.isRowEchelon(m) && fair(m, rank)) {
        return build(seed, m, rank);
      }
    }
    throw Parts.exhausted(name(), seed);
  }

  // L U with U an integer echelon form of the given rank and L unit lower triangular.
  private static FractionMatrix draw(Rng rng, int rank) {
    Fraction[][] u = new Fraction[3][3];
    int lead = rank < 3 && rng.nextInt(4) == 0 ? 1 : 0; // a zero first column now and then
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        u[i][j] = Fraction.ZERO;
      }
    }
    for (int i = 0; i < rank; i++) {
      // the pivot of row i is in column lead + i for rank 3 and 1; rank 2 may skip a column.
      int col = i == 0 ? lead : rank == 2 && lead == 0 && rng.nextInt(3) == 0 ? 2 : lead + i;
      u[i][col] = Parts.drawNonZero(rng, 3);
      for (int j = col + 1; j < 3; j++) {
        u[i][j] = Parts.draw(rng, -3, 3);
      }
    }
    Fraction[][] l = {
      {Fraction.ONE, Fraction.ZERO, Fraction.ZERO},
      {Parts.drawNonZero(rng, 2), Fraction.ONE, Fraction.ZERO},
      {Parts.drawNonZero(rng, 2), Parts.draw(rng, -2, 2), Fraction.ONE}
    };
    return FractionMatrix.of(l).multiply(FractionMatrix.of(u));
  }

  // Two or more non-zero columns, small entries, no zero row, and for rank 2 no row a multiple of
  // another.
  private static boolean fair(FractionMatrix m, int rank) {
    int columns = 0;
    for (int j = 0; j < 3; j++) {
      columns += m.get(0, j).isZero() && m.get(1, j).isZero() && m.get(2, j).isZero() ? 0 : 1;
    }
    if (columns < 2) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      if (EchelonForm.leadingColumn(m, i) < 0) {
        return false;
      }
      for (int j = 0; j < 3; j++) {
        if (m.get(i, j).abs().compareTo(Fraction.of(9)) > 0) {
          return false;
        }
      }
      for (int k = i + 1; rank == 2 && k < 3; k++) {
        if (FractionMatrix.of(new Fraction[][] {m.row(i), m.row(k)}).rank() < 2) {
          return false;
        }
      }
    }
    return true;
  }

  private Variant build(int seed, FractionMatrix m, int rank) {
    Fraction answer = Fraction.of(rank);
    Variant.Builder v = Variant.builder(name(), seed);
    v.prompt("What is the rank of A = {A}?").param("A", Parts.matrix(m));
    v.key(AnswerKey.fraction(answer, false, false)).model(Response.text(answer.toString()));
    if (rank < 3) {
      v.mistake("counted the rows instead of the pivots", Response.text("3"));
    }
    if (rank == 1) {
      v.mistake("off by one: one pivot too many", Response.text("2"));
    } else {
      v.mistake("off by one: one pivot too few", Response.text(Integer.toString(rank - 1)));
    }

    Reduction r = Elimination.toEchelon(m);
    v.step(
        "The rank is the number of pivots in a row echelon form. Reduce A by elimination, column"
            + " by column.",
        new MathBuilder().matrix(m, -1).build());
    for (Step s : r.steps()) {
      v.step(
          Parts.sentence(s.operation()),
          new MathBuilder().arrow(s.operation()).matrix(s.matrix(), -1).build());
    }
    MathBuilder result = new MathBuilder().raw("rank A", "\\operatorname{rank} A", rankMl());
    result.op("=").num(answer);
    v.step(
        "The echelon form has "
            + rank
            + (rank == 1 ? " non-zero row, so 1 pivot" : " non-zero rows, so " + rank + " pivots")
            + (rank == 3 ? ": no row of A is a combination of the others." : ".")
            + (rank < 3
                ? " The zero rows show rows of A that were combinations of the others."
                : ""),
        result.build());
    return v.build();
  }

  private static String rankMl() {
    return "<mi>rank</mi><mo>&#x2061;</mo><mi>A</mi>";
  }
}
