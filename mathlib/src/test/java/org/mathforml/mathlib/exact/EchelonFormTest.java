package org.mathforml.mathlib.exact;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

class EchelonFormTest {

  private static FractionMatrix m(String text) {
    return FractionMatrix.parse(text);
  }

  @Test
  void recognisesEchelonFormsByHand() {
    assertTrue(EchelonForm.isRowEchelon(m("[2 1 3; 0 0 5; 0 0 0]")));
    assertTrue(EchelonForm.isRowEchelon(m("[0 0; 0 0]")));
    assertTrue(EchelonForm.isRowEchelon(m("[0 3]")));
    assertFalse(EchelonForm.isRowEchelon(m("[0 0; 1 0]")), "zero row above a non-zero one");
    assertFalse(EchelonForm.isRowEchelon(m("[1 2; 3 4]")), "entry below a pivot");
    assertFalse(EchelonForm.isRowEchelon(m("[0 1 2; 0 3 4]")), "pivots in the same column");
    assertFalse(EchelonForm.isRowEchelon(m("[0 1; 1 0]")), "pivot left of the one above");
  }

  @Test
  void recognisesReducedFormsByHand() {
    assertTrue(EchelonForm.isReducedRowEchelon(m("[1 0 2; 0 1 3]")));
    assertTrue(EchelonForm.isReducedRowEchelon(m("[1 5 0; 0 0 1; 0 0 0]")));
    assertFalse(EchelonForm.isReducedRowEchelon(m("[2 0; 0 1]")), "pivot not 1");
    assertFalse(EchelonForm.isReducedRowEchelon(m("[1 1; 0 1]")), "entry above a pivot");
    assertFalse(EchelonForm.isReducedRowEchelon(m("[0 0; 0 1]")), "not even echelon");
  }

  @Test
  void acceptsAnyEchelonFormAStudentCouldReach() {
    Random rnd = new Random(41);
    for (int t = 0; t < ExactTestSupport.CASES; t++) {
      FractionMatrix a = ExactTestSupport.randomSmall(rnd);
      FractionMatrix u = Elimination.toEchelon(a).result();
      // A student may scale rows differently and add lower rows to upper ones.
      int i = rnd.nextInt(a.rows());
      FractionMatrix other = RowOperation.scale(i, Fraction.of(-2, 3)).apply(u);
      if (a.rows() > 1 && i > 0) {
        other = RowOperation.addMultiple(i - 1, i, Fraction.of(rnd.nextInt(5) - 2)).apply(other);
      }
      assertTrue(EchelonForm.isRowEchelonFormOf(other, a), a + " vs " + other);
      assertTrue(EchelonForm.isReducedRowEchelonFormOf(Elimination.toReduced(other).result(), a));
    }
  }

  @Test
  void rejectsEchelonFormsOfADifferentMatrix() {
    FractionMatrix a = m("[1 2; 3 4]");
    assertTrue(EchelonForm.isRowEchelonFormOf(m("[1 2; 0 -2]"), a));
    assertTrue(EchelonForm.isRowEchelonFormOf(m("[3 4; 0 7]"), a), "any invertible REF");
    assertFalse(EchelonForm.isRowEchelonFormOf(m("[1 2; 0 0]"), a), "wrong rank");
    assertFalse(EchelonForm.isRowEchelonFormOf(m("[1 2; 3 4]"), a), "not echelon");
    FractionMatrix b = m("[1 2 3; 2 4 7]");
    assertTrue(EchelonForm.isRowEchelonFormOf(m("[1 2 3; 0 0 1]"), b));
    assertFalse(EchelonForm.isRowEchelonFormOf(m("[1 3 3; 0 0 1]"), b), "different row space");
    assertFalse(EchelonForm.isRowEchelonFormOf(m("[1 2; 0 1]"), b), "different shape");
    assertFalse(EchelonForm.isReducedRowEchelonFormOf(m("[1 2 3; 0 0 1]"), b));
    assertTrue(EchelonForm.isReducedRowEchelonFormOf(m("[1 2 0; 0 0 1]"), b));
  }
}
