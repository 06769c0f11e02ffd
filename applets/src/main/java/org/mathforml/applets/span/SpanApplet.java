package org.mathforml.applets.span;

import java.util.Map;
import org.mathforml.applets.components.Arrow;
import org.mathforml.applets.components.Attrs;
import org.mathforml.applets.components.CoordinatePlane;
import org.mathforml.applets.components.Dom;
import org.mathforml.applets.components.DraggableVector;
import org.mathforml.applets.components.Grid;
import org.mathforml.applets.components.Legend;
import org.mathforml.applets.components.Palette;
import org.mathforml.applets.components.PanZoom;
import org.mathforml.applets.components.Viewport;
import org.mathforml.mathlib.Fraction;
import org.teavm.jso.dom.xml.Element;

/**
 * {@code span}: one or two vectors u, v dragged by their heads (0.5 grid) and what they span, drawn
 * (the origin, a line across the plane, or the whole plane shaded) and said in words; a target w
 * (also dragged) with the exact coefficients of w = a u + b v, drawn as the path a u then b v, or
 * why there are none. A checkbox adds or removes v.
 */
public final class SpanApplet {

  static final double SNAP = 0.5;
  static final double BIG_STEP = 2;

  private final CoordinatePlane plane;
  private final DraggableVector u;
  private final DraggableVector v;
  private final DraggableVector w;
  private final Arrow partA;
  private final Arrow partB;
  private final Element shade;
  private final Element line;
  private final Element origin;
  private final Readout readout;
  private boolean two;

  private SpanApplet(Element host, Map<String, String> a) {
    String vectors = a.get("vectors");
    if (!vectors.equals("1") && !vectors.equals("2")) {
      throw new IllegalArgumentException("vectors must be 1 or 2, not \"" + vectors + "\"");
    }
    two = vectors.equals("2");
    String[] names = {"u1", "u2", "v1", "v2", "w1", "w2"};
    Fraction[] start = new Fraction[names.length];
    for (int i = 0; i < names.length; i++) {
      start[i] = Attrs.fraction(a, names[i]);
      if (!Grid.onGrid(start[i], SNAP)) {
        throw new IllegalArgumentException(
            names[i] + " must be a multiple of 1/2 (the drag grid), not " + start[i]);
      }
    }
    Element root = Dom.html("div", "applet-span");
    Element controls = Dom.html("fieldset", "applet-controls");
    controls.appendChild(Dom.text("legend", null, "Vectors"));
    Element label = Dom.html("label", "applet-choice");
    Element box = Dom.html("input");
    box.setAttribute("type", "checkbox");
    box.setAttribute("name", "two");
    if (two) {
      box.setAttribute("checked", "");
    }
    Dom.on(box, "change", e -> toggle());
    label.appendChild(box);
    Dom.appendText(label, " Second vector v");
    controls.appendChild(label);

    plane =
        new CoordinatePlane(
            Attrs.viewport(a),
            "Coordinate plane with vectors u (solid), v (dashed) and the target w (dotted) from"
                + " the origin, and their span; drag the heads or focus them and use the arrow"
                + " keys");
    PanZoom panZoom = PanZoom.attach(plane);
    shade = Dom.svg("rect", "applet-span-plane");
    shade.setAttribute("aria-hidden", "true");
    plane.linesLayer().appendChild(shade);
    line = Dom.svg("line", "applet-span-line");
    line.setAttribute("stroke-dasharray", Palette.dash(4));
    line.setAttribute("aria-hidden", "true");
    plane.linesLayer().appendChild(line);
    origin = Dom.svg("circle", "applet-span-point");
    origin.setAttribute("r", "6");
    origin.setAttribute("aria-hidden", "true");
    plane.linesLayer().appendChild(origin);
    partA = new Arrow(plane, plane.linesLayer(), 1, "au");
    partB = new Arrow(plane, plane.linesLayer(), 2, "bv");
    Dom.toggleClass(partA.element(), "applet-ghost", true);
    Dom.toggleClass(partB.element(), "applet-ghost", true);
    w = new DraggableVector(plane, "w", 3, SNAP, BIG_STEP, this::moved);
    u = new DraggableVector(plane, "u", 1, SNAP, BIG_STEP, this::moved);
    v = new DraggableVector(plane, "v", 2, SNAP, BIG_STEP, this::moved);
    u.set(start[0], start[1]);
    v.set(start[2], start[3]);
    w.set(start[4], start[5]);
    plane.addViewListener(view -> render());

    Element figure = Dom.html("div", "applet-plot-area");
    figure.appendChild(plane.element());
    figure.appendChild(
        Legend.of(
            new String[] {"u: solid", "v: dashed", "w: dotted", "span: dash-dot line or shading"},
            new String[] {Palette.dash(1), Palette.dash(2), Palette.dash(3), Palette.dash(4)}));
    figure.appendChild(panZoom.toolbar());
    readout = new Readout();
    Element side = Dom.html("div", "applet-side");
    side.appendChild(controls);
    side.appendChild(readout.element());
    root.appendChild(side);
    root.appendChild(figure);
    host.appendChild(root);
    render();
  }

  /** The {@code span} factory registered in {@code Registry}. */
  public static void mount(Element host, Map<String, String> attributes) {
    new SpanApplet(host, attributes);
  }

  private void toggle() {
    two = !two;
    render();
  }

  private boolean moved(DraggableVector which, Fraction x, Fraction y) {
    which.set(x, y);
    render();
    return true;
  }

  private void render() {
    u.redraw();
    v.redraw();
    w.redraw();
    setHidden(v.arrow().element(), !two);
    setHidden(v.handleElement(), !two);
    SpanMath s =
        two
            ? SpanMath.two(u.x(), u.y(), v.x(), v.y(), w.x(), w.y())
            : SpanMath.one(u.x(), u.y(), w.x(), w.y());
    Viewport view = plane.viewport();
    setHidden(shade, !s.kind.equals("plane"));
    Dom.setNumber(shade, "x", 0);
    Dom.setNumber(shade, "y", 0);
    Dom.setNumber(shade, "width", Viewport.WIDTH);
    Dom.setNumber(shade, "height", view.height());
    setHidden(line, !s.kind.equals("line"));
    if (s.direction != null) {
      double dx = s.direction[0].doubleValue();
      double dy = s.direction[1].doubleValue();
      double reach =
          4 * (view.xmax() - view.xmin() + view.ymax() - view.ymin()) / Math.hypot(dx, dy);
      plane.place(line, -reach * dx, -reach * dy, reach * dx, reach * dy);
    }
    setHidden(origin, !s.kind.equals("point"));
    Dom.setNumber(origin, "cx", view.toSvgX(0));
    Dom.setNumber(origin, "cy", view.toSvgY(0));
    boolean path = s.a != null;
    partA.setVisible(path);
    partB.setVisible(path && two);
    if (path) {
      double ax = s.a.doubleValue() * u.x().doubleValue();
      double ay = s.a.doubleValue() * u.y().doubleValue();
      partA.set(0, 0, ax, ay);
      if (two) {
        partB.set(ax, ay, w.x().doubleValue(), w.y().doubleValue());
      }
    }
    readout.show(two, u, v, w, s);
  }

  static void setHidden(Element el, boolean hidden) {
    if (hidden) {
      el.setAttribute("visibility", "hidden");
    } else {
      el.removeAttribute("visibility");
    }
  }
}
