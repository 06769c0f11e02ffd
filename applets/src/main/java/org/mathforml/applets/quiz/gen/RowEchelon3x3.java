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
import org.mathforml.mathlib.exact.EchelonForm;
import org.mathforml.mathlib.exact.Elimination;
import org.mathforml.mathlib.exact.Reduction;
import org.mathforml.mathlib.exact.Step;
import org.mathforml.mathlib.random.Rng;

/**
 * "Enter a row echelon form of A" for a singular 3x3 integer matrix of rank 2, typed in a grid and
 * accepted if it is in row echelon form and row equivalent to A ({@link
 * AnswerKey.MatrixMode#ANY_ECHELON_FORM_OF}). A = L U is drawn backwards from an integer echelon
 * form U (pivots in columns 1, 2 or 1, 3; entries -4..4, pivots non-zero) and a unit lower
 * triangular L (multipliers -3..3, at least two non-zero), so elimination without row swaps gives
 * back U with whole numbers at every step. Rank 2 keeps the check meaningful: every invertible
 * triangular matrix would be an echelon form of every invertible A. The worked solution is
 * mathlib's {@link Elimination#toEchelon} (Lay, Linear Algebra and Its Applications, 5th ed., 1.2).
 */
public final class RowEchelon3x3 implements Generator {

  @Override
  public String name() {
    return "row-echelon-3x3";
  }

  @Override
  public String description() {
    return "a row echelon form of a 3x3 integer matrix of rank 2, typed in a grid";
  }

  @Override
  public Variant generate(int seed) {
    Rng rng = Rng.seeded(seed);
    boolean skip = rng.nextInt(3) == 0; // pivots in columns 1 and 3 instead of 1 and 2
    for (int draw = 0; draw < Parts.MAX_DRAWS; draw++) {
      Fraction[][] u = new Fraction[3][3];
      u[0][0] = Parts.drawNonZero(rng, 4);
      u[0][1] = Parts.draw(rng, -4, 4);
      u[0][2] = Parts.draw(rng, -4, 4);
      u[1][0] = Fraction.ZERO;
      u[1][1] = skip ? Fraction.ZERO : Parts.drawNonZero(rng, 4);
      u[1][2] = skip ? Parts.drawNonZero(rng, 4) : Parts.draw(rng, -4, 4);
      u[2][0] = Fraction.ZERO;
      u[2][1] = Fraction.ZERO;
      u[2][2] = Fraction.ZERO;
      Fraction[][] l = {
        {Fraction.ONE, Fraction.ZERO, Fraction.ZERO},
        {Parts.draw(rng, -3, 3), Fraction.ONE, Fraction.ZERO},
        {Parts.draw(rng, -3, 3), Parts.draw(rng, -3, 3), Fraction.ONE}
      };
      int multipliers = 0;
      for (int i = 1; i < 3; i++) {
        for (int j = 0; j < i; j++) {
          multipliers += l[i][j].isZero() ? 0 : 1;
        }
      }
      FractionMatrix echelon = FractionMatrix.of(u);
      FractionMatrix a = FractionMatrix.of(l).multiply(echelon);
      if (multipliers >= 2 && small(a) && !EchelonForm.isRowEchelon(a) && noZeroRow(a)) {
        return build(seed, a, echelon);
      }
    }
    throw Parts.exhausted(name(), seed);
  }

  private static boolean small(FractionMatrix a) {
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        if (a.get(i, j).abs().compareTo(Fraction.of(12)) > 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean noZeroRow(FractionMatrix a) {
    for (int i = 0; i < 3; i++) {
      if (EchelonForm.leadingColumn(a, i) < 0) {
        return false;
      }
    }
    return true;
  }

  private Variant build(int seed, FractionMatrix a, FractionMatrix echelon) {
    Reduction r = Elimination.toEchelon(a);
    FractionMatrix found = r.result();
    Variant.Builder v = Variant.builder(name(), seed);
    v.prompt("Enter a row echelon form of A = {A}.").param("A", Parts.matrix(a));
    v.key(AnswerKey.matrix(a, AnswerKey.MatrixMode.ANY_ECHELON_FORM_OF));
    v.model(grid(found));

    List<Step> steps = r.steps();
    List<FractionMatrix> wrong = new ArrayList<>();
    mistake(v, wrong, a, "left A as it is: it is not in row echelon form", a);
    if (steps.size() >= 2) {
      mistake(v, wrong, a, "stopped one step early", steps.get(steps.size() - 2).matrix());
    }
    mistake(v, wrong, a, "sign error in an entry", signSlip(found));
    mistake(v, wrong, a, "off by one in an entry", offByOne(found));
    mistake(v, wrong, a, "transposed the echelon form", found.transpose());

    v.step(
        "Eliminate column by column: use the leading entry of each row as a pivot and subtract"
            + " multiples of its row from the rows below.",
        new MathBuilder().matrix(a, -1).build());
    for (Step s : steps) {
      v.step(
          Parts.sentence(s.operation()),
          new MathBuilder().arrow(s.operation()).matrix(s.matrix(), -1).build());
    }
    int[] pivots = r.pivotColumns();
    v.step(
        "This is a row echelon form: the pivots are in columns "
            + (pivots[0] + 1)
            + " and "
            + (pivots[1] + 1)
            + ", each to the right of the one above, and the zero row is at the bottom. Scaling a"
            + " row or adding a lower row to a higher one gives other echelon forms of A, and they"
            + " are accepted too.",
        null);
    return v.build();
  }

  // Adds the mistake only when it is really wrong (not an echelon form of A) and new.
  private static void mistake(
      Variant.Builder v,
      List<FractionMatrix> seen,
      FractionMatrix a,
      String what,
      FractionMatrix m) {
    if (EchelonForm.isRowEchelonFormOf(m, a) || seen.contains(m)) {
      return;
    }
    seen.add(m);
    v.mistake(what, grid(m));
  }

  // The last non-zero entry right of a pivot in row 2, or else in row 1, with its sign flipped.
  private static FractionMatrix signSlip(FractionMatrix m) {
    Fraction[][] rows = m.toArray();
    for (int i = 1; i >= 0; i--) {
      for (int j = 2; j > EchelonForm.leadingColumn(m, i); j--) {
        if (!rows[i][j].isZero()) {
          rows[i][j] = rows[i][j].negate();
          return FractionMatrix.of(rows);
        }
      }
    }
    rows[0][0] = rows[0][0].negate().add(Fraction.ONE); // never reached for rank-2 draws
    return FractionMatrix.of(rows);
  }

  // The last entry of row 2 plus one.
  private static FractionMatrix offByOne(FractionMatrix m) {
    Fraction[][] rows = m.toArray();
    rows[1][2] = rows[1][2].add(Fraction.ONE);
    return FractionMatrix.of(rows);
  }

  static Response grid(FractionMatrix m) {
    String[][] g = new String[m.rows()][m.cols()];
    for (int i = 0; i < m.rows(); i++) {
      for (int j = 0; j < m.cols(); j++) {
        g[i][j] = m.get(i, j).toString();
      }
    }
    return Response.grid(g);
  }
}
