package org.mathforml.applets.components;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ViewportTest {

  private static final double EPS = 1e-12;
  private final Viewport v = new Viewport(-6, 6, -6, 6);

  @Test
  void mapsBothWaysWithEqualUnits() {
    assertEquals(400, v.height(), EPS);
    assertEquals(200, v.toSvgX(0), EPS);
    assertEquals(0, v.toSvgY(6), EPS);
    assertEquals(1.5, v.fromSvgX(v.toSvgX(1.5)), EPS);
    assertEquals(-2.5, v.fromSvgY(v.toSvgY(-2.5)), EPS);
    assertEquals(200, new Viewport(0, 4, 0, 2).height(), EPS);
  }

  @Test
  void clipsLinesToTheWindow() {
    // 2x + y = 5 enters at y = 6 (x = -1/2) and leaves at y = -6 (x = 11/2).
    assertArrayEquals(new double[] {-0.5, 6, 5.5, -6}, v.clip(2, 1, 5), EPS);
    // Vertical, horizontal and diagonal through corners.
    assertArrayEquals(new double[] {3, -6, 3, 6}, v.clip(1, 0, 3), EPS);
    assertArrayEquals(new double[] {-6, 2, 6, 2}, v.clip(0, 1, 2), EPS);
    double[] diagonal = v.clip(1, -1, 0);
    assertEquals(
        12 * Math.sqrt(2), Math.hypot(diagonal[2] - diagonal[0], diagonal[3] - diagonal[1]), EPS);
  }

  @Test
  void missesAndDegenerateCases() {
    assertNull(v.clip(1, 0, 7));
    assertNull(v.clip(0, 0, 1));
    assertNull(v.clip(1, 1, 12)); // touches only the corner (6, 6)
  }

  @Test
  void snapsAndPicksNiceGridSteps() {
    assertEquals(1.5, Viewport.snap(1.6, 0.5), EPS);
    assertEquals(-2, Viewport.snap(-2.2, 0.5), EPS);
    assertEquals(1, v.gridStep(), EPS);
    assertEquals(2, new Viewport(-12, 12, -12, 12).gridStep(), EPS);
    assertEquals(0.5, new Viewport(0, 5, 0, 5).gridStep(), EPS);
    assertEquals(50, new Viewport(-300, 300, -1, 1).gridStep(), EPS);
  }

  @Test
  void shortNumbers() {
    assertEquals("3", Num.short2(3));
    assertEquals("-0.5", Num.short2(-0.5));
    assertEquals("0.33", Num.short2(1.0 / 3));
    assertEquals("0", Num.short2(-0.001));
    assertEquals("2.05", Num.short2(2.05));
  }
}
