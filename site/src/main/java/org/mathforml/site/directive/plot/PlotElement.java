package org.mathforml.site.directive.plot;

import java.util.Objects;
import org.mathforml.mathlib.expr.Expression;

/**
 * One thing drawn in a plot: a body line of a {@code ::: plot} block. Labels are plain text; an
 * empty label means the element is unlabelled (no legend entry, no text beside a point).
 */
public sealed interface PlotElement {

  /** The element's label, or "" when it has none. */
  String label();

  /** The line {@code a*x + b*y = c} ({@code a} and {@code b} not both zero). */
  record Line(double a, double b, double c, String label) implements PlotElement {
    public Line {
      if (a == 0 && b == 0) {
        throw new IllegalArgumentException("a and b are both zero");
      }
      Objects.requireNonNull(label, "label");
    }

    /** Returns whether the line is vertical ({@code b == 0}). */
    public boolean isVertical() {
      return b == 0;
    }
  }

  /** The graph {@code y = f(x)}; {@code source} is the expression as the author wrote it. */
  record FunctionGraph(Expression expression, String source, String label) implements PlotElement {
    public FunctionGraph {
      Objects.requireNonNull(expression, "expression");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(label, "label");
    }

    /** Returns f(x), or NaN where the expression is undefined. */
    public double valueAt(double x) {
      try {
        return expression.evaluate("x", x);
      } catch (RuntimeException undefined) {
        return Double.NaN;
      }
    }
  }

  /**
   * The point {@code (x, y)}; {@code xText} and {@code yText} are the coordinates as written (so
   * "5/2" stays "5/2" in the description read by screen readers).
   */
  record Point(double x, double y, String xText, String yText, String label)
      implements PlotElement {
    public Point {
      Objects.requireNonNull(xText, "xText");
      Objects.requireNonNull(yText, "yText");
      Objects.requireNonNull(label, "label");
    }
  }

  /**
   * The segment from {@code (x1, y1)} to {@code (x2, y2)}; an {@code arrow} (a vector) has a head
   * at its end instead of dots at both ends.
   */
  record Segment(double x1, double y1, double x2, double y2, String label, boolean arrow)
      implements PlotElement {
    public Segment {
      Objects.requireNonNull(label, "label");
    }

    public Segment(double x1, double y1, double x2, double y2, String label) {
      this(x1, y1, x2, y2, label, false);
    }
  }
}
