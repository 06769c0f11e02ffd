package org.mathforml.mathlib.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

/**
 * What every recorded reduction promises (EJML-style contract): each step is its operation applied
 * to the previous matrix, E_k ... E_1 A equals the result, the pivots are where the result says,
 * and the determinant changes by the product of the operations' factors.
 */
abstract class ReductionContract {

  /** Runs the reduction under test. */
  abstract Reduction reduce(FractionMatrix a);

  /** A random input for it. */
  FractionMatrix randomInput(Random rnd) {
    return ExactTestSupport.randomSmall(rnd);
  }

  /** Checks the final form; by default echelon, or reduced echelon when flagged. */
  void checkForm(Reduction r) {
    if (r.isReduced()) {
      assertTrue(EchelonForm.isReducedRowEchelon(r.result()), r::toString);
    } else {
      assertTrue(EchelonForm.isRowEchelon(r.result()), r::toString);
    }
  }

  @Test
  void everyStepIsItsOperationAppliedToThePreviousMatrix() {
    Random rnd = new Random(21);
    for (int t = 0; t < ExactTestSupport.CASES; t++) {
      Reduction r = reduce(randomInput(rnd));
      FractionMatrix previous = r.input();
      for (Step s : r.steps()) {
        assertEquals(s.operation().apply(previous), s.matrix(), r::toString);
        previous = s.matrix();
      }
      assertEquals(previous, r.result());
    }
  }

  @Test
  void productOfElementaryMatricesTimesInputIsTheResult() {
    Random rnd = new Random(22);
    for (int t = 0; t < ExactTestSupport.CASES; t++) {
      Reduction r = reduce(randomInput(rnd));
      int m = r.input().rows();
      FractionMatrix product = FractionMatrix.identity(m);
      for (Step s : r.steps()) {
        product = s.operation().elementaryMatrix(m).multiply(product);
      }
      assertEquals(r.result(), product.multiply(r.input()), r::toString);
    }
  }

  @Test
  void resultHasTheRightFormAndPivots() {
    Random rnd = new Random(23);
    for (int t = 0; t < ExactTestSupport.CASES; t++) {
      Reduction r = reduce(randomInput(rnd));
      checkForm(r);
      int[] pivots = r.pivotColumns();
      assertEquals(pivots.length, r.rank());
      for (int k = 0; k < pivots.length; k++) {
        assertEquals(pivots[k], EchelonForm.leadingColumn(r.result(), k), r::toString);
      }
    }
  }

  @Test
  void determinantChangesByTheProductOfTheOperationFactors() {
    Random rnd = new Random(24);
    for (int t = 0; t < ExactTestSupport.CASES; t++) {
      Reduction r = reduce(randomInput(rnd));
      if (r.input().isSquare()) {
        Fraction expected = r.determinantFactor().multiply(r.input().determinant());
        assertEquals(expected, r.result().determinant(), r::toString);
      }
    }
  }

  @Test
  void zeroMatrixNeedsNoSteps() {
    FractionMatrix zero = FractionMatrix.parse("[0 0; 0 0]");
    Reduction r = reduce(zero);
    assertTrue(r.steps().isEmpty());
    assertEquals(zero, r.result());
    assertEquals(0, r.rank());
  }

  @Test
  void oneByOneMatrix() {
    Reduction r = reduce(FractionMatrix.parse("[-4]"));
    assertEquals(1, r.rank());
    assertFalse(r.result().get(0, 0).isZero());
  }

  @Test
  void emptyInputIsRejectedBeforeAnyReduction() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> reduce(FractionMatrix.of(new Fraction[0][0])));
  }
}
