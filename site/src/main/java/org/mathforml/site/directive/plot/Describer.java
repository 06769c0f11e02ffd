package org.mathforml.site.directive.plot;

/**
 * The plot in words, for the SVG's {@code <desc>}: the ranges, the axis labels and each element,
 * e.g. "x from −1 to 5, y from −2 to 6. Line: 2x + y = 5. Point (2, 1)."
 */
final class Describer {

  private Describer() {}

  static String describe(PlotSpec spec) {
    StringBuilder sb = new StringBuilder();
    sb.append("x from ")
        .append(SvgText.number(spec.xMin()))
        .append(" to ")
        .append(SvgText.number(spec.xMax()))
        .append(", y from ")
        .append(SvgText.number(spec.yMin()))
        .append(" to ")
        .append(SvgText.number(spec.yMax()))
        .append('.');
    if (!spec.xLabel().isEmpty()) {
      sb.append(" Horizontal axis: ").append(spec.xLabel()).append('.');
    }
    if (!spec.yLabel().isEmpty()) {
      sb.append(" Vertical axis: ").append(spec.yLabel()).append('.');
    }
    for (PlotElement element : spec.elements()) {
      sb.append(' ').append(sentence(element));
    }
    return sb.toString();
  }

  static String sentence(PlotElement element) {
    String label = element.label();
    if (element instanceof PlotElement.Line line) {
      return label.isEmpty() ? "Line " + equation(line) + "." : "Line: " + label + ".";
    }
    if (element instanceof PlotElement.FunctionGraph graph) {
      return label.isEmpty() ? "Curve y = " + graph.source() + "." : "Curve: " + label + ".";
    }
    if (element instanceof PlotElement.Point point) {
      String where = "(" + point.xText() + ", " + point.yText() + ")";
      return "Point " + where + (label.isEmpty() || label.equals(where) ? "" : ": " + label) + ".";
    }
    PlotElement.Segment s = (PlotElement.Segment) element;
    return (s.arrow() ? "Arrow from (" : "Segment from (")
        + SvgText.number(s.x1())
        + ", "
        + SvgText.number(s.y1())
        + ") to ("
        + SvgText.number(s.x2())
        + ", "
        + SvgText.number(s.y2())
        + ")"
        + (label.isEmpty() ? "" : ": " + label)
        + ".";
  }

  /** Writes a*x + b*y = c the way people do: "2x − y = 1", "x = 3". */
  static String equation(PlotElement.Line line) {
    StringBuilder sb = new StringBuilder();
    term(sb, line.a(), "x");
    term(sb, line.b(), "y");
    return sb.append(" = ").append(SvgText.number(line.c())).toString();
  }

  private static void term(StringBuilder sb, double coefficient, String variable) {
    if (coefficient == 0) {
      return;
    }
    String magnitude = Math.abs(coefficient) == 1 ? "" : SvgText.number(Math.abs(coefficient));
    if (sb.length() == 0) {
      sb.append(coefficient < 0 ? String.valueOf(SvgText.MINUS) : "");
    } else {
      sb.append(coefficient < 0 ? " " + SvgText.MINUS + " " : " + ");
    }
    sb.append(magnitude).append(variable);
  }
}
