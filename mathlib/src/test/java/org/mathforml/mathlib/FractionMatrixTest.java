package org.mathforml.mathlib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FractionMatrixTest {

  private static final long SEED = 7_2024L;

  /** Samples per size for the oracle comparisons. */
  private static final int SAMPLES_PER_SIZE = 1000;

  /**
   * Relative tolerance against Commons Math LU (partial pivoting, doubles). Integer entries in [-9,
   * 9] up to 5x5 keep |det| below 10^8, so LU's rounding error is ~1e-16 * n * |det|; 1e-9 leaves a
   * wide margin yet still catches any wrong exact value.
   */
  private static final double DET_RELATIVE_TOLERANCE = 1e-9;

  @Test
  void determinantMatchesCommonsMathLu() {
    Random rnd = new Random(SEED);
    int nonZero = 0;
    for (int n = 1; n <= 5; n++) {
      for (int k = 0; k < SAMPLES_PER_SIZE; k++) {
        FractionMatrix a = MatrixTestSupport.randomIntegers(rnd, n, n, 9);
        Fraction exact = a.determinant();
        assertTrue(exact.isInteger(), "integer matrix has integer determinant");
        double lu = new LUDecomposition(MatrixTestSupport.toReal(a)).getDeterminant();
        double scale = Math.max(1.0, Math.abs(exact.doubleValue()));
        assertEquals(exact.doubleValue(), lu, DET_RELATIVE_TOLERANCE * scale, a.toString());
        nonZero += exact.isZero() ? 0 : 1;
      }
    }
    assertTrue(nonZero > 4 * SAMPLES_PER_SIZE, "sample should be mostly non-singular");
  }

  @Test
  void determinantIsMultiplicativeAndTransposeInvariant() {
    Random rnd = new Random(SEED + 1);
    for (int n = 1; n <= 5; n++) {
      for (int k = 0; k < 200; k++) {
        FractionMatrix a = MatrixTestSupport.randomFractions(rnd, n, n, 6);
        FractionMatrix b = MatrixTestSupport.randomIntegers(rnd, n, n, 5);
        assertEquals(
            a.determinant().multiply(b.determinant()),
            a.multiply(b).determinant(),
            "det(AB) = det(A)det(B)");
        assertEquals(a.determinant(), a.transpose().determinant(), "det(A^T) = det(A)");
      }
    }
  }

  @Test
  void determinantOfKnownMatrices() {
    assertEquals(Fraction.of(-3), FractionMatrix.parse("2 1; 1 -1").determinant());
    assertEquals(Fraction.of(-7), FractionMatrix.parse("-7").determinant());
    assertEquals(Fraction.ZERO, FractionMatrix.parse("1 2 3; 4 5 6; 7 8 9").determinant());
    assertEquals(Fraction.ZERO, FractionMatrix.parse("0 0; 0 0").determinant());
    // needs a row swap: the sign must flip
    assertEquals(Fraction.of(-1), FractionMatrix.parse("0 1; 1 0").determinant());
    assertEquals(Fraction.of(1, 4), FractionMatrix.parse("1/2 0; 0 1/2").determinant());
    assertEquals(Fraction.ONE, FractionMatrix.identity(5).determinant());
  }

  @Test
  void singularMatricesHaveExactlyZeroDeterminant() {
    Random rnd = new Random(SEED + 2);
    for (int n = 2; n <= 5; n++) {
      for (int k = 0; k < 200; k++) {
        Fraction[][] rows = MatrixTestSupport.randomFractions(rnd, n, n, 7).toArray();
        Fraction factor = Fraction.of(rnd.nextInt(7) - 3, rnd.nextInt(3) + 1);
        int target = rnd.nextInt(n);
        int source = (target + 1 + rnd.nextInt(n - 1)) % n;
        for (int j = 0; j < n; j++) {
          rows[target][j] = rows[source][j].multiply(factor);
        }
        assertEquals(Fraction.ZERO, FractionMatrix.of(rows).determinant());
      }
    }
  }

  @Test
  void determinantRejectsNonSquare() {
    assertThrows(
        IllegalArgumentException.class, () -> FractionMatrix.parse("1 2 3; 4 5 6").determinant());
  }

  @Test
  void rankMatchesCommonsMathSvdOnLowRankMatrices() {
    Random rnd = new Random(SEED + 3);
    int deficient = 0;
    for (int k = 0; k < 2000; k++) {
      int m = 1 + rnd.nextInt(5);
      int n = 1 + rnd.nextInt(5);
      int r = 1 + rnd.nextInt(Math.min(m, n));
      FractionMatrix a =
          MatrixTestSupport.randomIntegers(rnd, m, r, 4)
              .multiply(MatrixTestSupport.randomIntegers(rnd, r, n, 4));
      int rank = a.rank();
      assertTrue(rank <= r);
      int svd = new SingularValueDecomposition(MatrixTestSupport.toReal(a)).getRank();
      assertEquals(svd, rank, a.toString());
      assertEquals(rank, a.transpose().rank(), "row rank = column rank");
      deficient += rank < Math.min(m, n) ? 1 : 0;
    }
    assertTrue(deficient > 100, "sample should contain rank-deficient matrices");
  }

  @Test
  void rankOfKnownMatrices() {
    assertEquals(0, FractionMatrix.parse("0 0; 0 0").rank());
    assertEquals(1, FractionMatrix.parse("1 2; 2 4").rank());
    assertEquals(2, FractionMatrix.parse("1 2 3; 4 5 6; 7 8 9").rank());
    assertEquals(1, FractionMatrix.parse("0 0 5").rank());
  }

  @Test
  void reducedRowEchelonIsIdempotentAndIdentityForInvertible() {
    Random rnd = new Random(SEED + 4);
    for (int k = 0; k < 500; k++) {
      int m = 1 + rnd.nextInt(4);
      int n = 1 + rnd.nextInt(5);
      FractionMatrix a = MatrixTestSupport.randomIntegers(rnd, m, n, 3);
      FractionMatrix rref = a.reducedRowEchelon();
      assertEquals(rref, rref.reducedRowEchelon(), "rref(rref(A)) = rref(A)");
      assertEquals(a.rank(), rref.rank());
      assertEquals(rref, a.rowEchelon().reducedRowEchelon(), "same rref from the REF");
      if (m == n && !a.determinant().isZero()) {
        assertEquals(FractionMatrix.identity(n), rref);
      }
    }
    assertEquals(
        FractionMatrix.parse("1 0 -1; 0 1 2; 0 0 0"),
        FractionMatrix.parse("1 2 3; 4 5 6; 7 8 9").reducedRowEchelon());
    assertEquals(
        FractionMatrix.parse("1 2 3; 0 -3 -6; 0 0 0"),
        FractionMatrix.parse("1 2 3; 4 5 6; 7 8 9").rowEchelon());
  }

  @Test
  void multiplyAndTranspose() {
    FractionMatrix a = FractionMatrix.parse("1 2; 3 4; 5 6");
    FractionMatrix b = FractionMatrix.parse("1 0 -1; 2 1/2 0");
    assertEquals(FractionMatrix.parse("5 1 -1; 11 2 -3; 17 3 -5"), a.multiply(b));
    assertEquals(FractionMatrix.parse("1 3 5; 2 4 6"), a.transpose());
    assertArrayEquals(
        new Fraction[] {Fraction.of(3), Fraction.of(7), Fraction.of(11)},
        a.multiply(new Fraction[] {Fraction.ONE, Fraction.ONE}));
    assertThrows(IllegalArgumentException.class, () -> a.multiply(a));
    assertThrows(IllegalArgumentException.class, () -> a.multiply(new Fraction[3]));
  }

  @Test
  void parseAcceptsMatlabLikeText() {
    FractionMatrix a = FractionMatrix.parse("2 1; 1 -1");
    assertEquals(2, a.rows());
    assertEquals(2, a.cols());
    assertEquals(Fraction.of(-1), a.get(1, 1));
    FractionMatrix b = FractionMatrix.parse("1/2, 3; 4, -5");
    assertEquals(Fraction.of(1, 2), b.get(0, 0));
    assertEquals(Fraction.of(-5), b.get(1, 1));
    assertEquals(b, FractionMatrix.parse("[1/2,3;4 ,  -5]"));
    assertEquals(
        FractionMatrix.ofIntegers(new long[][] {{1, 2, 3}}), FractionMatrix.parse(" 1 2 3 "));
    assertEquals(FractionMatrix.ofIntegers(new long[][] {{1}, {2}}), FractionMatrix.parse("1;2"));
    assertEquals(Fraction.of(3, 4), FractionMatrix.parse("0.75").get(0, 0));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " ", "[]", "1 2; 3", "1 2;", ";", "1,,2", ",1", "1 x", "1; ; 2", "1/0"})
  void parseRejectsMalformedText(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FractionMatrix.parse(text));
    assertTrue(e.getMessage().contains(text), e.getMessage());
  }

  @Test
  void factoriesRejectEmptyRaggedAndNull() {
    assertThrows(IllegalArgumentException.class, () -> FractionMatrix.of(new Fraction[0][]));
    assertThrows(IllegalArgumentException.class, () -> FractionMatrix.of(new Fraction[2][0]));
    assertThrows(IllegalArgumentException.class, () -> FractionMatrix.of(null));
    assertThrows(
        IllegalArgumentException.class,
        () -> FractionMatrix.ofIntegers(new long[][] {{1, 2}, {3}}));
    assertThrows(IllegalArgumentException.class, () -> FractionMatrix.ofIntegers(new long[0][]));
    assertThrows(
        IllegalArgumentException.class,
        () -> FractionMatrix.of(new Fraction[][] {{Fraction.ONE, null}}));
    assertThrows(IllegalArgumentException.class, () -> FractionMatrix.identity(0));
  }

  @Test
  void indicesAreChecked() {
    FractionMatrix a = FractionMatrix.parse("1 2 3; 4 5 6");
    assertEquals(Fraction.of(6), a.get(1, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> a.get(2, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> a.get(0, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> a.get(-1, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> a.row(2));
  }

  @Test
  void isImmutable() {
    Fraction[][] rows = {{Fraction.ONE, Fraction.ZERO}};
    FractionMatrix a = FractionMatrix.of(rows);
    rows[0][0] = Fraction.of(9);
    a.row(0)[1] = Fraction.of(9);
    a.toArray()[0][0] = Fraction.of(9);
    assertEquals(FractionMatrix.parse("1 0"), a);
  }

  @Test
  void toLatexAndToString() {
    FractionMatrix a = FractionMatrix.parse("2 1; 1 -1");
    assertEquals("\\begin{bmatrix}2 & 1 \\\\ 1 & -1\\end{bmatrix}", a.toLatex());
    assertEquals(
        "\\begin{bmatrix}\\frac{1}{2} & -\\frac{3}{4}\\end{bmatrix}",
        FractionMatrix.parse("1/2 -3/4").toLatex());
    assertEquals("[2 1; 1 -1]", a.toString());
    Random rnd = new Random(SEED + 5);
    for (int k = 0; k < 100; k++) {
      FractionMatrix b =
          MatrixTestSupport.randomFractions(rnd, 1 + rnd.nextInt(4), 1 + rnd.nextInt(4), 9);
      assertEquals(b, FractionMatrix.parse(b.toString()));
    }
  }

  @Test
  void equalsAndHashCode() {
    FractionMatrix a = FractionMatrix.parse("1 2; 3 4");
    assertEquals(a, FractionMatrix.parse("2/2 4/2; 3 4"));
    assertEquals(a.hashCode(), FractionMatrix.parse("2/2 4/2; 3 4").hashCode());
    assertNotEquals(a, FractionMatrix.parse("1 2; 3 5"));
    assertNotEquals(FractionMatrix.parse("1 2"), FractionMatrix.parse("1; 2"));
    assertTrue(a.isSquare());
    assertFalse(FractionMatrix.parse("1 2").isSquare());
  }
}
