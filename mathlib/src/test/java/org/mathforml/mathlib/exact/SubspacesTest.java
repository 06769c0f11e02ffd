package org.mathforml.mathlib.exact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

class SubspacesTest {

  private static FractionVector v(long... x) {
    return FractionVector.ofIntegers(x);
  }

  @Test
  void nullSpaceVectorsSolveAxEqualsZeroAndCountNMinusRank() {
    Random rnd = new Random(91);
    for (int t = 0; t < ExactTestSupport.CASES; t++) {
      FractionMatrix a = ExactTestSupport.randomSmall(rnd);
      List<FractionVector> basis = Subspaces.nullSpace(a);
      assertEquals(a.cols() - a.rank(), basis.size(), a.toString());
      for (FractionVector x : basis) {
        assertTrue(ExactTestSupport.allZero(a.multiply(x.toArray())), a + " " + x);
      }
      if (!basis.isEmpty()) {
        assertEquals(basis.size(), Span.dimension(basis), "independent: " + a);
      }
    }
  }

  @Test
  void columnAndRowSpacesHaveDimensionRank() {
    Random rnd = new Random(92);
    for (int t = 0; t < ExactTestSupport.CASES; t++) {
      FractionMatrix a = ExactTestSupport.randomSmall(rnd);
      int rank = a.rank();
      List<FractionVector> cols = Subspaces.columnSpace(a);
      assertEquals(rank, cols.size());
      List<FractionVector> all = ExactTestSupport.columns(a);
      for (FractionVector c : cols) {
        assertTrue(all.contains(c), "a column of A itself");
      }
      for (FractionVector c : all) {
        if (!cols.isEmpty()) {
          assertTrue(Span.contains(cols, c).contains(), a + " column " + c);
        }
      }
      List<FractionVector> rows = Subspaces.rowSpace(a);
      assertEquals(rank, rows.size());
      for (FractionVector r : rows) {
        for (FractionVector x : Subspaces.nullSpace(a)) {
          assertEquals(Fraction.ZERO, r.dot(x), "row space is orthogonal to null space");
        }
      }
    }
  }

  @Test
  void textbookNullSpace() {
    // Strang 3.2: A = [1 2 2 4; 3 8 6 16] has special solutions (-2, 0, 1, 0), (0, -2, 0, 1).
    List<FractionVector> n = Subspaces.nullSpace(FractionMatrix.parse("[1 2 2 4; 3 8 6 16]"));
    assertEquals(Arrays.asList(v(-2, 0, 1, 0), v(0, -2, 0, 1)), n);
    assertEquals(Collections.emptyList(), Subspaces.nullSpace(FractionMatrix.parse("[1 0; 0 1]")));
    assertEquals(
        Arrays.asList(v(1, 0), v(0, 1)), Subspaces.nullSpace(FractionMatrix.parse("[0 0]")));
    assertEquals(Collections.emptyList(), Subspaces.columnSpace(FractionMatrix.parse("[0 0]")));
  }

  @Test
  void spanMembershipGivesCoefficientsThatRebuildTheVector() {
    Random rnd = new Random(93);
    int inside = 0;
    for (int t = 0; t < ExactTestSupport.CASES; t++) {
      List<FractionVector> vs = ExactTestSupport.columns(ExactTestSupport.randomSmall(rnd));
      FractionVector target =
          rnd.nextBoolean()
              ? FractionVector.of(
                  ExactTestSupport.combination(
                      vs, ExactTestSupport.randomVector(rnd, vs.size(), 3)))
              : ExactTestSupport.randomVector(rnd, vs.get(0).size(), 3);
      SpanMembership s = Span.contains(vs, target);
      // Independent check: v is in the span iff appending it does not raise the rank.
      List<FractionVector> more = new ArrayList<>(vs);
      more.add(target);
      assertEquals(Span.dimension(vs) == Span.dimension(more), s.contains());
      if (s.contains()) {
        inside++;
        assertArrayEquals(target.toArray(), ExactTestSupport.combination(vs, s.coefficients()));
      } else {
        assertThrows(IllegalStateException.class, s::coefficients);
      }
    }
    assertTrue(inside > ExactTestSupport.CASES / 3 && inside < ExactTestSupport.CASES);
  }

  @Test
  void spanLatex() {
    List<FractionVector> vs = Arrays.asList(v(1, 0), v(1, 1));
    assertEquals(
        "\\mathbf{v} = -\\mathbf{v}_{1} + 2\\mathbf{v}_{2}", Span.contains(vs, v(1, 2)).toLatex());
    assertEquals("\\mathbf{v} = \\mathbf{0}", Span.contains(vs, v(0, 0)).toLatex());
    assertEquals(
        "\\mathbf{v} \\notin \\operatorname{span}(\\mathbf{v}_{1})",
        Span.contains(Arrays.asList(v(1, 1)), v(1, 2)).toLatex());
  }

  @Test
  void dependencyRelationIsNonTrivialWholeAndSumsToZero() {
    Random rnd = new Random(94);
    int dependent = 0;
    for (int t = 0; t < ExactTestSupport.CASES; t++) {
      FractionMatrix a = ExactTestSupport.randomSmall(rnd);
      List<FractionVector> vs = ExactTestSupport.columns(a);
      Independence ind = Independence.test(vs);
      assertEquals(a.rank() == vs.size(), ind.isIndependent(), a.toString());
      assertEquals(a.rank(), ind.rank());
      if (!ind.isIndependent()) {
        dependent++;
        FractionVector c = ind.dependency();
        assertFalse(c.isZero());
        long g = 0;
        for (int i = 0; i < c.size(); i++) {
          assertTrue(c.get(i).isInteger(), c.toString());
          g = gcd(g, Math.abs(c.get(i).numerator()));
        }
        assertEquals(1, g, "no common factor: " + c);
        assertTrue(ExactTestSupport.allZero(ExactTestSupport.combination(vs, c)), a.toString());
      }
    }
    assertTrue(dependent > ExactTestSupport.CASES / 4);
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  @Test
  void dependencyLatexAndFractions() {
    // v3 = v1/2 + v2/3, so 3 v1 + 2 v2 - 6 v3 = 0.
    Independence ind = Independence.test(Arrays.asList(v(6, 0), v(0, 6), v(3, 2)));
    assertEquals(v(-3, -2, 6), ind.dependency());
    assertEquals(
        "-3\\mathbf{v}_{1} - 2\\mathbf{v}_{2} + 6\\mathbf{v}_{3} = \\mathbf{0}", ind.toLatex());
    assertEquals(
        "\\text{linearly independent}",
        Independence.test(Arrays.asList(v(1, 0), v(1, 1))).toLatex());
    assertFalse(Independence.test(Arrays.asList(v(0, 0))).isIndependent());
    assertEquals(v(1), Independence.test(Arrays.asList(v(0, 0))).dependency());
  }

  @Test
  void basisIsChosenFromTheVectorsThemselves() {
    List<FractionVector> vs = Arrays.asList(v(1, 2), v(2, 4), v(0, 1), v(1, 1));
    assertArrayEquals(new int[] {0, 2}, Span.basisIndices(vs));
    assertEquals(Arrays.asList(v(1, 2), v(0, 1)), Span.basis(vs));
    assertEquals(Collections.emptyList(), Span.basis(Arrays.asList(v(0, 0, 0))));
  }

  @Test
  void emptyAndMismatchedListsAreRejected() {
    List<FractionVector> none = Collections.emptyList();
    assertThrows(IllegalArgumentException.class, () -> Independence.test(none));
    assertThrows(IllegalArgumentException.class, () -> Span.basis(none));
    assertThrows(IllegalArgumentException.class, () -> Span.contains(none, v(1)));
    assertThrows(
        IllegalArgumentException.class, () -> Independence.test(Arrays.asList(v(1, 2), v(1))));
    assertThrows(
        IllegalArgumentException.class, () -> Span.contains(Arrays.asList(v(1, 2)), v(1, 2, 3)));
  }
}
