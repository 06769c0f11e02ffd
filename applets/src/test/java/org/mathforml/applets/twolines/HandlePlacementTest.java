package org.mathforml.applets.twolines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mathforml.applets.components.Viewport;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.Line2D;

class HandlePlacementTest {

  private static final Viewport VIEW = new Viewport(-6, 6, -6, 6);

  private static Line2D line(long a, long b, long c) {
    return Line2D.of(Fraction.of(a), Fraction.of(b), Fraction.of(c));
  }

  private static boolean onLine(Line2D l, Fraction[] p) {
    return l.a().multiply(p[0]).add(l.b().multiply(p[1])).equals(l.c());
  }

  private static boolean onGrid(Fraction f) {
    return f.multiply(Fraction.of(2)).isInteger();
  }

  private static void assertGoodHandles(Line2D l, Fraction[][] h, boolean expectGrid) {
    assertFalse(HandlePlacement.same(h[0], h[1]), "handles coincide");
    for (Fraction[] p : h) {
      assertTrue(onLine(l, p), "handle off the line");
      if (expectGrid) {
        assertTrue(onGrid(p[0]) && onGrid(p[1]), "handle off the grid: " + p[0] + "," + p[1]);
        assertTrue(VIEW.contains(p[0].doubleValue(), p[1].doubleValue()));
      }
    }
    // Dragging relies on rebuilding the same line through the two handles.
    Line2D back = Line2D.through(h[0][0], h[0][1], h[1][0], h[1][1]);
    assertTrue(back.sameLineAs(l));
  }

  @Test
  void gridPointsForSimpleLines() {
    for (Line2D l :
        new Line2D[] {
          line(2, 1, 5),
          line(1, -1, 1),
          line(1, 0, 3),
          line(0, 1, -2),
          line(3, 7, 1),
          line(1, 1, 11)
        }) {
      assertGoodHandles(l, HandlePlacement.place(l, VIEW, 0.5), true);
    }
  }

  @Test
  void defaultLineGetsHandlesAtQuarterPoints() {
    Fraction[][] h = HandlePlacement.place(line(2, 1, 5), VIEW, 0.5);
    assertEquals(Fraction.of(1), h[0][0]);
    assertEquals(Fraction.of(3), h[0][1]);
    assertEquals(Fraction.of(4), h[1][0]);
    assertEquals(Fraction.of(-3), h[1][1]);
  }

  @Test
  void coincidentLineAvoidsTheOtherLinesHandles() {
    Line2D l = line(1, 1, 2);
    Fraction[][] first = HandlePlacement.place(l, VIEW, 0.5);
    Fraction[][] second = HandlePlacement.place(line(2, 2, 4), VIEW, 0.5, first[0], first[1]);
    for (Fraction[] p : second) {
      assertFalse(HandlePlacement.same(p, first[0]) || HandlePlacement.same(p, first[1]));
    }
    assertGoodHandles(l, second, true);
  }

  @Test
  void awkwardAndFarLinesStillGetExactDistinctPoints() {
    // 7x + 13y = 1 has no grid point inside the window: exact off-grid points instead.
    Line2D awkward = line(7, 13, 1);
    assertGoodHandles(awkward, HandlePlacement.place(awkward, VIEW, 0.5), false);
    // A line that misses the window entirely.
    Line2D far = line(1, 1, 100);
    assertGoodHandles(far, HandlePlacement.place(far, VIEW, 0.5), false);
    Line2D steep = Line2D.of(Fraction.of(1, 3), Fraction.of(1, 100), Fraction.of(1, 7));
    assertGoodHandles(steep, HandlePlacement.place(steep, VIEW, 0.5), false);
  }
}
