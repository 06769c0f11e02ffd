package org.mathforml.applets.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;

/** The plain-Java parts of the toolkit: pan/zoom arithmetic, grid fractions, MathML, palette. */
class ToolkitTest {

  private static final double EPS = 1e-12;

  @Test
  void panKeepsTheSizeAndZoomKeepsTheCentreAndTheAspect() {
    Viewport v = new Viewport(-6, 6, -4, 4);
    Viewport p = v.panned(1.5, -2);
    assertEquals(-4.5, p.xmin(), EPS);
    assertEquals(7.5, p.xmax(), EPS);
    assertEquals(-6, p.ymin(), EPS);
    assertEquals(v.height(), p.height(), EPS);
    Viewport z = v.zoomed(2, 0, 0);
    assertEquals(-3, z.xmin(), EPS);
    assertEquals(2, z.ymax(), EPS);
    assertEquals(v.height(), z.height(), EPS); // the viewBox height never changes
    // The point zoomed about stays at the same SVG position.
    Viewport about = v.zoomed(1.25, 2, 1);
    assertEquals(v.toSvgX(2), about.toSvgX(2), 1e-9);
    assertEquals(v.toSvgY(1), about.toSvgY(1), 1e-9);
    assertEquals(12, v.zoomed(3, 1, 1).zoomed(1.0 / 3, 1, 1).width(), 1e-9);
    assertThrows(IllegalArgumentException.class, () -> v.zoomed(0, 0, 0));
  }

  @Test
  void gridPositionsAreExact() {
    assertEquals(Fraction.of(3, 2), Grid.fraction(1.5, 0.5));
    assertEquals(Fraction.of(-1, 4), Grid.fraction(-0.26, 0.25));
    assertEquals(Fraction.of(2), Grid.fraction(2.2, 1));
    assertTrue(Grid.onGrid(Fraction.of(1, 2), 0.5));
    assertTrue(Grid.onGrid(Fraction.of(3), 0.5));
    assertFalse(Grid.onGrid(Fraction.of(1, 3), 0.5));
  }

  @Test
  void mathmlOfNumbersVectorsAndMatrices() {
    assertEquals("<mn>3</mn>", Mathml.number(Fraction.of(3)));
    assertEquals(
        "<mrow><mo>\u2212</mo><mfrac><mn>3</mn><mn>4</mn></mfrac></mrow>",
        Mathml.number(Fraction.of(-3, 4)));
    assertEquals(
        "<mtable class=\"applet-bracketed\"><mtr><mtd><mn>1</mn></mtd></mtr><mtr><mtd><mn>0"
            + "</mn></mtd></mtr></mtable>",
        Mathml.column(Fraction.ONE, Fraction.ZERO));
    String m =
        Mathml.math(
            Mathml.matrix(
                new Fraction[][] {
                  {Fraction.ONE, Fraction.of(2)}, {Fraction.of(1, 2), Fraction.ZERO}
                }));
    assertTrue(m.startsWith("<math><mrow><mtable class=\"applet-bracketed\"><mtr>"), m);
    assertEquals(2, count(m, "<mtr>"));
    assertEquals(4, count(m, "<mtd>"));
    assertEquals("<mtext>a &lt; b &amp; c</mtext>", Mathml.text("a < b & c"));
    assertEquals("<mrow><mo>\u2212</mo><mn>2.5</mn></mrow>", Mathml.decimal("-2.5"));
  }

  @Test
  void everySeriesHasADashNameAndMarkerBesidesItsColour() {
    for (int k = 1; k <= Palette.SERIES; k++) {
      assertEquals("applet-series-" + k, Palette.seriesClass(k));
      assertTrue(Palette.dashName(k).length() > 0);
      assertTrue(Palette.marker(k).length() > 0);
      for (int j = 1; j < k; j++) {
        assertFalse(Palette.dashName(j).equals(Palette.dashName(k)));
        assertFalse(Palette.marker(j).equals(Palette.marker(k)));
      }
    }
    assertNull(Palette.dash(1));
    assertThrows(IllegalArgumentException.class, () -> Palette.dash(0));
  }

  @Test
  void short2RoundsLikeMathRoundOnBothPaths() {
    double[] values = {
      0,
      3,
      2.5,
      -0.333,
      -0.005,
      0.005,
      1.005,
      -2.675,
      199.999,
      1e7 + 0.126,
      -3e7 - 0.5,
      1e12 + 0.25,
      -1e12
    };
    for (double v : values) {
      long h = Math.round(v * 100);
      String sign = h < 0 ? "-" : "";
      long abs = Math.abs(h);
      String frac =
          abs % 100 == 0
              ? ""
              : abs % 10 == 0
                  ? "." + (abs % 100) / 10
                  : "." + (abs % 100 < 10 ? "0" : "") + abs % 100;
      assertEquals(sign + abs / 100 + frac, Num.short2(v), "short2(" + v + ")");
    }
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
