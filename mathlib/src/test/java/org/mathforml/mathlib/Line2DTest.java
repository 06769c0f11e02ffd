package org.mathforml.mathlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class Line2DTest {

  private static Fraction f(String text) {
    return Fraction.parse(text);
  }

  private static Line2D line(String a, String b, String c) {
    return Line2D.of(f(a), f(b), f(c));
  }

  @Test
  void throughTwoPointsGivesSmallIntegerCoefficients() {
    Line2D l = Line2D.through(f("0"), f("5"), f("1"), f("3"));
    assertEquals(Fraction.of(2), l.a());
    assertEquals(Fraction.ONE, l.b());
    assertEquals(Fraction.of(5), l.c());
    assertEquals("2x + y = 5", l.toLatex());
    // points with fractions: (1/2, 0) and (0, 1/3) -> 2x + 3y = 1
    assertEquals("2x + 3y = 1", Line2D.through(f("1/2"), f("0"), f("0"), f("1/3")).toLatex());
    // order of the points does not matter
    assertEquals(l, Line2D.through(f("1"), f("3"), f("0"), f("5")));
    assertEquals("x - y = 0", Line2D.through(f("-2"), f("-2"), f("3"), f("3")).toLatex());
  }

  @Test
  void throughRandomPointsContainsBothPoints() {
    Random rnd = new Random(99);
    for (int k = 0; k < 1000; k++) {
      Fraction[] p = new Fraction[4];
      for (int i = 0; i < 4; i++) {
        p[i] = Fraction.of(rnd.nextInt(21) - 10, 1 + rnd.nextInt(4));
      }
      if (p[0].equals(p[2]) && p[1].equals(p[3])) {
        continue;
      }
      Line2D l = Line2D.through(p[0], p[1], p[2], p[3]);
      assertTrue(contains(l, p[0], p[1]) && contains(l, p[2], p[3]), l.toString());
      assertTrue(l.a().isInteger() && l.b().isInteger() && l.c().isInteger());
      Fraction lead = l.a().isZero() ? l.b() : l.a();
      assertEquals(1, lead.signum());
      assertEquals(l, l.normalized());
    }
  }

  private static boolean contains(Line2D l, Fraction x, Fraction y) {
    return l.a().multiply(x).add(l.b().multiply(y)).equals(l.c());
  }

  @Test
  void rejectsDegenerateInput() {
    assertThrows(IllegalArgumentException.class, () -> line("0", "0", "1"));
    assertThrows(IllegalArgumentException.class, () -> line("0", "0", "0"));
    assertThrows(
        IllegalArgumentException.class, () -> Line2D.through(f("1"), f("2"), f("1"), f("2")));
  }

  @Test
  void verticalAndHorizontalLines() {
    Line2D vertical = Line2D.through(f("2"), f("0"), f("2"), f("5"));
    assertTrue(vertical.isVertical());
    assertFalse(vertical.isHorizontal());
    assertEquals("x = 2", vertical.toLatex());
    assertEquals(Fraction.of(2), vertical.xAt(f("100")));
    assertThrows(IllegalStateException.class, () -> vertical.yAt(Fraction.ZERO));

    Line2D horizontal = line("0", "-2", "3");
    assertTrue(horizontal.isHorizontal());
    assertEquals("-2y = 3", horizontal.toLatex());
    assertEquals(f("-3/2"), horizontal.yAt(f("7")));
    assertThrows(IllegalStateException.class, () -> horizontal.xAt(Fraction.ZERO));
  }

  @Test
  void yAtAndXAtInvertEachOther() {
    Line2D l = line("2", "1", "5");
    assertEquals(Fraction.of(3), l.yAt(Fraction.ONE));
    assertEquals(Fraction.ONE, l.xAt(Fraction.of(3)));
    assertEquals(f("2"), line("-1", "1/2", "3").xAt(f("10"))); // -x + 5 = 3
    assertEquals(f("7/2"), line("-1", "1/2", "3").yAt(f("-5/4"))); // 5/4 + y/2 = 3
  }

  @Test
  void sameLineAndParallel() {
    Line2D l = line("2", "1", "5");
    Line2D scaled = line("-4", "-2", "-10");
    Line2D shifted = line("4", "2", "7");
    Line2D crossing = line("1", "-1", "1");
    assertTrue(l.sameLineAs(scaled));
    assertTrue(l.isParallelTo(scaled), "a line is parallel to itself");
    assertTrue(l.isParallelTo(shifted));
    assertFalse(l.sameLineAs(shifted));
    assertFalse(l.isParallelTo(crossing));
    assertFalse(l.sameLineAs(crossing));
    assertNotEquals(l, scaled, "equals compares coefficients, not point sets");
    assertEquals(l, scaled.normalized());
    // through the origin: c = 0 on both
    assertTrue(line("1", "2", "0").sameLineAs(line("3", "6", "0")));
    assertFalse(line("1", "2", "0").sameLineAs(line("3", "6", "1")));
    assertTrue(line("0", "1", "2").sameLineAs(line("0", "3", "6")));
    assertFalse(line("0", "1", "2").sameLineAs(line("0", "3", "5")));
  }

  @Test
  void toLatexFormatsSignsAndOnes() {
    assertEquals("x - y = 1", line("1", "-1", "1").toLatex());
    assertEquals("-x + \\frac{1}{2}y = 3", line("-1", "1/2", "3").toLatex());
    assertEquals(
        "-\\frac{1}{2}x - \\frac{3}{4}y = -\\frac{5}{2}", line("-1/2", "-3/4", "-5/2").toLatex());
    assertEquals("y = 0", line("0", "1", "0").toLatex());
    assertEquals("3x = -1", line("3", "0", "-1").toLatex());
    assertEquals("-x + (1/2)y = 3", line("-1", "1/2", "3").toString());
  }
}
