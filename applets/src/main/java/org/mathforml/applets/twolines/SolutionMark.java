package org.mathforml.applets.twolines;

import org.mathforml.applets.components.CoordinatePlane;
import org.mathforml.applets.components.Dom;
import org.mathforml.applets.components.Viewport;
import org.teavm.jso.dom.xml.Element;

/** The marked crossing point and its "(x, y)" label; hidden unless the solution is unique. */
final class SolutionMark {

  private final CoordinatePlane plane;
  private final Element dot;
  private final Element label;

  SolutionMark(CoordinatePlane plane) {
    this.plane = plane;
    dot = Dom.svg("circle", "applet-solution");
    dot.setAttribute("r", "6");
    dot.setAttribute("aria-hidden", "true");
    label = CoordinatePlane.label(0, 0, "", "start");
    label.setAttribute("class", "applet-solution-label");
    label.setAttribute("aria-hidden", "true");
    plane.marksLayer().appendChild(dot);
    plane.marksLayer().appendChild(label);
  }

  void show(Solved s) {
    Viewport v = plane.viewport();
    boolean visible = s.x != null && v.contains(s.x.doubleValue(), s.y.doubleValue());
    if (!visible) {
      dot.setAttribute("visibility", "hidden");
      label.setAttribute("visibility", "hidden");
      return;
    }
    dot.removeAttribute("visibility");
    label.removeAttribute("visibility");
    double sx = v.toSvgX(s.x.doubleValue());
    double sy = v.toSvgY(s.y.doubleValue());
    Dom.setNumber(dot, "cx", sx);
    Dom.setNumber(dot, "cy", sy);
    boolean right = sx < Viewport.WIDTH * 0.6;
    label.setAttribute("text-anchor", right ? "start" : "end");
    Dom.setNumber(label, "x", sx + (right ? 12 : -12));
    Dom.setNumber(label, "y", sy < 24 ? sy + 22 : sy - 12);
    label.setTextContent("(" + s.x + ", " + s.y + ")");
  }
}
