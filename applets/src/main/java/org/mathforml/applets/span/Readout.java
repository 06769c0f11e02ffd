package org.mathforml.applets.span;

import org.mathforml.applets.components.DraggableVector;
import org.mathforml.applets.components.MathReadout;
import org.mathforml.applets.components.Mathml;
import org.teavm.jso.dom.xml.Element;

/**
 * The words and MathML of {@code span}. Test hooks on {@code .applet-readout}: {@code data-span}
 * ({@code point}, {@code line}, {@code plane}), {@code data-independent} ({@code true|false}),
 * {@code data-vectors} (1 or 2), {@code data-u1}, {@code data-u2}, {@code data-v1}, {@code
 * data-v2}, {@code data-w1}, {@code data-w2}, {@code data-solutions} ({@code one}, {@code many},
 * {@code none}), {@code data-a}, {@code data-b} (exact fractions; one choice when there are many,
 * empty when there are none; b empty with one vector).
 */
final class Readout {

  private final MathReadout out = new MathReadout(3);

  Element element() {
    return out.element();
  }

  void show(boolean two, DraggableVector u, DraggableVector v, DraggableVector w, SpanMath s) {
    out.data("span", s.kind);
    out.data("independent", s.independent ? "true" : "false");
    out.data("vectors", two ? "2" : "1");
    out.data("u1", u.x().toString());
    out.data("u2", u.y().toString());
    out.data("v1", v.x().toString());
    out.data("v2", v.y().toString());
    out.data("w1", w.x().toString());
    out.data("w2", w.y().toString());
    out.data("solutions", s.solutions);
    out.data("a", s.a == null ? "" : s.a.toString());
    out.data("b", s.b == null ? "" : s.b.toString());
    // One <math> per vector, with breakable wide spaces between: MathML never wraps inside one
    // <math>, so the vectors wrap in a narrow column instead of being cut off.
    String vectors =
        Mathml.math(Mathml.id("u", true) + eq() + Mathml.column(u.x(), u.y()) + Mathml.op(","))
            + "\u2003"
            + (two
                ? Mathml.math(
                        Mathml.id("v", true) + eq() + Mathml.column(v.x(), v.y()) + Mathml.op(","))
                    + "\u2003"
                : "")
            + Mathml.math(Mathml.id("w", true) + eq() + Mathml.column(w.x(), w.y()));
    out.line(0, vectors);
    out.line(1, Mathml.escape(spanWords(two, s)));
    out.line(2, coefficients(two, s));
  }

  private static String spanWords(boolean two, SpanMath s) {
    if (!two) {
      return s.kind.equals("point")
          ? "Span: only the origin. u is the zero vector, and every multiple of it is zero."
          : "Span: a line through the origin (dash-dot). Every multiple a u lies on it.";
    }
    switch (s.kind) {
      case "plane":
        return "Span: the whole plane (shaded). u and v are independent: neither is a multiple"
            + " of the other, so every w is a u + b v in exactly one way.";
      case "line":
        return "Span: only a line through the origin (dash-dot). u and v are dependent: they"
            + " point along the same line, so together they reach no further than one of them.";
      default:
        return "Span: only the origin. u and v are both the zero vector.";
    }
  }

  private String coefficients(boolean two, SpanMath s) {
    if (s.a == null) {
      return Mathml.escape(
          s.kind.equals("point")
              ? "w is not the zero vector, so it is not in the span: no a, b give w."
              : "w is off the line of the span, so no a"
                  + (two ? ", b give" : " gives")
                  + " w = a u"
                  + (two ? " + b v" : "")
                  + ". Drag w onto the line.");
    }
    String sum =
        Mathml.id("w", true)
            + eq()
            + Mathml.factor(s.a)
            + Mathml.id("u", true)
            + (two ? Mathml.op("+") + Mathml.factor(s.b) + Mathml.id("v", true) : "");
    String note =
        s.solutions.equals("many")
            ? " (one choice of many: the vectors are dependent, so other a, b work too)."
            : two ? " (the only choice: the dotted path goes a u, then b v)." : ".";
    return Mathml.math(sum) + Mathml.escape(note);
  }

  private static String eq() {
    return Mathml.op("=");
  }
}
