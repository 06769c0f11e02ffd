package org.mathforml.mathlib.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

class CofactorExpansionTest extends DeterminantContract {

  private final Random choice = new Random(81);

  /** Expands along a randomly chosen row or column: every line must give the same value. */
  @Override
  Fraction determinant(FractionMatrix a) {
    int k = choice.nextInt(a.rows());
    return choice.nextBoolean()
        ? Determinant.alongRow(a, k).value()
        : Determinant.alongColumn(a, k).value();
  }

  @Test
  void agreesWithEliminationOnEveryRowAndColumn() {
    Random rnd = new Random(82);
    for (int t = 0; t < ExactTestSupport.CASES; t++) {
      FractionMatrix a = ExactTestSupport.randomSquare(rnd, 5);
      Fraction expected = Determinant.byElimination(a).value();
      for (int k = 0; k < a.rows(); k++) {
        assertEquals(expected, CofactorExpansion.alongRow(a, k).value(), a.toString());
        assertEquals(expected, CofactorExpansion.alongColumn(a, k).value(), a.toString());
      }
    }
  }

  @Test
  void termsAreRecordedForTeaching() {
    CofactorExpansion e = Determinant.alongRow(FractionMatrix.parse("[1 2 3; 4 5 6; 7 8 9]"), 0);
    assertEquals(3, e.terms().size());
    CofactorTerm second = e.terms().get(1);
    assertEquals(FractionMatrix.parse("[4 6; 7 9]"), second.minor());
    assertEquals(Fraction.of(-6), second.minorDeterminant());
    assertEquals(-1, second.sign());
    assertEquals(Fraction.of(6), second.cofactor());
    assertEquals(Fraction.of(12), second.value());
    assertEquals(
        "\\begin{vmatrix}5 & 6 \\\\ 8 & 9\\end{vmatrix}"
            + " - 2\\begin{vmatrix}4 & 6 \\\\ 7 & 9\\end{vmatrix}"
            + " + 3\\begin{vmatrix}4 & 5 \\\\ 7 & 8\\end{vmatrix}"
            + " = (-3) - 2(-6) + 3(-3) = 0",
        e.toLatex());
  }

  @Test
  void alongAColumnTheSignsFollowTheCheckerboard() {
    CofactorExpansion e = Determinant.alongColumn(FractionMatrix.parse("[1 2; 3 4]"), 1);
    assertEquals(-1, e.terms().get(0).sign());
    assertEquals(1, e.terms().get(1).sign());
    assertEquals(
        "-2\\begin{vmatrix}3\\end{vmatrix} + 4\\begin{vmatrix}1\\end{vmatrix}"
            + " = -2(3) + 4(1) = -2",
        e.toLatex());
  }

  @Test
  void oneByOneHasNoMinor() {
    CofactorExpansion e = Determinant.alongRow(FractionMatrix.parse("[5]"), 0);
    assertEquals(Fraction.of(5), e.value());
    assertFalse(e.terms().get(0).hasMinor());
    assertEquals(Fraction.ONE, e.terms().get(0).minorDeterminant());
    assertThrows(IllegalStateException.class, () -> e.terms().get(0).minor());
    assertEquals("5", e.toLatex());
  }

  @Test
  void invalidLinesAndSizesAreRejected() {
    FractionMatrix a = FractionMatrix.parse("[1 2; 3 4]");
    assertThrows(IllegalArgumentException.class, () -> Determinant.alongRow(a, 2));
    assertThrows(IllegalArgumentException.class, () -> Determinant.alongColumn(a, -1));
    int n = CofactorExpansion.MAX_ORDER + 1;
    assertThrows(
        IllegalArgumentException.class, () -> Determinant.alongRow(FractionMatrix.identity(n), 0));
    assertEquals(Fraction.ONE, Determinant.of(FractionMatrix.identity(n)));
  }
}
