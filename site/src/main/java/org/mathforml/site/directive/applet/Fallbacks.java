package org.mathforml.site.directive.applet;

import java.util.List;
import java.util.Map;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.Line2D;
import org.mathforml.mathlib.TwoLines;
import org.mathforml.site.directive.plot.PlotException;
import org.mathforml.site.directive.plot.PlotRenderer;
import org.mathforml.site.directive.plot.PlotSpec;
import org.mathforml.site.markdown.Html;

/** Static stand-ins drawn at build time for print and for readers without JavaScript. */
final class Fallbacks {
  private Fallbacks() {}

  static String render(String applet, Map<String, String> attributes, String id) {
    String note =
        "<p class=\"applet-noscript\">This figure is interactive when JavaScript is on.</p>";
    if (applet.equals("two-lines")) {
      return twoLines(attributes, id) + note;
    }
    if (applet.equals("vector-operations")) {
      return VectorFallbacks.vectorOperations(attributes, id) + note;
    }
    if (applet.equals("linear-transformation")) {
      return VectorFallbacks.linearTransformation(attributes, id) + note;
    }
    if (applet.equals("matrix-multiplication")) {
      return VectorFallbacks.matrixMultiplication(attributes, id) + note;
    }
    if (applet.equals("row-reduction")) {
      return RowReductionFallback.render(attributes) + note;
    }
    if (applet.equals("span")) {
      return SpanFallbacks.span(attributes, id) + note;
    }
    if (applet.equals("eigenvectors")) {
      return EigenFallbacks.eigenvectors(attributes, id) + note;
    }
    if (applet.equals("page-rank")) {
      return PageRankFallback.render(attributes, id) + note;
    }
    if (applet.equals("perceptron-regression")) {
      return PerceptronFallback.render(attributes, id) + note;
    }
    if (applet.equals("span-3d")) {
      return Span3dFallback.render(attributes, id) + note;
    }
    return note;
  }

  private static String twoLines(Map<String, String> a, String id) {
    Line2D first = line(a, "1");
    Line2D second = line(a, "2");
    TwoLines pair = TwoLines.of(first, second);
    String solution;
    String point = "";
    switch (pair.kind()) {
      case UNIQUE -> {
        Fraction[] p = pair.intersection();
        solution = "they cross at (" + p[0] + ", " + p[1] + ")";
        point = "point " + p[0] + ", " + p[1] + " | (" + p[0] + ", " + p[1] + ")";
      }
      case NONE -> solution = "they are parallel: no solution";
      default -> solution = "they are the same line: infinitely many solutions";
    }
    String caption = "The lines " + plain(first) + " and " + plain(second) + "; " + solution + ".";
    Map<String, String> plotAttributes =
        Map.of(
            "x", a.get("xmin") + ".." + a.get("xmax"),
            "y", a.get("ymin") + ".." + a.get("ymax"),
            "caption", caption);
    List<String> body =
        point.isEmpty()
            ? List.of(lineSpec(a, "1", first), lineSpec(a, "2", second))
            : List.of(lineSpec(a, "1", first), lineSpec(a, "2", second), point);
    try {
      return PlotRenderer.toSvg(PlotSpec.parse(plotAttributes, body), id + "-fallback")
          + "<p class=\"applet-fallback-caption\">"
          + Html.escape(caption)
          + "</p>";
    } catch (PlotException e) {
      throw new IllegalStateException(
          "fallback plot for two-lines is invalid: " + e.getMessage(), e);
    }
  }

  private static Line2D line(Map<String, String> a, String n) {
    return Line2D.of(
        Fraction.parse(a.get("a" + n)),
        Fraction.parse(a.get("b" + n)),
        Fraction.parse(a.get("c" + n)));
  }

  private static String lineSpec(Map<String, String> a, String n, Line2D line) {
    return "line "
        + a.get("a" + n)
        + ", "
        + a.get("b" + n)
        + ", "
        + a.get("c" + n)
        + " | "
        + plain(line);
  }

  /** The equation as plain text, from mathlib's LaTeX form (which has no commands for integers). */
  private static String plain(Line2D line) {
    return line.toLatex().replace("\\frac{", "(").replace("}{", "/").replace("}", ")");
  }
}
