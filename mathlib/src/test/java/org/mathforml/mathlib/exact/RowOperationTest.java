package org.mathforml.mathlib.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

class RowOperationTest {

  private static final Fraction THREE = Fraction.of(3);

  @Test
  void textShowsOneBasedRowsAsALessonWritesThem() {
    RowOperation add = RowOperation.addMultiple(1, 0, THREE.negate());
    assertEquals("R2 <- R2 - 3 R1", add.toString());
    assertEquals("R_2 \\leftarrow R_2 - 3R_1", add.toLatex());
    assertEquals("R3 <- R3 + R1", RowOperation.addMultiple(2, 0, Fraction.ONE).toString());
    assertEquals(
        "R_2 \\leftarrow R_2 + \\frac{1}{2}R_1",
        RowOperation.addMultiple(1, 0, Fraction.of(1, 2)).toLatex());
    assertEquals(
        "R2 <- R2 - 1/2 R1", RowOperation.addMultiple(1, 0, Fraction.of(-1, 2)).toString());
    assertEquals("R1 <-> R3", RowOperation.swap(2, 0).toString());
    assertEquals("R_1 \\leftrightarrow R_3", RowOperation.swap(0, 2).toLatex());
    assertEquals("R1 <- 1/2 R1", RowOperation.scale(0, Fraction.of(1, 2)).toString());
    assertEquals("R_1 \\leftarrow -R_1", RowOperation.scale(0, Fraction.ONE.negate()).toLatex());
    assertEquals(
        "R_2 \\leftarrow -\\frac{2}{3}R_2", RowOperation.scale(1, Fraction.of(-2, 3)).toLatex());
    assertEquals("R2 <- -2 R2", RowOperation.scale(1, Fraction.of(-2)).toString());
  }

  @Test
  void applyWorksOnTheNamedRowsOnly() {
    FractionMatrix a = FractionMatrix.parse("[1 2; 3 4; 5 6]");
    assertEquals(
        FractionMatrix.parse("[1 2; 0 -2; 5 6]"),
        RowOperation.addMultiple(1, 0, THREE.negate()).apply(a));
    assertEquals(FractionMatrix.parse("[5 6; 3 4; 1 2]"), RowOperation.swap(0, 2).apply(a));
    assertEquals(
        FractionMatrix.parse("[1 2; 3 4; 5/2 3]"),
        RowOperation.scale(2, Fraction.of(1, 2)).apply(a));
  }

  @Test
  void elementaryMatrixTimesAEqualsTheOperationAppliedToA() {
    Random rnd = new Random(11);
    for (int t = 0; t < ExactTestSupport.CASES; t++) {
      FractionMatrix a = ExactTestSupport.randomSmall(rnd);
      RowOperation op = randomOperation(rnd, a.rows());
      if (op == null) {
        continue;
      }
      FractionMatrix e = op.elementaryMatrix(a.rows());
      assertEquals(op.apply(a), e.multiply(a), op.toString());
      assertEquals(a, op.inverse().apply(op.apply(a)), op.toString());
      assertEquals(
          FractionMatrix.identity(a.rows()),
          e.multiply(op.inverse().elementaryMatrix(a.rows())),
          op.toString());
      assertEquals(e.determinant(), op.determinantFactor(), op.toString());
    }
  }

  /** A random operation on m rows; null for m = 1, where only scalings exist, half the time. */
  static RowOperation randomOperation(Random rnd, int m) {
    int kind = rnd.nextInt(3);
    int i = rnd.nextInt(m);
    if (kind == 0 || m == 1) {
      return m == 1 && rnd.nextBoolean()
          ? null
          : RowOperation.scale(i, Fraction.of(rnd.nextInt(9) + 1, rnd.nextBoolean() ? 1 : -3));
    }
    int j = (i + 1 + rnd.nextInt(m - 1)) % m;
    return kind == 1
        ? RowOperation.swap(i, j)
        : RowOperation.addMultiple(i, j, Fraction.of(rnd.nextInt(11) - 5, rnd.nextInt(3) + 1));
  }

  @Test
  void swapIsTheSameOperationWhicheverRowComesFirst() {
    assertEquals(RowOperation.swap(0, 1), RowOperation.swap(1, 0));
    assertEquals(RowOperation.swap(0, 1).hashCode(), RowOperation.swap(1, 0).hashCode());
  }

  @Test
  void invalidOperationsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> RowOperation.swap(1, 1));
    assertThrows(IllegalArgumentException.class, () -> RowOperation.swap(-1, 1));
    assertThrows(IllegalArgumentException.class, () -> RowOperation.scale(0, Fraction.ZERO));
    assertThrows(IllegalArgumentException.class, () -> RowOperation.scale(0, null));
    assertThrows(
        IllegalArgumentException.class, () -> RowOperation.addMultiple(2, 2, Fraction.ONE));
    assertThrows(IllegalArgumentException.class, () -> RowOperation.addMultiple(0, 1, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> RowOperation.swap(0, 2).apply(FractionMatrix.parse("[1; 2]")));
    assertThrows(IllegalArgumentException.class, () -> RowOperation.swap(0, 2).elementaryMatrix(2));
    assertThrows(IllegalArgumentException.class, () -> RowOperation.swap(0, 2).elementaryMatrix(0));
  }
}
