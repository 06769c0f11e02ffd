package org.mathforml.applets.threeplanes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mathforml.applets.components.Box3D;
import org.mathforml.mathlib.Fraction;

class ThreePlanesSolutionSetTest {

  private static final double EPS = 1e-9;

  private static SolutionSet of(long[][] rows) {
    Fraction[][] f = new Fraction[3][4];
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < 4; k++) {
        f[i][k] = Fraction.of(rows[i][k]);
      }
    }
    return SolutionSet.of(f);
  }

  @Test
  void pointLinePlaneAndTheTwoWaysToBeEmpty() {
    SolutionSet point = of(new long[][] {{1, 1, 1, 6}, {2, -1, 1, 3}, {1, 2, -1, 2}});
    assertEquals(SolutionSet.Shape.POINT, point.shape());
    assertEquals("", point.reason());
    assertEquals("(1, 2, 3)", point.solution().particular().toString());

    SolutionSet line = of(new long[][] {{1, 1, 1, 3}, {1, -1, 2, 1}, {2, 0, 3, 4}});
    assertEquals(SolutionSet.Shape.LINE, line.shape());
    assertTrue(line.words().startsWith("Solution set: a line"));

    SolutionSet plane = of(new long[][] {{1, 1, 1, 2}, {2, 2, 2, 4}, {-1, -1, -1, -2}});
    assertEquals(SolutionSet.Shape.PLANE, plane.shape());

    SolutionSet parallel = of(new long[][] {{1, 1, 1, 2}, {1, -1, 0, 0}, {2, 2, 2, 5}});
    assertEquals(SolutionSet.Shape.EMPTY, parallel.shape());
    assertEquals("parallel-planes", parallel.reason());
    assertTrue(parallel.words().contains("planes 1 and 3 are parallel"));

    SolutionSet tent = of(new long[][] {{1, 1, 1, 2}, {1, -1, 2, 1}, {2, 0, 3, 5}});
    assertEquals(SolutionSet.Shape.EMPTY, tent.shape());
    assertEquals("no-common-line", tent.reason());
  }

  @Test
  void aSamePlaneTwiceIsNotParallelButTheThirdPlaneDecides() {
    // Planes 1 and 2 coincide, plane 3 parallel to them and apart: parallel planes.
    SolutionSet s = of(new long[][] {{1, 2, 3, 4}, {2, 4, 6, 8}, {1, 2, 3, 0}});
    assertEquals("parallel-planes", s.reason());
    assertTrue(s.words().contains("planes 1 and 3"), s.words());
  }

  @Test
  void clipsALineToTheBox() {
    double[] e = SolutionSet.clip(new double[] {0, 0, 0}, new double[] {1, 0, 0}, 5);
    assertNotNull(e);
    assertEquals(-5, e[0], EPS);
    assertEquals(5, e[3], EPS);
    double[] diagonal = SolutionSet.clip(new double[] {1, 1, 1}, new double[] {1, 2, 0}, 5);
    assertEquals(5, Math.max(Math.abs(diagonal[4]), Math.abs(diagonal[1])), EPS);
    assertNull(SolutionSet.clip(new double[] {0, 0, 9}, new double[] {1, 0, 0}, 5));
    assertNull(SolutionSet.clip(new double[] {20, 0, 0}, new double[] {1, 1, 0}, 5));
  }

  @Test
  void everyViewKeepsTheBoxInsideThePicture() {
    Box3D box = new Box3D(5, 30);
    assertEquals(20, box.elevation(), EPS);
    for (double angle = -180; angle <= 180; angle += 15) {
      for (double elevation = -10; elevation <= 95; elevation += 5) {
        box.setAngle(angle);
        box.setElevation(elevation);
        assertTrue(
            box.elevation() >= Box3D.MIN_ELEVATION && box.elevation() <= Box3D.MAX_ELEVATION);
        for (int i = 0; i < 8; i++) {
          double[] c = box.corner(i);
          double[] s = box.project(c[0], c[1], c[2]);
          assertTrue(s[0] > 0 && s[0] < Box3D.SIZE && s[1] > 0 && s[1] < Box3D.SIZE);
        }
      }
    }
    assertEquals(170, Box3D.wrap(-190), EPS);
    assertEquals(-170, Box3D.wrap(190), EPS);
  }
}
