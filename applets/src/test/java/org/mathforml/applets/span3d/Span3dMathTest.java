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
import org.mathforml.applets.components.Box3D;
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

  @Test
  void theSceneStaysInTheViewBox() {
    Box3D box = new Box3D(2, 30);
    // The box outline: a hexagon at a generic angle, every point inside the 400 x 400 viewBox.
    String[] hull = Scene.hull(box).split(" ");
    assertEquals(6, hull.length);
    for (String p : hull) {
      String[] xy = p.split(",");
      double x = Double.parseDouble(xy[0]);
      double y = Double.parseDouble(xy[1]);
      assertTrue(x > 0 && x < Box3D.SIZE && y > 0 && y < Box3D.SIZE, p);
    }
    // The plane x + y - z = 0 (normal u x v) through the centre of the cube: a hexagon.
    assertEquals(6, Scene.plane(box, v("1 0 1"), v("0 1 1")).split(" ").length);
    // The line along (1, 2, 0) ends on the faces y = -2 and y = 2, symmetric about the centre.
    double[] ends = Scene.line(box, v("1 2 0"));
    double[] top = box.project(1, 2, 0);
    assertEquals(top[0], ends[2], 1e-9);
    assertEquals(top[1], ends[3], 1e-9);
    assertEquals(Box3D.SIZE, ends[0] + ends[2], 1e-9);
    // A zero vector has no arrow on screen, only its label; a vector's head is its projection.
    assertEquals(0, Scene.arrow(box, v("0 0 0"), 0)[12]);
    double[] arrow = Scene.arrow(box, v("1 0 1"), 0);
    double[] head = box.project(1, 0, 1);
    assertEquals(1, arrow[12]);
    assertEquals(head[0], arrow[4], 1e-9);
    assertEquals(head[1], arrow[5], 1e-9);
    assertEquals("span: a plane (shaded, dash-dot edge)", Scene.label(2));
    // Labels of nearby heads are moved apart; equal vectors too.
    double[][] arrows = Scene.arrows(box, new Fraction[][] {v("1 0 1"), v("1 0 1"), v("1 1 1")});
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < i; j++) {
        boolean apart =
            Math.abs(arrows[i][10] - arrows[j][10]) >= 16
                || Math.abs(arrows[i][11] - arrows[j][11]) >= 16;
        assertTrue(apart, "labels " + j + " and " + i);
      }
    }
  }
}
