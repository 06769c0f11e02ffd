package org.mathforml.site.directive.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.expr.Expression;
import org.mathforml.mathlib.expr.ExpressionException;

/**
 * Reads a plot block. Body lines, one element each; blank lines and lines starting with '#' are
 * skipped; everything after the first '|' is the element's plain-text label:
 *
 * <pre>
 * line a, b, c      | label    the line a*x + b*y = c (b = 0 gives a vertical line)
 * fn EXPR           | label    y = EXPR, an {@link Expression} in x
 * point X, Y        | label    a marker, labelled beside it
 * segment X1, Y1, X2, Y2 | label
 * arrow X1, Y1, X2, Y2 | label     (a vector: a segment with a head at X2, Y2)
 * </pre>
 *
 * <p>Besides syntax, it rejects what would silently draw nothing: a point outside the ranges, a
 * line or curve that never enters the plot area.
 */
final class PlotSpecParser {

  static final List<String> ATTRIBUTES =
      List.of("x", "y", "caption", "xlabel", "ylabel", "width", "height");
  static final List<String> ELEMENTS = List.of("line", "fn", "point", "segment", "arrow");
  static final int MIN_WIDTH = 200;
  static final int MAX_WIDTH = 1600;
  static final int MIN_HEIGHT = 120;
  static final int MAX_HEIGHT = 1600;

  private final double xMin;
  private final double xMax;
  private final double yMin;
  private final double yMax;

  private PlotSpecParser(double[] x, double[] y) {
    this.xMin = x[0];
    this.xMax = x[1];
    this.yMin = y[0];
    this.yMax = y[1];
  }

  static PlotSpec parse(Map<String, String> attributes, List<String> bodyLines)
      throws PlotException {
    for (String name : new TreeSet<>(attributes.keySet())) {
      if (!ATTRIBUTES.contains(name)) {
        throw attributeError(
            "unknown plot attribute \""
                + name
                + "\" (known: "
                + String.join(", ", ATTRIBUTES)
                + ")");
      }
    }
    double[] x = range(attributes, "x");
    double[] y = range(attributes, "y");
    String caption = required(attributes, "caption");
    String xLabel = optionalText(attributes, "xlabel");
    String yLabel = optionalText(attributes, "ylabel");
    int width = pixels(attributes, "width", MIN_WIDTH, MAX_WIDTH, PlotSpec.DEFAULT_WIDTH);
    int height = pixels(attributes, "height", MIN_HEIGHT, MAX_HEIGHT, 0);

    PlotSpecParser parser = new PlotSpecParser(x, y);
    List<PlotElement> elements = new ArrayList<>();
    for (int i = 0; i < bodyLines.size(); i++) {
      String line = bodyLines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      elements.add(parser.element(line, i));
    }
    return new PlotSpec(x[0], x[1], y[0], y[1], caption, xLabel, yLabel, width, height, elements);
  }

  // ---- attributes ----

  private static PlotException attributeError(String message) {
    return new PlotException(message, PlotException.ATTRIBUTES);
  }

  private static String required(Map<String, String> attributes, String name) throws PlotException {
    String value = attributes.get(name);
    if (value == null) {
      throw attributeError("missing required attribute \"" + name + "\"");
    }
    if (value.isBlank()) {
      throw attributeError("plot attribute \"" + name + "\" must not be blank");
    }
    return value.strip();
  }

  private static String optionalText(Map<String, String> attributes, String name)
      throws PlotException {
    return attributes.containsKey(name) ? required(attributes, name) : "";
  }

  private static double[] range(Map<String, String> attributes, String name) throws PlotException {
    String text = required(attributes, name);
    PlotException error =
        attributeError(
            "plot attribute \"" + name + "\" must look like MIN..MAX, got \"" + text + "\"");
    int dots = text.indexOf("..");
    if (dots < 0) {
      throw error;
    }
    double min;
    double max;
    try {
      min = Fraction.parse(text.substring(0, dots)).doubleValue();
      max = Fraction.parse(text.substring(dots + 2)).doubleValue();
    } catch (IllegalArgumentException e) {
      throw error;
    }
    if (!(min < max)) {
      throw error;
    }
    return new double[] {min, max};
  }

  private static int pixels(
      Map<String, String> attributes, String name, int min, int max, int absent)
      throws PlotException {
    if (!attributes.containsKey(name)) {
      return absent;
    }
    String text = attributes.get(name).strip();
    String problem =
        "plot attribute \""
            + name
            + "\" must be a whole number of pixels from "
            + min
            + " to "
            + max
            + ", got \""
            + text
            + "\"";
    if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)) {
      throw attributeError(problem);
    }
    int value = Integer.parseInt(text);
    if (value < min || value > max) {
      throw attributeError(problem);
    }
    return value;
  }

  // ---- body ----

  private PlotElement element(String line, int index) throws PlotException {
    int space = 0;
    while (space < line.length()
        && !Character.isWhitespace(line.charAt(space))
        && line.charAt(space) != '|') {
      space++;
    }
    String keyword = line.substring(0, space);
    String rest = line.substring(space);
    String label = "";
    int bar = rest.indexOf('|');
    if (bar >= 0) {
      label = rest.substring(bar + 1).strip();
      rest = rest.substring(0, bar);
      if (label.isEmpty()) {
        throw new PlotException(
            "the label after \"|\" is empty (leave out the \"|\" "
                + "for an unlabelled "
                + keyword
                + ")",
            index);
      }
    }
    rest = rest.strip();
    switch (keyword) {
      case "line":
        return line(rest, label, index);
      case "fn":
        return function(rest, label, index);
      case "point":
        return point(rest, label, index);
      case "segment":
      case "arrow":
        return segment(keyword, rest, label, index);
      default:
        throw new PlotException(
            "unknown plot element \"" + keyword + "\" (known: " + String.join(", ", ELEMENTS) + ")",
            index);
    }
  }

  private PlotElement line(String text, String label, int index) throws PlotException {
    String[] parts = numbers(text, 3, "line", "a, b, c (the line a*x + b*y = c)", index);
    double a = number(parts[0], index);
    double b = number(parts[1], index);
    double c = number(parts[2], index);
    if (a == 0 && b == 0) {
      throw new PlotException("\"line " + text + "\" is not a line: a and b are both 0", index);
    }
    // The line misses the plot area iff all four corners lie strictly on one side of it.
    double[] sides = {
      a * xMin + b * yMin - c, a * xMin + b * yMax - c,
      a * xMax + b * yMin - c, a * xMax + b * yMax - c
    };
    boolean allAbove = true;
    boolean allBelow = true;
    for (double side : sides) {
      allAbove &= side > 0;
      allBelow &= side < 0;
    }
    if (allAbove || allBelow) {
      throw new PlotException(
          "\"line " + text + "\" does not cross the plot area " + areaText(), index);
    }
    return new PlotElement.Line(a, b, c, label);
  }

  private PlotElement function(String text, String label, int index) throws PlotException {
    if (text.isEmpty()) {
      throw new PlotException("fn needs an expression in x, e.g. \"fn x^2 - 1\"", index);
    }
    Expression expression;
    try {
      expression = Expression.parse(text);
    } catch (ExpressionException e) {
      throw new PlotException(
          "cannot read \"" + text + "\" at position " + e.position() + ": " + e.problem(), index);
    }
    Set<String> others = new TreeSet<>(expression.variables());
    others.remove("x");
    if (!others.isEmpty()) {
      throw new PlotException(
          "fn may only use the variable x, but \"" + text + "\" uses " + String.join(", ", others),
          index);
    }
    PlotElement.FunctionGraph graph = new PlotElement.FunctionGraph(expression, text, label);
    if (!CurveSampler.entersPlot(graph, xMin, xMax, yMin, yMax)) {
      throw new PlotException(
          "\"fn " + text + "\" has no point inside the plot area " + areaText(), index);
    }
    return graph;
  }

  private PlotElement point(String text, String label, int index) throws PlotException {
    String[] parts = numbers(text, 2, "point", "X, Y", index);
    double x = number(parts[0], index);
    double y = number(parts[1], index);
    if (x < xMin || x > xMax || y < yMin || y > yMax) {
      throw new PlotException(
          "point (" + parts[0] + ", " + parts[1] + ") is outside the plot area " + areaText(),
          index);
    }
    return new PlotElement.Point(x, y, parts[0], parts[1], label);
  }

  private PlotElement segment(String keyword, String text, String label, int index)
      throws PlotException {
    String[] parts = numbers(text, 4, keyword, "X1, Y1, X2, Y2", index);
    double x1 = number(parts[0], index);
    double y1 = number(parts[1], index);
    double x2 = number(parts[2], index);
    double y2 = number(parts[3], index);
    if (x1 == x2 && y1 == y2) {
      throw new PlotException(
          keyword + " from (" + parts[0] + ", " + parts[1] + ") ends where it starts", index);
    }
    return new PlotElement.Segment(x1, y1, x2, y2, label, keyword.equals("arrow"));
  }

  private static String[] numbers(String text, int count, String keyword, String form, int index)
      throws PlotException {
    String[] parts = text.isEmpty() ? new String[0] : text.split(",", -1);
    if (parts.length != count) {
      throw new PlotException(
          keyword
              + " needs "
              + count
              + " numbers "
              + form
              + ", got "
              + (text.isEmpty() ? "none" : "\"" + text + "\""),
          index);
    }
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].strip();
    }
    return parts;
  }

  private static double number(String text, int index) throws PlotException {
    try {
      return Fraction.parse(text).doubleValue();
    } catch (IllegalArgumentException e) {
      throw new PlotException(
          "cannot read \"" + text + "\" as a number (write it like " + "3, -0.5 or 5/2)", index);
    }
  }

  private String areaText() {
    String area =
        "x="
            + SvgText.number(xMin)
            + ".."
            + SvgText.number(xMax)
            + ", y="
            + SvgText.number(yMin)
            + ".."
            + SvgText.number(yMax);
    return area.replace(SvgText.MINUS, '-'); // as the author typed the ranges
  }
}
