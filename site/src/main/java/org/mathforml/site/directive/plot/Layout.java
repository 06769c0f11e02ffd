package org.mathforml.site.directive.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Where everything goes in a plot, in SVG pixels: the plot area, the ticks, the axis labels and the
 * legend. Used by {@link PlotSpec#parse} to derive the default height and by {@link PlotRenderer}
 * to draw.
 *
 * <p>The chart ({@code width} x {@code height}) holds the plot area, ticks and axis labels; a
 * legend, when any line, curve or segment is labelled, goes below it in rows and makes the picture
 * taller. Margins follow the estimated widths of the tick labels, so they are computed together
 * with the ticks, a few rounds until they settle.
 */
final class Layout {

  static final double TICK_FONT = 11;
  static final double LABEL_FONT = 12;
  static final double TICK_LENGTH = 5;
  static final double TICK_GAP = 3;
  static final double MIN_TICK_SPACING = 40;
  static final int MIN_AUTO_HEIGHT = 240;
  static final int MAX_AUTO_HEIGHT = 480;
  static final double LEGEND_ROW = 20;
  static final double LEGEND_SAMPLE = 28;
  static final double LEGEND_TEXT_GAP = 6;
  static final double LEGEND_ENTRY_GAP = 18;

  /** Top-left corner of one legend entry's sample line (its vertical middle). */
  record LegendSlot(double x, double y) {}

  final int width;
  final int height;
  final double totalHeight;
  final double left;
  final double top;
  final double plotWidth;
  final double plotHeight;
  final double xMin;
  final double xMax;
  final double yMin;
  final double yMax;
  final Ticks xTicks;
  final Ticks yTicks;
  final List<LegendSlot> legend;

  private Layout(
      int width,
      int height,
      double left,
      double top,
      double plotWidth,
      double plotHeight,
      double xMin,
      double xMax,
      double yMin,
      double yMax,
      Ticks xTicks,
      Ticks yTicks,
      List<LegendSlot> legend,
      double totalHeight) {
    this.width = width;
    this.height = height;
    this.left = left;
    this.top = top;
    this.plotWidth = plotWidth;
    this.plotHeight = plotHeight;
    this.xMin = xMin;
    this.xMax = xMax;
    this.yMin = yMin;
    this.yMax = yMax;
    this.xTicks = xTicks;
    this.yTicks = yTicks;
    this.legend = List.copyOf(legend);
    this.totalHeight = totalHeight;
  }

  /**
   * Lays out a plot. {@code height <= 0} means "derive it": the height at which one unit in x spans
   * as many pixels as one unit in y, clamped to [{@value #MIN_AUTO_HEIGHT}, {@value
   * #MAX_AUTO_HEIGHT}] (so very tall or very flat ranges are not to scale).
   */
  static Layout of(
      double xMin,
      double xMax,
      double yMin,
      double yMax,
      int width,
      int height,
      boolean hasXLabel,
      boolean hasYLabel,
      List<String> legendLabels) {
    double top = hasYLabel ? 26 : 10;
    double bottom = TICK_LENGTH + TICK_GAP + TICK_FONT + (hasXLabel ? 22 : 0) + 6;
    double left = 40;
    double right = 14;
    int chartHeight = height;
    Ticks xTicks = null;
    Ticks yTicks = null;
    for (int round = 0; ; round++) {
      double plotWidth = width - left - right;
      if (height <= 0) {
        long toScale = Math.round(plotWidth * (yMax - yMin) / (xMax - xMin) + top + bottom);
        chartHeight = (int) Math.max(MIN_AUTO_HEIGHT, Math.min(MAX_AUTO_HEIGHT, toScale));
      }
      double plotHeight = chartHeight - top - bottom;
      double xScale = plotWidth / (xMax - xMin);
      yTicks = Ticks.choose(yMin, yMax, plotHeight / (yMax - yMin), MIN_TICK_SPACING);
      xTicks = Ticks.choose(xMin, xMax, xScale, MIN_TICK_SPACING);
      while (xTicks.widestLabel(TICK_FONT) + 10 > xTicks.step() * xScale) {
        xTicks = xTicks.coarser();
      }
      double newLeft =
          Math.max(24, Math.ceil(yTicks.widestLabel(TICK_FONT)) + TICK_LENGTH + TICK_GAP + 4);
      double newRight = Math.max(14, Math.ceil(xTicks.widestLabel(TICK_FONT) / 2) + 4);
      if (newLeft == left && newRight == right || round == 4) {
        break; // settled (or oscillating by a pixel: keep the last consistent round)
      }
      left = newLeft;
      right = newRight;
    }
    double plotWidth = width - left - right;
    double plotHeight = chartHeight - top - bottom;

    List<LegendSlot> slots = new ArrayList<>();
    double x = left;
    double y = chartHeight + LEGEND_ROW / 2;
    for (String label : legendLabels) {
      double entry = LEGEND_SAMPLE + LEGEND_TEXT_GAP + SvgText.estimateWidth(label, LABEL_FONT);
      if (x > left && x + entry > width - right) {
        x = left;
        y += LEGEND_ROW;
      }
      slots.add(new LegendSlot(x, y));
      x += entry + LEGEND_ENTRY_GAP;
    }
    double total = slots.isEmpty() ? chartHeight : y + LEGEND_ROW / 2 + 4;
    return new Layout(
        width,
        chartHeight,
        left,
        top,
        plotWidth,
        plotHeight,
        xMin,
        xMax,
        yMin,
        yMax,
        xTicks,
        yTicks,
        slots,
        total);
  }

  /** Returns the SVG x coordinate of the data value {@code x}. */
  double px(double x) {
    return left + (x - xMin) / (xMax - xMin) * plotWidth;
  }

  /** Returns the SVG y coordinate of the data value {@code y} (SVG y grows downwards). */
  double py(double y) {
    return top + (yMax - y) / (yMax - yMin) * plotHeight;
  }

  double right() {
    return left + plotWidth;
  }

  double bottom() {
    return top + plotHeight;
  }
}
