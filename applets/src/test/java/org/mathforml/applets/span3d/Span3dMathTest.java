package org.mathforml.applets.span3d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.exact.FractionVector;
import org.mathforml.mathlib.exact.Independence;
import org.mathforml.mathlib.exact.Span;

/**
 * {@link Span3dMath} against mathlib's {@code exact} package: the dimension is {@link
 * Span#dimension}, independence is {@link Independence#isIndependent}, and the relation is a
 * multiple of {@link Independence#dependency} (both come from the first free column), and really
 * holds.
 */
class Span3dMathTest {

  private static Fraction[] v(String text) {
    String[] parts = text.split(" ");
    Fraction[] out = new Fraction[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Fraction.parse(parts[i]);
    }
    return out;
  }

  private static Span3dMath span(String... vectors) {
    Fraction[][] vs = new Fraction[vectors.length][];
    for (int i = 0; i < vs.length; i++) {
      vs[i] = v(vectors[i]);
    }
    return Span3dMath.of(vs);
  }

  @Test
  void theLabExamples() {
    Span3dMath plane = span("1 0 1", "0 1 1");
    assertEquals(2, plane.dimension());
    assertEquals("plane", plane.kind());
    assertTrue(plane.independent());
    assertEquals("", plane.relation());

    Span3dMath inPlane = span("1 0 1", "0 1 1", "1 1 2");
    assertEquals(2, inPlane.dimension());
    assertEquals("w = u + v", inPlane.relation());
    assertEquals(2, inPlane.target());

    Span3dMath space = span("1 0 1", "0 1 1", "0 0 1");
    assertEquals(3, space.dimension());
    assertEquals("space", space.kind());
    assertTrue(space.independent());
  }

  @Test
  void relationsReadAsALessonWritesThem() {
    assertEquals("w = 2u − v", span("1 0 0", "0 1 0", "2 -1 0").relation());
    assertEquals("v = −3u", span("1 2 0", "-3 -6 0", "0 0 1").relation());
    assertEquals("w = 1/2 u − 3/2 v", span("2 0 0", "0 2 0", "1 -3 0").relation());
    assertEquals("u = 0", span("0 0 0", "1 1 1").relation());
    assertEquals("w = 0", span("1 0 0", "0 1 0", "0 0 0").relation());
    Span3dMath origin = span("0 0 0", "0 0 0", "0 0 0");
    assertEquals(0, origin.dimension());
    assertEquals("point", origin.kind());
    assertEquals("u = 0", origin.relation());
    Span3dMath line = span("1 1 0", "2 2 0", "-1/2 -1/2 0");
    assertEquals("line", line.kind());
    assertEquals("v = 2u", line.relation());
  }

  @Test
  void agreesWithMathlibOnManyRandomSets() {
    Random random = new Random(7);
    for (int trial = 0; trial < 3000; trial++) {
      int k = 2 + random.nextInt(2);
      Fraction[][] vs = new Fraction[k][3];
      List<FractionVector> list = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        for (int i = 0; i < 3; i++) {
          // Halves in -2..2, with many zeros and repeats so dependent sets are common.
          vs[j][i] = random.nextInt(3) == 0 ? Fraction.ZERO : Fraction.of(random.nextInt(9) - 4, 2);
        }
        if (j > 0 && random.nextInt(4) == 0) {
          Fraction c = Fraction.of(random.nextInt(5) - 2, 1 + random.nextInt(2));
          for (int i = 0; i < 3; i++) {
            vs[j][i] = vs[j - 1][i].multiply(c);
          }
        }
        list.add(FractionVector.of(vs[j]));
      }
      Span3dMath s = Span3dMath.of(vs);
      Independence reference = Independence.test(list);
      assertEquals(Span.dimension(list), s.dimension());
      assertEquals(reference.rank(), s.dimension());
      assertEquals(reference.isIndependent(), s.independent());
      if (s.independent()) {
        assertNull(s.nullCombination());
        continue;
      }
      Fraction[] c = s.nullCombination();
      Fraction[] d = reference.dependency().toArray();
      // Same first free column: c = d / (-d_target).
      Fraction scale = d[s.target()].negate();
      assertTrue(!scale.isZero());
      for (int j = 0; j < k; j++) {
        assertEquals(d[j].divide(scale), c[j], "trial " + trial + " coefficient " + j);
      }
      FractionVector sum = FractionVector.zero(3);
      for (int j = 0; j < k; j++) {
        sum = sum.add(list.get(j).scale(c[j]));
      }
      assertTrue(sum.isZero());
      assertNotNull(s.relation());
    }
  }

  @Test
  void halvesWithinTheBox() {
    assertNull(Span3dMath.problem("u", Fraction.of(-5, 2), 3));
    assertEquals(
        "u: 1/3 is not a whole number or a half", Span3dMath.problem("u", Fraction.of(1, 3), 3));
    assertEquals("w: 4 lies outside the box (size 3)", Span3dMath.problem("w", Fraction.of(4), 3));
    assertThrows(IllegalArgumentException.class, () -> Span3dMath.of(new Fraction[1][3]));
  }

  @Test
  void crossProductIsANormal() {
    Fraction[] n = Span3dMath.cross(v("1 0 1"), v("0 1 1"));
    assertArrayEquals(v("-1 -1 1"), n);
  }
}
