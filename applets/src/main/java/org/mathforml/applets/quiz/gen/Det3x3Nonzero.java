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
import org.mathforml.mathlib.exact.CofactorTerm;
import org.mathforml.mathlib.random.Rng;

/**
 * "Compute det A" for a 3x3 integer matrix (entries -5..5) with a non-zero determinant, typed as an
 * integer. The worked solution is mathlib's {@link CofactorExpansion} along the row or column with
 * the most zeros (Strang, Introduction to Linear Algebra, 5th ed., 5.2).
 */
public final class Det3x3Nonzero implements Generator {

  @Override
  public String name() {
    return "det-3x3-nonzero";
  }

  @Override
  public String description() {
    return "determinant of a 3x3 integer matrix with non-zero determinant, typed in";
  }

  @Override
  public Variant generate(int seed) {
    Rng rng = Rng.seeded(seed);
    for (int draw = 0; draw < Parts.MAX_DRAWS; draw++) {
      FractionMatrix m = Parts.drawMatrix(rng, 3, 3, 5);
      if (!m.determinant().isZero()) {
        return build(seed, m);
      }
    }
    throw Parts.exhausted(name(), seed);
  }

  private Variant build(int seed, FractionMatrix m) {
    CofactorExpansion e = expansion(m);
    Fraction det = e.value();
    Variant.Builder v = Variant.builder(name(), seed);
    v.prompt("Compute the determinant of A = {A}.").param("A", Parts.matrix(m));
    v.key(AnswerKey.fraction(det, true, false)).model(Response.text(det.toString()));

    Fraction unsigned = Fraction.ZERO;
    for (CofactorTerm t : e.terms()) {
      unsigned = unsigned.add(t.entry().multiply(t.minorDeterminant()));
    }
    Fraction diagonal = m.get(0, 0).multiply(m.get(1, 1)).multiply(m.get(2, 2));
    List<Fraction> seen = new ArrayList<>();
    seen.add(det);
    mistake(v, seen, "forgot the alternating signs of the cofactors", unsigned);
    mistake(v, seen, "sign error: the negative of the determinant", det.negate());
    mistake(v, seen, "multiplied only the main diagonal", diagonal);
    mistake(v, seen, "added all six products of Sarrus' rule", sarrusAllPlus(m));
    mistake(v, seen, "off by one", det.add(Fraction.ONE));

    String along = (e.isAlongRow() ? "row " : "column ") + (e.index() + 1);
    MathBuilder expand = new MathBuilder().raw("det A", "\\det A", "<mi>det</mi><mi>A</mi>");
    expand.op("=");
    boolean first = true;
    for (CofactorTerm t : e.terms()) {
      Fraction signed = t.sign() < 0 ? t.entry().negate() : t.entry();
      expand.term(signed, new MathBuilder().determinant(t.minor()), first);
      first = false;
    }
    v.step(
        "Expand along "
            + along
            + ", which has the most zeros: each entry times its minor, with the checkerboard"
            + " sign (\u22121)^(i+j) of its position.",
        expand.build());
    for (CofactorTerm t : e.terms()) {
      if (!t.entry().isZero()) {
        MathBuilder minor = new MathBuilder().determinant(t.minor()).op("=");
        v.step(
            "The minor of the entry in row " + (t.row() + 1) + ", column " + (t.column() + 1) + ":",
            Parts.det2(minor, t.minor()).build());
      }
    }
    MathBuilder sum = new MathBuilder().raw("det A", "\\det A", "<mi>det</mi><mi>A</mi>");
    sum.op("=");
    first = true;
    for (CofactorTerm t : e.terms()) {
      Fraction signed = t.sign() < 0 ? t.entry().negate() : t.entry();
      sum.term(signed, new MathBuilder().factor(t.minorDeterminant()), first);
      first = false;
    }
    v.step("Add up the terms.", sum.op("=").num(det).build());
    return v.build();
  }

  private static void mistake(Variant.Builder v, List<Fraction> seen, String what, Fraction f) {
    if (!seen.contains(f)) {
      seen.add(f);
      v.mistake(what, Response.text(f.toString()));
    }
  }

  /** "det A = a|M| - b|M| + c|M| = a(m1) - b(m2) + c(m3) = d": the whole expansion, one line. */
  static MathBuilder expansionLine(CofactorExpansion e) {
    MathBuilder mb = new MathBuilder().raw("det A", "\\det A", "<mi>det</mi><mi>A</mi>").op("=");
    boolean first = true;
    for (CofactorTerm t : e.terms()) {
      Fraction signed = t.sign() < 0 ? t.entry().negate() : t.entry();
      mb.term(signed, new MathBuilder().determinant(t.minor()), first);
      first = false;
    }
    mb.op("=");
    first = true;
    for (CofactorTerm t : e.terms()) {
      Fraction signed = t.sign() < 0 ? t.entry().negate() : t.entry();
      mb.term(signed, new MathBuilder().factor(t.minorDeterminant()), first);
      first = false;
    }
    return mb.op("=").num(e.value());
  }

  // The row or column with the most zero entries; row 1 on ties.
  static CofactorExpansion expansion(FractionMatrix m) {
    int best = 0;
    boolean row = true;
    int most = -1;
    for (int k = 0; k < 3; k++) {
      int zr = 0;
      int zc = 0;
      for (int j = 0; j < 3; j++) {
        zr += m.get(k, j).isZero() ? 1 : 0;
        zc += m.get(j, k).isZero() ? 1 : 0;
      }
      if (zr > most) {
        most = zr;
        best = k;
        row = true;
      }
      if (zc > most) {
        most = zc;
        best = k;
        row = false;
      }
    }
    return row ? CofactorExpansion.alongRow(m, best) : CofactorExpansion.alongColumn(m, best);
  }

  // aei + bfg + cdh + ceg + bdi + afh: Sarrus' six products all with a plus sign.
  private static Fraction sarrusAllPlus(FractionMatrix m) {
    Fraction sum = Fraction.ZERO;
    int[][] perms = {{0, 1, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}, {1, 0, 2}, {0, 2, 1}};
    for (int[] p : perms) {
      sum = sum.add(m.get(0, p[0]).multiply(m.get(1, p[1])).multiply(m.get(2, p[2])));
    }
    return sum;
  }
}
