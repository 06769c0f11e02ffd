package org.mathforml.applets.quiz.gen;

import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.applets.quiz.internal.MathBuilder;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.random.Rng;

/**
 * "Compute AB" for two 2x2 integer matrices (entries -4..4, at most one zero in each), typed into a
 * grid. Drawn until AB differs from the three classic slips, each kept as a typical mistake: the
 * other order BA, the entry-by-entry product, and the transpose of AB (rows and columns of the
 * answer swapped). The worked solution is the row-times-column rule, entry by entry (Strang,
 * Introduction to Linear Algebra, 5th ed., 2.4).
 */
public final class MatrixProduct2x2 implements Generator {

  @Override
  public String name() {
    return "matrix-product-2x2";
  }

  @Override
  public String description() {
    return "product AB of two 2x2 integer matrices, typed into a grid";
  }

  @Override
  public Variant generate(int seed) {
    Rng rng = Rng.seeded(seed);
    for (int draw = 0; draw < Parts.MAX_DRAWS; draw++) {
      FractionMatrix a = Parts.drawMatrix(rng, 2, 2, 4);
      FractionMatrix b = Parts.drawMatrix(rng, 2, 2, 4);
      FractionMatrix ab = a.multiply(b);
      if (zeros(a) <= 1
          && zeros(b) <= 1
          && distinctFrom(
              ab, b.multiply(a), MatrixParts.entrywise(a, b), ab.transpose(), zero(2))) {
        return build(seed, a, b, ab);
      }
    }
    throw Parts.exhausted(name(), seed);
  }

  private Variant build(int seed, FractionMatrix a, FractionMatrix b, FractionMatrix ab) {
    Variant.Builder v = Variant.builder(name(), seed);
    v.prompt("Compute the product AB for A = {A} and B = {B}.");
    v.param("A", Parts.matrix(a)).param("B", Parts.matrix(b));
    v.key(AnswerKey.matrix(ab, AnswerKey.MatrixMode.EXACT)).model(MatrixParts.grid(ab));
    v.mistake("multiplied in the other order: BA instead of AB", MatrixParts.grid(b.multiply(a)));
    v.mistake("multiplied entry by entry", MatrixParts.grid(MatrixParts.entrywise(a, b)));
    v.mistake("rows and columns of the answer swapped", MatrixParts.grid(ab.transpose()));
    FractionMatrix rowsTimesRows = a.multiply(b.transpose());
    if (!rowsTimesRows.equals(ab)) {
      v.mistake("multiplied rows of A by rows of B", MatrixParts.grid(rowsTimesRows));
    }
    v.step(
        "Call the product C = AB. Its entry c_ij (row i, column j) is row i of A times column j"
            + " of B: multiply matching entries and add.",
        null);
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        MathBuilder mb = MatrixParts.entry(new MathBuilder(), "c", i, j).op("=");
        MatrixParts.products(mb, a.row(i), MatrixParts.col(b, j));
        mb.op("=").num(ab.get(i, j));
        v.step("Row " + (i + 1) + " of A times column " + (j + 1) + " of B:", mb.build());
      }
    }
    v.step(
        "Put the four entries in their places.",
        new MathBuilder().id("A").id("B").op("=").matrix(ab, -1).build());
    return v.build();
  }

  static int zeros(FractionMatrix m) {
    int count = 0;
    for (int i = 0; i < m.rows(); i++) {
      for (int j = 0; j < m.cols(); j++) {
        count += m.get(i, j).isZero() ? 1 : 0;
      }
    }
    return count;
  }

  static FractionMatrix zero(int n) {
    return MatrixParts.scale(Fraction.ZERO, FractionMatrix.identity(n));
  }

  /** True if {@code key} differs from every one of {@code others}. */
  static boolean distinctFrom(FractionMatrix key, FractionMatrix... others) {
    for (FractionMatrix o : others) {
      if (o.equals(key)) {
        return false;
      }
    }
    return true;
  }
}
