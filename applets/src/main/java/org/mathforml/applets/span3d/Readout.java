package org.mathforml.applets.span3d;

import org.mathforml.applets.components.MathReadout;
import org.mathforml.applets.components.Mathml;
import org.mathforml.mathlib.Fraction;
import org.teavm.jso.dom.xml.Element;

/**
 * The words and MathML of {@code span-3d}. Test hooks on {@code .applet-readout}: {@code
 * data-vectors} (2 or 3), {@code data-u}, {@code data-v}, {@code data-w} (exact components "x y
 * z"), {@code data-dimension} (0..3), {@code data-span} ({@code point}, {@code line}, {@code
 * plane}, {@code space}), {@code data-independent} ({@code true|false}), {@code data-relation}
 * (e.g. "w = 2u − v", empty when independent) and {@code data-combination} (the same relation as
 * coefficients c with c1 u + c2 v + c3 w = 0, e.g. "2 -1 -1", empty when independent).
 */
final class Readout {

  private final MathReadout out = new MathReadout(3);

  Element element() {
    return out.element();
  }

  void show(Span3dMath s) {
    int k = s.count();
    out.data("vectors", Integer.toString(k));
    StringBuilder vectors = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      Fraction[] v = s.vector(i < k ? i : 0);
      out.data(Span3dMath.NAMES[i], i < k ? components(v) : "");
      if (i < k) {
        if (i > 0) {
          vectors.append(Mathml.op(",")).append("<mspace width=\"1em\"/>");
        }
        vectors
            .append(Mathml.id(Span3dMath.NAMES[i], true))
            .append(Mathml.op("="))
            .append(Mathml.column(v));
      }
    }
    out.data("dimension", Integer.toString(s.dimension()));
    out.data("span", s.kind());
    out.data("independent", s.independent() ? "true" : "false");
    out.data("relation", s.relation());
    Fraction[] c = s.nullCombination();
    out.data("combination", c == null ? "" : components(c));
    out.line(0, Mathml.math(vectors.toString()));
    out.line(1, Mathml.escape(spanWords(s)));
    out.line(2, independence(s));
  }

  private static String components(Fraction[] v) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < v.length; i++) {
      sb.append(i > 0 ? " " : "").append(v[i]);
    }
    return sb.toString();
  }

  private static String names(int k) {
    return k == 2 ? "u and v" : "u, v and w";
  }

  private static String spanWords(Span3dMath s) {
    switch (s.dimension()) {
      case 0:
        return "Span: only the origin (dimension 0). Every vector here is the zero vector.";
      case 1:
        return "Span: a line through the origin (dimension 1), drawn dash-dot. Every"
            + " combination of "
            + names(s.count())
            + " lies on it.";
      case 2:
        return "Span: a plane through the origin (dimension 2), shaded with a dash-dot edge."
            + " Every combination of "
            + names(s.count())
            + " lies in it, and nothing off it.";
      default:
        return "Span: all of 3-D space (dimension 3), the whole box shaded. Every vector is a"
            + " combination of u, v and w in exactly one way.";
    }
  }

  private static String independence(Span3dMath s) {
    String who = names(s.count());
    if (s.independent()) {
      return Mathml.escape(
          who
              + " are independent: none is a combination of the others, so each adds a"
              + " dimension ("
              + s.count()
              + " vectors, dimension "
              + s.dimension()
              + ").");
    }
    String target = Span3dMath.NAMES[s.target()];
    return Mathml.escape(who + " are dependent: ")
        + Mathml.math(relation(s))
        + Mathml.escape(
            ", so " + target + " adds nothing to the span of the vectors before it (dimension ")
        + Mathml.escape(s.dimension() + " with " + s.count() + " vectors).");
  }

  /** The relation as MathML: target = c1 u + c2 v, skipping zero terms. */
  private static String relation(Span3dMath s) {
    Fraction[] c = s.coefficients();
    StringBuilder sb =
        new StringBuilder(Mathml.id(Span3dMath.NAMES[s.target()], true)).append(Mathml.op("="));
    boolean first = true;
    for (int j = 0; j < c.length; j++) {
      if (c[j].isZero()) {
        continue;
      }
      Fraction a = c[j].signum() < 0 ? c[j].negate() : c[j];
      if (!first || c[j].signum() < 0) {
        sb.append(Mathml.op(c[j].signum() < 0 ? "\u2212" : "+"));
      }
      if (!a.equals(Fraction.ONE)) {
        sb.append(Mathml.number(a));
      }
      sb.append(Mathml.id(Span3dMath.NAMES[j], true));
      first = false;
    }
    if (first) {
      sb.append(Mathml.id("0", true));
    }
    return sb.toString();
  }
}
