package org.mathforml.applets.span3d;

import org.mathforml.applets.components.Box3D;
import org.mathforml.applets.components.BoxFrame;
import org.mathforml.applets.components.Dom;
import org.mathforml.applets.components.Palette;
import org.mathforml.mathlib.Fraction;
import org.teavm.jso.dom.xml.Element;

/**
 * The SVG of {@code span-3d}: the box and axes, the span (a dot at the origin, a line through it
 * clipped to the box, the plane's cut through the box shaded with a dash-dot outline, or the whole
 * box shaded) and the vectors as labelled arrows (u solid, v dashed, w dotted).
 */
final class Picture {

  private static final String[] AXES = {"x", "y", "z"};

  private final Box3D box;
  private final Element svg;
  private final Element edges;
  private final Element axes;
  private final Element space;
  private final Element plane;
  private final Element line;
  private final Element origin;
  private final Element label;
  private final Element[][] arrows = new Element[3][];

  Picture(Box3D box) {
    this.box = box;
    svg = Dom.svg("svg", "applet-plot applet-plot-3d");
    svg.setAttribute("viewBox", "0 0 400 400");
    svg.setAttribute("role", "img");
    svg.setAttribute(
        "aria-label",
        "The vectors u (solid), v (dashed) and w (dotted) from the origin inside a box, and their"
            + " span (dash-dot); the readout states it. Drag the picture, or use the arrow keys,"
            + " to turn it (left and right: around; up and down: tilt; Home: back).");
    edges = Dom.svg("g", "applet-box");
    axes = Dom.svg("g", "applet-axes-3d");
    space = Dom.svg("polygon", "applet-span-space");
    plane = Dom.svg("polygon", "applet-span-3d-plane");
    plane.setAttribute("stroke-dasharray", Palette.dash(4));
    line = Dom.svg("line", "applet-span-line");
    line.setAttribute("stroke-dasharray", Palette.dash(4));
    origin = Dom.svg("circle", "applet-span-point");
    origin.setAttribute("r", "6");
    label = Dom.svg("text", "applet-span-label");
    Dom.setNumber(label, "x", 10);
    Dom.setNumber(label, "y", 22);
    svg.appendChild(space);
    svg.appendChild(edges);
    svg.appendChild(axes);
    svg.appendChild(plane);
    svg.appendChild(line);
    svg.appendChild(origin);
    for (int i = 0; i < 3; i++) {
      Element g = Dom.svg("g", "applet-arrow " + Palette.seriesClass(i + 1));
      g.setAttribute("data-vector", Span3dMath.NAMES[i]);
      Element shaft = Dom.svg("line", "applet-arrow-shaft");
      Palette.applyDash(shaft, i + 1);
      Element head = Dom.svg("polygon", "applet-arrow-head");
      Element name = Dom.svg("text", "applet-arrow-label");
      name.setTextContent(Span3dMath.NAMES[i]);
      g.appendChild(shaft);
      g.appendChild(head);
      g.appendChild(name);
      svg.appendChild(g);
      arrows[i] = new Element[] {g, shaft, head, name};
    }
    svg.appendChild(label);
  }

  Element element() {
    return svg;
  }

  void draw(Span3dMath s) {
    BoxFrame.draw(box, edges, axes, AXES);
    double r = box.halfWidth();
    drawSpan(s, r);
    Fraction[][] vectors = new Fraction[s.count()][];
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = s.vector(i);
    }
    double[][] placed = Scene.arrows(box, vectors);
    for (int i = 0; i < 3; i++) {
      boolean shown = i < s.count();
      show(arrows[i][0], shown);
      if (shown) {
        arrow(arrows[i], placed[i]);
      }
    }
  }

  private void drawSpan(Span3dMath s, double r) {
    int dim = s.dimension();
    svg.setAttribute("data-span", s.kind());
    show(origin, dim == 0);
    show(line, dim == 1);
    show(plane, dim == 2);
    show(space, dim == 3);
    int[] basis = s.basis();
    if (dim == 0) {
      double[] o = box.project(0, 0, 0);
      Dom.setNumber(origin, "cx", o[0]);
      Dom.setNumber(origin, "cy", o[1]);
    } else if (dim == 1) {
      double[] ends = Scene.line(box, s.vector(basis[0]));
      Dom.setNumber(line, "x1", ends[0]);
      Dom.setNumber(line, "y1", ends[1]);
      Dom.setNumber(line, "x2", ends[2]);
      Dom.setNumber(line, "y2", ends[3]);
    } else if (dim == 2) {
      plane.setAttribute("points", Scene.plane(box, s.vector(basis[0]), s.vector(basis[1])));
    } else {
      space.setAttribute("points", Scene.hull(box));
    }
    label.setTextContent(Scene.label(dim));
  }

  private static void arrow(Element[] parts, double[] a) {
    show(parts[1], a[12] > 0);
    show(parts[2], a[12] > 0);
    Dom.setNumber(parts[1], "x1", a[0]);
    Dom.setNumber(parts[1], "y1", a[1]);
    Dom.setNumber(parts[1], "x2", a[2]);
    Dom.setNumber(parts[1], "y2", a[3]);
    parts[2].setAttribute("points", Scene.head(a));
    Dom.setNumber(parts[3], "x", a[10]);
    Dom.setNumber(parts[3], "y", a[11]);
  }

  private static void show(Element el, boolean shown) {
    if (shown) {
      el.removeAttribute("visibility");
    } else {
      el.setAttribute("visibility", "hidden");
    }
  }
}
