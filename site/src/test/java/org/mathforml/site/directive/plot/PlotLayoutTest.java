package org.mathforml.site.directive.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ticks, number formatting and the default height. */
class PlotLayoutTest {

  /** Pixels per unit may differ by rounding the chart height to whole pixels. */
  private static final double SCALE_TOLERANCE = 0.01;

  @Test
  void ticksUseNiceStepsAndExactLabels() {
    assertEquals(List.of("0", "0.1", "0.2", "0.3"), Ticks.choose(0, 0.3, 400, 40).labels());
    assertEquals(List.of("\u22122", "0", "2", "4"), Ticks.choose(-3, 5, 25, 40).labels());
    assertEquals(List.of("0", "500", "1000"), Ticks.choose(0, 1000, 0.1, 40).labels());
    assertEquals(List.of("\u22120.05", "0", "0.05"), Ticks.choose(-0.05, 0.05, 1000, 40).labels());
    Ticks ones = Ticks.choose(0, 10, 40, 40);
    assertEquals(1, ones.step());
    assertEquals(2, ones.coarser().step());
    assertEquals(5, ones.coarser().coarser().step());
    assertEquals(10, ones.coarser().coarser().coarser().step());
  }

  @Test
  void coordinatesHaveAtMostTwoDecimals() {
    assertEquals("0", SvgText.coordinate(-0.004));
    assertEquals("12", SvgText.coordinate(12.0));
    assertEquals("12.5", SvgText.coordinate(12.499));
    assertEquals("-3.25", SvgText.coordinate(-3.25));
    assertEquals("0.07", SvgText.coordinate(0.0666));
    assertEquals("-1000000.01", SvgText.coordinate(-1000000.005001));
    assertEquals("\u22121.5", SvgText.number(-1.5));
    assertEquals("0.3333", SvgText.number(1.0 / 3));
  }

  @Test
  void defaultHeightKeepsUnitsEqual() throws PlotException {
    PlotSpec square = PlotSpec.parse(Map.of("x", "-4..4", "y", "-4..4", "caption", "c"), List.of());
    Layout layout = square.layout();
    double xScale = layout.plotWidth / 8;
    double yScale = layout.plotHeight / 8;
    assertEquals(xScale, yScale, SCALE_TOLERANCE * xScale);

    PlotSpec wide = PlotSpec.parse(Map.of("x", "0..100", "y", "0..1", "caption", "c"), List.of());
    assertEquals(Layout.MIN_AUTO_HEIGHT, wide.height(), "flat ranges are clamped");
    PlotSpec tall = PlotSpec.parse(Map.of("x", "0..1", "y", "0..100", "caption", "c"), List.of());
    assertEquals(Layout.MAX_AUTO_HEIGHT, tall.height(), "tall ranges are clamped");
    PlotSpec given =
        PlotSpec.parse(
            Map.of("x", "0..1", "y", "0..100", "caption", "c", "height", "300", "width", "600"),
            List.of());
    assertEquals(300, given.height());
    assertEquals(600, given.width());
  }

  @Test
  void parsesFractionsAndKeepsTheSourceText() throws PlotException {
    PlotSpec spec =
        PlotSpec.parse(
            Map.of("x", "-5/2..5/2", "y", "-1.5..0.5", "caption", " c "),
            List.of("point 5/2, -3/2 | corner", "fn x", "  # comment", ""));
    assertEquals(-2.5, spec.xMin());
    assertEquals(2.5, spec.xMax());
    assertEquals(-1.5, spec.yMin());
    assertEquals("c", spec.caption());
    assertEquals(2, spec.elements().size());
    PlotElement.Point point = (PlotElement.Point) spec.elements().get(0);
    assertEquals("5/2", point.xText());
    assertEquals(-1.5, point.y());
    assertEquals("corner", point.label());
    assertEquals("", spec.elements().get(1).label());
  }
}
