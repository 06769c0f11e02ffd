package org.mathforml.applets.twolines;

import org.mathforml.applets.components.Dom;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.Line2D;
import org.teavm.jso.dom.xml.Element;

/**
 * The text that states the result: both equations, the determinant with its arithmetic, and the
 * solution. A polite live region, so screen readers hear the changes; its data-* attributes are the
 * browser-test hooks (data-determinant, data-kind, data-x, data-y).
 */
final class Readout {

  private final Element root;
  private final Element equations;
  private final Element determinant;
  private final Element solution;
  private String last = "";

  Readout() {
    root = Dom.html("div", "applet-readout");
    root.setAttribute("aria-live", "polite");
    equations = Dom.html("p", "applet-readout-equations");
    determinant = Dom.html("p", "applet-readout-determinant");
    solution = Dom.html("p", "applet-readout-solution");
    root.appendChild(equations);
    root.appendChild(determinant);
    root.appendChild(solution);
  }

  Element element() {
    return root;
  }

  void show(Line2D first, Line2D second, Solved s, boolean insideWindow) {
    String eq = "Equation 1: " + first + "\nEquation 2: " + second;
    String det =
        "Determinant a₁b₂ − a₂b₁ = "
            + factor(first.a())
            + "·"
            + factor(second.b())
            + " − "
            + factor(second.a())
            + "·"
            + factor(first.b())
            + " = "
            + s.determinant
            + (s.determinant.isZero() ? ": singular" : ": non-singular");
    String sol;
    switch (s.kind) {
      case UNIQUE:
        sol =
            "One solution: x = "
                + s.x
                + ", y = "
                + s.y
                + ", where the lines cross"
                + (insideWindow ? "." : " (outside the plotted window).");
        break;
      case NONE:
        sol = "No solution: the lines are parallel.";
        break;
      default:
        sol = "Infinitely many solutions: both equations describe the same line.";
    }
    String all = eq + det + sol;
    if (all.equals(last)) {
      return;
    }
    last = all;
    root.setAttribute("data-determinant", s.determinant.toString());
    root.setAttribute("data-kind", s.kindName());
    root.setAttribute("data-x", s.x == null ? "" : s.x.toString());
    root.setAttribute("data-y", s.y == null ? "" : s.y.toString());
    setIfChanged(equations, eq);
    setIfChanged(determinant, det);
    setIfChanged(solution, sol);
  }

  /** Updates only changed paragraphs, so the live region announces just what changed. */
  private static void setIfChanged(Element p, String text) {
    if (!text.equals(p.getTextContent())) {
      p.setTextContent(text);
    }
  }

  /** A factor in the determinant's arithmetic: parenthesised when negative or a fraction. */
  private static String factor(Fraction f) {
    return f.signum() < 0 || !f.isInteger() ? "(" + f + ")" : f.toString();
  }
}
