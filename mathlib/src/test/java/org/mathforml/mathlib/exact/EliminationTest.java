package org.mathforml.mathlib.exact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.FractionMatrix;

class EliminationTest {

  // Anton, Elementary Linear Algebra, 1.5 (inverse example): A = [1 2 3; 2 5 3; 1 0 8].
  // The steps below were worked by hand with first-non-zero pivoting.
  private static final FractionMatrix ANTON = FractionMatrix.parse("[1 2 3; 2 5 3; 1 0 8]");

  @Test
  void echelonStepsAreTheHandWorkedOnes() {
    Reduction r = Elimination.toEchelon(ANTON);
    assertEquals(3, r.steps().size());
    assertStep(r.steps().get(0), "R2 <- R2 - 2 R1", "[1 2 3; 0 1 -3; 1 0 8]");
    assertStep(r.steps().get(1), "R3 <- R3 - R1", "[1 2 3; 0 1 -3; 0 -2 5]");
    assertStep(r.steps().get(2), "R3 <- R3 + 2 R2", "[1 2 3; 0 1 -3; 0 0 -1]");
    assertArrayEquals(new int[] {0, 1, 2}, r.pivotColumns());
  }

  @Test
  void reducedStepsContinueUpwardFromTheLastPivot() {
    List<Step> steps = Elimination.toReduced(ANTON).steps();
    assertEquals(7, steps.size());
    assertStep(steps.get(3), "R3 <- -R3", "[1 2 3; 0 1 -3; 0 0 1]");
    assertStep(steps.get(4), "R1 <- R1 - 3 R3", "[1 2 0; 0 1 -3; 0 0 1]");
    assertStep(steps.get(5), "R2 <- R2 + 3 R3", "[1 2 0; 0 1 0; 0 0 1]");
    assertStep(steps.get(6), "R1 <- R1 - 2 R2", "[1 0 0; 0 1 0; 0 0 1]");
  }

  @Test
  void swapsOnlyWhenThePivotPositionHoldsZero() {
    Reduction r = Elimination.toEchelon(FractionMatrix.parse("[0 1; 0 2; 3 4]"));
    assertStep(r.steps().get(0), "R1 <-> R3", "[3 4; 0 2; 0 1]");
    assertStep(r.steps().get(1), "R3 <- R3 - 1/2 R2", "[3 4; 0 2; 0 0]");
    assertEquals(2, r.steps().size());
    assertEquals(1, r.swaps());
  }

  @Test
  void latexChainsTheMatricesWithTheOperationsOverArrows() {
    Reduction r = Elimination.toEchelon(FractionMatrix.parse("[1 2; 3 4]"));
    assertEquals(
        "\\left[\\begin{array}{cc}1 & 2 \\\\ 3 & 4\\end{array}\\right] "
            + "\\xrightarrow{R_2 \\leftarrow R_2 - 3R_1} "
            + "\\left[\\begin{array}{cc}1 & 2 \\\\ 0 & -2\\end{array}\\right]",
        r.toLatex());
  }

  @Test
  void augmentedReductionKeepsTheBar() {
    Reduction r =
        Elimination.toReducedAugmented(
            FractionMatrix.parse("[1 1; 1 -1]"), FractionMatrix.parse("[3; 1]"));
    assertEquals(FractionMatrix.parse("[1 0 2; 0 1 1]"), r.result());
    assertEquals(2, r.split());
    assertEquals(
        "\\left[\\begin{array}{cc|c}1 & 0 & 2 \\\\ 0 & 1 & 1\\end{array}\\right]",
        MatrixFormat.augmentedLatex(r.result(), r.split()));
  }

  private static void assertStep(Step step, String operation, String matrix) {
    assertEquals(operation, step.operation().toString());
    assertEquals(FractionMatrix.parse(matrix), step.matrix());
  }

  @Test
  void rrefIsIdempotentAndAgreesWithFractionMatrix() {
    Random rnd = new Random(31);
    for (int t = 0; t < ExactTestSupport.CASES; t++) {
      FractionMatrix a = ExactTestSupport.randomSmall(rnd);
      FractionMatrix rref = Elimination.toReduced(a).result();
      assertEquals(rref, Elimination.toReduced(rref).result(), a.toString());
      assertEquals(0, Elimination.toReduced(rref).steps().size(), a.toString());
      assertEquals(a.reducedRowEchelon(), rref, a.toString());
      assertEquals(a.rowEchelon(), Elimination.toEchelon(a).result(), a.toString());
    }
  }

  @Test
  void rankAgreesWithCommonsMathSvdOnLowRankMatrices() {
    Random rnd = new Random(32);
    for (int t = 0; t < ExactTestSupport.CASES; t++) {
      int m = 1 + rnd.nextInt(6);
      int n = 1 + rnd.nextInt(6);
      FractionMatrix a = ExactTestSupport.lowRank(rnd, m, n, 1 + rnd.nextInt(Math.min(m, n)));
      // Integer entries below ~100 in at most 6x6: the SVD's default threshold separates the
      // zero singular values (~1e-14) from the smallest non-zero ones (> 1e-3) with room.
      int expected = new SingularValueDecomposition(ExactTestSupport.toReal(a)).getRank();
      assertEquals(expected, Rank.of(a), a.toString());
      assertEquals(n - expected, Rank.nullity(a), a.toString());
    }
  }

  @Test
  void degenerateInputs() {
    FractionMatrix zero = FractionMatrix.parse("[0 0 0; 0 0 0]");
    assertEquals(0, Rank.of(zero));
    assertEquals(3, Rank.nullity(zero));
    assertEquals(1, Rank.of(FractionMatrix.parse("[7]")));
    assertEquals(0, Rank.of(FractionMatrix.parse("[0]")));
    assertEquals(
        FractionMatrix.parse("[1]"),
        Elimination.toReduced(FractionMatrix.parse("[-7/3]")).result());
    assertEquals(1, Rank.of(FractionMatrix.parse("[1 2 3 4]")));
    assertEquals(1, Rank.of(FractionMatrix.parse("[0; 0; 5]")));
  }

  @Test
  void veryLargeEntriesOverflowInsteadOfGivingAWrongAnswer() {
    // Clearing below 1e10 leaves 1e10 - 1/1e10 = (1e20 - 1)/1e10, whose numerator is past
    // Long.MAX_VALUE (about 9.2e18). Entries near 1e9 still fit in a 3x3 (tested below).
    FractionMatrix big = FractionMatrix.parse("[10000000000 1; 1 10000000000]");
    ArithmeticException e =
        assertThrows(ArithmeticException.class, () -> Elimination.toReduced(big));
    assertEquals("fraction overflow", e.getMessage());
    assertThrows(ArithmeticException.class, () -> Determinant.of(big));
    assertThrows(ArithmeticException.class, () -> Inverse.of(big));
  }

  @Test
  void entriesNearOneBillionStillReduceExactlyIn3x3() {
    FractionMatrix a =
        FractionMatrix.parse(
            "[999999937 999999929 1; 999999893 999999883 2; 999999797 999999761 3]");
    Reduction r = Elimination.toReduced(a);
    FractionMatrix product = FractionMatrix.identity(3);
    for (Step s : r.steps()) {
      product = s.operation().elementaryMatrix(3).multiply(product);
    }
    assertEquals(r.result(), product.multiply(a));
  }
}
