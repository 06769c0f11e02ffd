package org.mathforml.mathlib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TwoLinesTest {

  private static Line2D line(long a, long b, long c) {
    return Line2D.of(Fraction.of(a), Fraction.of(b), Fraction.of(c));
  }

  @Test
  void crossingLines() {
    TwoLines pair = TwoLines.of(line(2, 1, 5), line(1, -1, 1));
    assertEquals(Fraction.of(-3), pair.determinant());
    assertFalse(pair.isSingular());
    assertEquals(Solution.Kind.UNIQUE, pair.kind());
    assertArrayEquals(new Fraction[] {Fraction.of(2), Fraction.ONE}, pair.intersection());
  }

  @Test
  void parallelLines() {
    TwoLines pair = TwoLines.of(line(2, 1, 5), line(4, 2, 7));
    assertTrue(pair.isSingular());
    assertEquals(Fraction.ZERO, pair.determinant());
    assertEquals(Solution.Kind.NONE, pair.kind());
    IllegalStateException e = assertThrows(IllegalStateException.class, pair::intersection);
    assertTrue(e.getMessage().contains("parallel"), e.getMessage());
  }

  @Test
  void sameLine() {
    TwoLines pair = TwoLines.of(line(2, 1, 5), line(-6, -3, -15));
    assertEquals(Solution.Kind.INFINITE, pair.kind());
    assertThrows(IllegalStateException.class, pair::intersection);
  }

  @Test
  void verticalAndHorizontal() {
    TwoLines pair = TwoLines.of(line(1, 0, 3), line(0, 2, -4));
    assertEquals(Solution.Kind.UNIQUE, pair.kind());
    assertArrayEquals(new Fraction[] {Fraction.of(3), Fraction.of(-2)}, pair.intersection());
    assertEquals(Solution.Kind.NONE, TwoLines.of(line(1, 0, 3), line(2, 0, 3)).kind());
    assertEquals(Solution.Kind.INFINITE, TwoLines.of(line(1, 0, 3), line(2, 0, 6)).kind());
  }

  @Test
  void agreesWithGeneralSolverOnRandomPairs() {
    Random rnd = new Random(4242);
    int[] seen = new int[3];
    for (int k = 0; k < 3000; k++) {
      long[] v = new long[6];
      for (int i = 0; i < 6; i++) {
        v[i] = rnd.nextInt(7) - 3;
      }
      if (v[0] == 0 && v[1] == 0 || v[3] == 0 && v[4] == 0) {
        continue;
      }
      TwoLines pair = TwoLines.of(line(v[0], v[1], v[2]), line(v[3], v[4], v[5]));
      Solution s = pair.toSystem().solve();
      assertEquals(s.kind(), pair.kind(), pair.toString());
      if (s.kind() == Solution.Kind.UNIQUE) {
        Fraction[] p = pair.intersection();
        assertArrayEquals(s.values(), p);
        assertEquals(
            pair.first().c(), pair.first().a().multiply(p[0]).add(pair.first().b().multiply(p[1])));
      }
      seen[s.kind().ordinal()]++;
    }
    assertTrue(seen[0] > 0 && seen[1] > 0 && seen[2] > 0, "all kinds sampled");
  }

  @Test
  void rejectsNull() {
    assertThrows(IllegalArgumentException.class, () -> TwoLines.of(line(1, 1, 1), null));
  }
}
