package org.mathforml.applets.quiz.gen;

import java.util.ArrayList;
import java.util.List;
import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.applets.quiz.internal.MathBuilder;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.random.Rng;

/**
 * "Compute Ax" for a 2x2 (two variants in three) or 3x3 integer matrix (entries -5..5) and a vector
 * with non-zero entries -4..4, typed as a vector. Drawn until Ax differs from the classic slip of
 * using the columns of A as rows (the transpose times x), kept as a typical mistake with "only the
 * diagonal" and a sign slip. The worked solution shows both views: each entry is a row of A times
 * x, and Ax is x1 times column 1 plus x2 times column 2 (plus ...).
 */
public final class MatrixVectorProduct implements Generator {

  @Override
  public String name() {
    return "matrix-vector-product";
  }

  @Override
  public String description() {
    return "a 2x2 or 3x3 integer matrix times a vector, typed as a vector";
  }

  @Override
  public Variant generate(int seed) {
    Rng rng = Rng.seeded(seed);
    for (int draw = 0; draw < Parts.MAX_DRAWS; draw++) {
      int n = rng.nextInt(3) == 0 ? 3 : 2;
      FractionMatrix a = Parts.drawMatrix(rng, n, n, 5);
      Fraction[] x = new Fraction[n];
      for (int i = 0; i < n; i++) {
        x[i] = Parts.drawNonZero(rng, 4);
      }
      Fraction[] ax = a.multiply(x);
      Fraction[] transposed = a.transpose().multiply(x);
      if (!same(ax, transposed) && !same(ax, diagonal(a, x)) && !isZero(ax)) {
        return build(seed, a, x, ax);
      }
    }
    throw Parts.exhausted(name(), seed);
  }

  private Variant build(int seed, FractionMatrix a, Fraction[] x, Fraction[] ax) {
    int n = x.length;
    Variant.Builder v = Variant.builder(name(), seed);
    v.prompt("Compute Ax for A = {A} and x = {x}.");
    v.param("A", Parts.matrix(a)).param("x", MatrixParts.column(x));
    v.key(AnswerKey.vector(ax)).model(MatrixParts.cells(ax));

    List<Fraction[]> seen = new ArrayList<>();
    seen.add(ax);
    mistake(v, seen, "used the columns of A as rows", a.transpose().multiply(x));
    mistake(v, seen, "multiplied only the diagonal entries", diagonal(a, x));
    Fraction[] slip = ax.clone();
    slip[0] = slip[0].negate();
    mistake(v, seen, "sign error in the first entry", slip);

    v.step("Entry i of Ax is row i of A times x: multiply matching entries and add.", null);
    for (int i = 0; i < n; i++) {
      MathBuilder mb =
          new MathBuilder()
              .raw(
                  "(Ax)" + (i + 1),
                  "(A\\mathbf{x})_{" + (i + 1) + "}",
                  "<msub><mrow><mo>(</mo><mi>A</mi><mi mathvariant=\"bold\">x</mi><mo>)</mo></mrow><mn>"
                      + (i + 1)
                      + "</mn></msub>")
              .op("=");
      MatrixParts.products(mb, a.row(i), x).op("=").num(ax[i]);
      v.step("Row " + (i + 1) + ":", mb.build());
    }
    MathBuilder columns =
        new MathBuilder()
            .id("A")
            .raw("x", "\\mathbf{x}", "<mi mathvariant=\"bold\">x</mi>")
            .op("=");
    for (int j = 0; j < n; j++) {
      if (j > 0) {
        columns.op("+");
      }
      columns.factor(x[j]);
      MatrixParts.column(columns, MatrixParts.col(a, j));
    }
    MatrixParts.column(columns.op("="), ax);
    v.step(
        "The same result, column by column: Ax is a combination of the columns of A, weighted by"
            + " the entries of x.",
        columns.build());
    return v.build();
  }

  // (a11 x1, a22 x2, ...)
  static Fraction[] diagonal(FractionMatrix a, Fraction[] x) {
    Fraction[] d = new Fraction[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = a.get(i, i).multiply(x[i]);
    }
    return d;
  }

  static boolean same(Fraction[] p, Fraction[] q) {
    for (int i = 0; i < p.length; i++) {
      if (!p[i].equals(q[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isZero(Fraction[] p) {
    for (Fraction f : p) {
      if (!f.isZero()) {
        return false;
      }
    }
    return true;
  }

  private static void mistake(Variant.Builder v, List<Fraction[]> seen, String what, Fraction[] m) {
    for (Fraction[] s : seen) {
      if (same(s, m)) {
        return;
      }
    }
    seen.add(m);
    v.mistake(what, MatrixParts.cells(m));
  }
}
