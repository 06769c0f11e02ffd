package org.mathforml.applets.rowreduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.Elimination;
import org.mathforml.mathlib.exact.RowOperation;
import org.mathforml.mathlib.exact.Step;

class RowReductionTrainerTest {

  private static final RowOperation.Kind SWAP = RowOperation.Kind.SWAP;
  private static final RowOperation.Kind SCALE = RowOperation.Kind.SCALE;
  private static final RowOperation.Kind ADD = RowOperation.Kind.ADD_MULTIPLE;

  private static Trainer trainer(String m, int split) {
    return new Trainer(FractionMatrix.parse(m), split);
  }

  @Test
  void replayingMathlibsStepsByHandReachesTheSameReducedForm() {
    Trainer t = trainer("[2 1 -1 8; -3 -1 2 -11; -2 1 2 -3]", 3);
    assertEquals(Trainer.State.WORKING, t.state());
    for (Step s : t.replay().steps()) {
      RowOperation op = s.operation();
      assertNull(t.apply(op.kind(), op.target(), op.source(), op.factor()));
      assertEquals(s.matrix(), t.current());
    }
    assertEquals(Trainer.State.REDUCED, t.state());
    assertEquals("unique", t.solutionKind());
    assertEquals("(2, 3, -1)", t.solution().particular().toString());
    assertEquals(3, t.rank());
    assertTrue(t.isPivot(2, 2));
    assertFalse(t.isPivot(2, 3));
  }

  @Test
  void echelonFormIsRecognisedBeforeTheReducedForm() {
    Trainer t = trainer("[1 2; 3 4]", -1);
    assertNull(t.apply(ADD, 1, 0, Fraction.of(-3)));
    assertEquals(Trainer.State.ECHELON, t.state());
    assertNull(t.apply(SCALE, 1, 1, Fraction.of(-1, 2)));
    assertNull(t.apply(ADD, 0, 1, Fraction.of(-2)));
    assertEquals(Trainer.State.REDUCED, t.state());
    assertEquals(Elimination.toReduced(t.start()).result(), t.current());
  }

  @Test
  void undoAndResetGoBackExactly() {
    Trainer t = trainer("[0 1 2; 1 1 1]", 2);
    FractionMatrix start = t.current();
    assertNull(t.apply(SWAP, 0, 1, null));
    FractionMatrix swapped = t.current();
    assertNull(t.apply(SCALE, 1, 1, Fraction.of(3)));
    assertTrue(t.undo());
    assertEquals(swapped, t.current());
    t.reset();
    assertEquals(start, t.current());
    assertFalse(t.undo());
    assertEquals(0, t.operations().size());
  }

  @Test
  void operationsThatLoseInformationOrDoNothingAreRefused() {
    Trainer t = trainer("[1 2; 3 4]", -1);
    assertNotNull(t.apply(SCALE, 0, 0, Fraction.ZERO));
    assertNotNull(t.apply(ADD, 1, 1, Fraction.of(-1)));
    assertNotNull(t.apply(SWAP, 1, 1, null));
    assertNotNull(t.apply(ADD, 1, 0, Fraction.ZERO));
    assertNotNull(t.apply(ADD, 1, 0, null));
    assertTrue(t.apply(SCALE, 0, 0, Fraction.ZERO).contains("loses information"));
    assertEquals(0, t.operations().size());
    assertEquals(FractionMatrix.parse("[1 2; 3 4]"), t.current());
  }

  @Test
  void inconsistentAndUnderdeterminedSystemsAreClassified() {
    Trainer none = trainer("[1 1 2; 1 1 3]", 2);
    assertEquals("none", none.solutionKind());
    assertEquals(1, none.rank());
    assertEquals(2, none.augmentedRank());
    Trainer many = trainer("[1 1 1 3; 2 2 2 6; 1 -1 0 0]", 3);
    assertEquals("infinite", many.solutionKind());
    assertEquals(2, many.rank());
    Trainer plain = trainer("[1 2 3; 2 4 6]", -1);
    assertEquals("", plain.solutionKind());
    assertNull(plain.solution());
    assertEquals(1, plain.rank());
  }

  @Test
  void operationTextInWordsAndSymbols() {
    assertEquals(
        "Add -3/2 times R1 to R2",
        OperationText.words(RowOperation.addMultiple(1, 0, Fraction.of(-3, 2))));
    assertEquals(
        "R2 \u2190 R2 \u2212 3/2 R1",
        OperationText.symbols(RowOperation.addMultiple(1, 0, Fraction.of(-3, 2))));
    assertEquals(
        "R3 \u2190 R3 + R1", OperationText.symbols(RowOperation.addMultiple(2, 0, Fraction.ONE)));
    assertEquals("Swap R1 and R3", OperationText.words(RowOperation.swap(2, 0)));
    assertEquals(
        "R1 \u2190 \u22121/2 R1", OperationText.symbols(RowOperation.scale(0, Fraction.of(-1, 2))));
  }
}
