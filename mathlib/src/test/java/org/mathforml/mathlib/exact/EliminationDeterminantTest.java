package org.mathforml.mathlib.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

class EliminationDeterminantTest extends DeterminantContract {

  @Override
  Fraction determinant(FractionMatrix a) {
    return Determinant.byElimination(a).value();
  }

  @Override
  int maxOrder() {
    return 6;
  }

  @Test
  void latexShowsTheSignOfTheSwapsAndTheDiagonal() {
    EliminationDeterminant d = Determinant.byElimination(FractionMatrix.parse("[0 2; 3 1]"));
    assertEquals(1, d.swaps());
    assertEquals("(-1)^{1}(3)(2) = -6", d.toLatex());
    assertEquals(
        "(2)(\\frac{5}{2}) = 5",
        Determinant.byElimination(FractionMatrix.parse("[2 1; 1 3]")).toLatex());
  }
}
