package org.mathforml.site.directive.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed {@code ::: plot} block: the ranges, caption and size from the fence line's attributes
 * and the elements from its body.
 *
 * <pre>
 * ::: plot x=-1..5 y=-2..6 caption="The lines 2x + y = 5 and x - y = 1 cross at (2, 1)."
 * line 2, 1, 5 | 2x + y = 5
 * fn 0.5x^2 - 1 | y = x²/2 - 1
 * point 2, 1 | (2, 1)
 * segment 0, 0, 1, 2
 * :::
 * </pre>
 *
 * <p>Attributes: {@code x} and {@code y} ranges "MIN..MAX" (required, MIN &lt; MAX, numbers as
 * {@link org.mathforml.mathlib.Fraction#parse} reads them: -2, 0.5, 5/2), {@code caption}
 * (required), {@code xlabel}, {@code ylabel}, {@code width} in pixels (default {@value
 * #DEFAULT_WIDTH}) and {@code height}. The default height is the one at which a unit in x is as
 * long as a unit in y, clamped to [240, 480]; width and height size the chart, and a legend, if
 * any, is added below.
 *
 * <p>Body: one element per line, blank lines and lines starting with '#' skipped, an optional
 * plain-text label after the first '|': {@code line a, b, c} (the line a*x + b*y = c), {@code fn
 * EXPR} (y = EXPR, an {@link org.mathforml.mathlib.expr.Expression} in x), {@code point X, Y} and
 * {@code segment X1, Y1, X2, Y2}. Labelled lines, curves and segments appear in the legend; a
 * point's label is written beside it. A point outside the ranges and a line or curve that never
 * enters the plot are errors, since they would silently draw nothing.
 */
public final class PlotSpec {

  /** The width in pixels when the {@code width} attribute is absent. */
  public static final int DEFAULT_WIDTH = 480;

  private final double xMin;
  private final double xMax;
  private final double yMin;
  private final double yMax;
  private final String caption;
  private final String xLabel;
  private final String yLabel;
  private final int width;
  private final int height;
  private final List<PlotElement> elements;

  PlotSpec(
      double xMin,
      double xMax,
      double yMin,
      double yMax,
      String caption,
      String xLabel,
      String yLabel,
      int width,
      int requestedHeight,
      List<PlotElement> elements) {
    this.xMin = xMin;
    this.xMax = xMax;
    this.yMin = yMin;
    this.yMax = yMax;
    this.caption = Objects.requireNonNull(caption, "caption");
    this.xLabel = Objects.requireNonNull(xLabel, "xLabel");
    this.yLabel = Objects.requireNonNull(yLabel, "yLabel");
    this.width = width;
    this.elements = List.copyOf(elements);
    this.height = requestedHeight > 0 ? requestedHeight : layout(0).height;
  }

  /**
   * Parses a plot block.
   *
   * @param attributes the fence line's attributes, e.g. {@code x -> "-1..5"}
   * @param bodyLines the lines between the fence lines, without line terminators
   * @throws PlotException naming the attribute or body line that is wrong
   */
  public static PlotSpec parse(Map<String, String> attributes, List<String> bodyLines)
      throws PlotException {
    return PlotSpecParser.parse(attributes, bodyLines);
  }

  public double xMin() {
    return xMin;
  }

  public double xMax() {
    return xMax;
  }

  public double yMin() {
    return yMin;
  }

  public double yMax() {
    return yMax;
  }

  /** The caption, also the SVG's {@code <title>}. */
  public String caption() {
    return caption;
  }

  /** The x-axis label, or "" for none. */
  public String xLabel() {
    return xLabel;
  }

  /** The y-axis label, or "" for none. */
  public String yLabel() {
    return yLabel;
  }

  /** The chart width in pixels. */
  public int width() {
    return width;
  }

  /** The chart height in pixels, as given or derived; a legend adds to it. */
  public int height() {
    return height;
  }

  /** The elements in the order they are drawn (and listed in the legend). */
  public List<PlotElement> elements() {
    return elements;
  }

  /** Lays the plot out at its height. */
  Layout layout() {
    return layout(height);
  }

  private Layout layout(int chartHeight) {
    List<String> legend = new ArrayList<>();
    for (PlotElement element : elements) {
      if (!(element instanceof PlotElement.Point) && !element.label().isEmpty()) {
        legend.add(element.label());
      }
    }
    return Layout.of(
        xMin, xMax, yMin, yMax, width, chartHeight, !xLabel.isEmpty(), !yLabel.isEmpty(), legend);
  }
}
