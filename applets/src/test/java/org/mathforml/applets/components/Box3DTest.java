package org.mathforml.applets.components;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Box3DTest {

  private static final double EPS = 1e-9;

  @Test
  void sectionsOfTheCube() {
    Box3D box = new Box3D(5, 30);
    assertEquals(4, box.section(0, 0, 1, 2).length); // horizontal square
    assertEquals(6, box.section(1, 1, 1, 0).length); // regular hexagon through the centre
    assertEquals(3, box.section(1, 1, 1, 12).length); // corner triangle
    assertEquals(0, box.section(1, 0, 0, 7).length); // misses the box
    assertEquals(4, box.section(1, 0, 0, 5).length); // a face: edges lying in the plane
    for (double[] p : box.section(2, -1, 1, 3)) {
      assertEquals(3, 2 * p[0] - p[1] + p[2], EPS);
    }
  }

  @Test
  void projectsTheOriginToTheCentreAndZUp() {
    Box3D box = new Box3D(5, 30);
    double[] o = box.project(0, 0, 0);
    assertEquals(Box3D.SIZE / 2, o[0], EPS);
    assertEquals(Box3D.SIZE / 2, o[1], EPS);
    double[] up = box.project(0, 0, 5);
    assertEquals(o[0], up[0], EPS);
    assertEquals(true, up[1] < o[1]);
    for (int i = 0; i < 8; i++) {
      double[] c = box.corner(i);
      double[] s = box.project(c[0], c[1], c[2]);
      assertEquals(true, s[0] > 0 && s[0] < Box3D.SIZE && s[1] > 0 && s[1] < Box3D.SIZE);
    }
  }
}
