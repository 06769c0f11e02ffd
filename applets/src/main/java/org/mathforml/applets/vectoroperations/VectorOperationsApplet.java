package org.mathforml.applets.vectoroperations;

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
import org.mathforml.applets.components.Slider;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.exact.FractionVector;
import org.teavm.jso.dom.xml.Element;

/**
 * {@code vector-operations}: two vectors u and v dragged by their heads (0.5 grid), and a mode: sum
 * (with the parallelogram), difference, scalar multiple k u (slider), dot product and angle,
 * projection of u onto v. Values are exact fractions from mathlib; {@link Readout} shows them as
 * MathML.
 */
public final class VectorOperationsApplet {

  static final double SNAP = 0.5;
  static final double BIG_STEP = 2;

  private final CoordinatePlane plane;
  private final DraggableVector u;
  private final DraggableVector v;
  private final Arrow result;
  private final Arrow ghostA;
  private final Arrow ghostB;
  private final Element angleArc;
  private final Element perpendicular;
  private final Element sliderBox;
  private final Element[] modeInputs = new Element[VectorOps.MODES.length];
  private final Readout readout;
  private String mode;
  private Fraction k;

  private VectorOperationsApplet(Element host, Map<String, String> a) {
    mode = a.get("mode");
    if (VectorOps.modeIndex(mode) < 0) {
      throw new IllegalArgumentException(
          "mode must be one of sum, difference, scalar, dot, projection, not \"" + mode + "\"");
    }
    Fraction[] start = {
      Attrs.fraction(a, "ux"),
      Attrs.fraction(a, "uy"),
      Attrs.fraction(a, "vx"),
      Attrs.fraction(a, "vy")
    };
    for (Fraction f : start) {
      if (!Grid.onGrid(f, SNAP)) {
        throw new IllegalArgumentException(
            "vector components must be multiples of 1/2 (the drag grid), not " + f);
      }
    }
    k = Attrs.fraction(a, "k");
    if (!Grid.onGrid(k, SNAP)) {
      throw new IllegalArgumentException("k must be a multiple of 1/2, not " + k);
    }
    Element root = Dom.html("div", "applet-vector-operations");
    Element controls = Dom.html("fieldset", "applet-controls applet-modes");
    controls.appendChild(Dom.text("legend", null, "Show"));
    for (int i = 0; i < VectorOps.MODES.length; i++) {
      controls.appendChild(modeOption(i));
    }
    Slider slider = new Slider("k", "Scalar k", -3, 3, SNAP, k.doubleValue(), this::scalarChanged);
    sliderBox = Dom.html("div", "applet-scalar");
    sliderBox.appendChild(slider.element());

    plane =
        new CoordinatePlane(
            Attrs.viewport(a),
            "Coordinate plane with vectors u (solid) and v (dashed) from the origin; drag their"
                + " heads or focus them and use the arrow keys");
    PanZoom panZoom = PanZoom.attach(plane);
    ghostA = new Arrow(plane, plane.linesLayer(), 2, "");
    ghostB = new Arrow(plane, plane.linesLayer(), 1, "");
    Dom.toggleClass(ghostA.element(), "applet-ghost", true);
    Dom.toggleClass(ghostB.element(), "applet-ghost", true);
    angleArc = Dom.svg("path", "applet-angle-arc");
    angleArc.setAttribute("aria-hidden", "true");
    plane.linesLayer().appendChild(angleArc);
    perpendicular = Dom.svg("path", "applet-perpendicular");
    perpendicular.setAttribute("stroke-dasharray", Palette.dash(3));
    plane.linesLayer().appendChild(perpendicular);
    result = new Arrow(plane, plane.marksLayer(), 3, "");
    result.labelOnRight(true); // away from u and v's labels when the result lies along them
    u = new DraggableVector(plane, "u", 1, SNAP, BIG_STEP, this::moved);
    v = new DraggableVector(plane, "v", 2, SNAP, BIG_STEP, this::moved);
    u.set(start[0], start[1]);
    v.set(start[2], start[3]);
    plane.addViewListener(view -> render());

    Element figure = Dom.html("div", "applet-plot-area");
    figure.appendChild(plane.element());
    figure.appendChild(
        Legend.of(
            new String[] {"u: solid", "v: dashed", "result: dotted"},
            new String[] {Palette.dash(1), Palette.dash(2), Palette.dash(3)}));
    figure.appendChild(panZoom.toolbar());
    readout = new Readout();
    Element side = Dom.html("div", "applet-side");
    side.appendChild(controls);
    side.appendChild(sliderBox);
    side.appendChild(readout.element());
    root.appendChild(side);
    root.appendChild(figure);
    host.appendChild(root);
    render();
  }

  /** The {@code vector-operations} factory registered in {@code Registry}. */
  public static void mount(Element host, Map<String, String> attributes) {
    new VectorOperationsApplet(host, attributes);
  }

  private Element modeOption(int i) {
    Element label = Dom.html("label", "applet-choice");
    Element input = Dom.html("input");
    input.setAttribute("type", "radio");
    input.setAttribute("name", "mode");
    input.setAttribute("value", VectorOps.MODES[i]);
    if (VectorOps.MODES[i].equals(mode)) {
      input.setAttribute("checked", "");
    }
    Dom.on(input, "change", e -> modeChanged(VectorOps.MODES[i]));
    modeInputs[i] = input;
    label.appendChild(input);
    Dom.appendText(label, " " + VectorOps.MODE_LABELS[i]);
    return label;
  }

  private void modeChanged(String next) {
    mode = next;
    render();
  }

  private void scalarChanged(double value) {
    k = Grid.fraction(value, SNAP);
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
    FractionVector uu = VectorOps.of(u.x(), u.y());
    FractionVector vv = VectorOps.of(v.x(), v.y());
    FractionVector r = VectorOps.result(mode, uu, vv, k);
    setHidden(sliderBox, !mode.equals("scalar"));
    double ux = uu.get(0).doubleValue();
    double uy = uu.get(1).doubleValue();
    double vx = vv.get(0).doubleValue();
    double vy = vv.get(1).doubleValue();
    ghostA.setVisible(false);
    ghostB.setVisible(false);
    angleArc.setAttribute("d", "");
    perpendicular.setAttribute("d", "");
    if (r != null) {
      result.setVisible(true);
      result.set(0, 0, r.get(0).doubleValue(), r.get(1).doubleValue());
      result.setLabel(resultLabel());
    } else {
      result.setVisible(false);
    }
    switch (mode) {
      case "sum":
        // The parallelogram: v from the head of u and u from the head of v.
        ghostA.setVisible(true);
        ghostA.set(ux, uy, ux + vx, uy + vy);
        ghostB.setVisible(true);
        ghostB.set(vx, vy, ux + vx, uy + vy);
        break;
      case "difference":
        // u - v also runs from the head of v to the head of u.
        ghostA.setVisible(true);
        ghostA.set(vx, vy, ux, uy);
        break;
      case "dot":
        drawAngle(ux, uy, vx, vy);
        break;
      case "projection":
        if (r != null) {
          drawPerpendicular(ux, uy, r.get(0).doubleValue(), r.get(1).doubleValue(), vx, vy);
        }
        break;
      default:
        break;
    }
    readout.show(mode, uu, vv, k, r);
  }

  private String resultLabel() {
    switch (mode) {
      case "sum":
        return "u + v";
      case "difference":
        return "u \u2212 v";
      case "scalar":
        return k + "u";
      default:
        return "proj";
    }
  }

  /** An arc from u's direction to v's direction, 24 user units from the origin. */
  private void drawAngle(double ux, double uy, double vx, double vy) {
    if (ux == 0 && uy == 0 || vx == 0 && vy == 0) {
      return;
    }
    double ox = plane.viewport().toSvgX(0);
    double oy = plane.viewport().toSvgY(0);
    double radius = 24;
    double a1 = Math.atan2(uy, ux);
    double a2 = Math.atan2(vy, vx);
    double sweep = a2 - a1;
    while (sweep > Math.PI) {
      sweep -= 2 * Math.PI;
    }
    while (sweep < -Math.PI) {
      sweep += 2 * Math.PI;
    }
    double x1 = ox + radius * Math.cos(a1);
    double y1 = oy - radius * Math.sin(a1);
    double x2 = ox + radius * Math.cos(a1 + sweep);
    double y2 = oy - radius * Math.sin(a1 + sweep);
    // SVG y points down, so a counter-clockwise turn on the plane is sweep-flag 0.
    angleArc.setAttribute(
        "d",
        "M"
            + num(x1)
            + " "
            + num(y1)
            + "A"
            + num(radius)
            + " "
            + num(radius)
            + " 0 0 "
            + (sweep > 0 ? "0 " : "1 ")
            + num(x2)
            + " "
            + num(y2));
  }

  /** The dropped perpendicular from u's head to its projection, with a right-angle mark. */
  private void drawPerpendicular(double ux, double uy, double px, double py, double vx, double vy) {
    var view = plane.viewport();
    double hx = view.toSvgX(ux);
    double hy = view.toSvgY(uy);
    double fx = view.toSvgX(px);
    double fy = view.toSvgY(py);
    StringBuilder d = new StringBuilder();
    d.append('M').append(num(hx)).append(' ').append(num(hy));
    d.append('L').append(num(fx)).append(' ').append(num(fy));
    double len = Math.hypot(vx, vy);
    double dx = ux - px;
    double dy = uy - py;
    double dl = Math.hypot(dx, dy);
    if (len > 0 && dl > 1e-9) {
      double s = 8;
      double ax = vx / len * s;
      double ay = -vy / len * s;
      double bx = dx / dl * s;
      double by = -dy / dl * s;
      d.append('M').append(num(fx + ax)).append(' ').append(num(fy + ay));
      d.append('l').append(num(bx)).append(' ').append(num(by));
      d.append('l').append(num(-ax)).append(' ').append(num(-ay));
    }
    perpendicular.setAttribute("d", d.toString());
  }

  private static String num(double x) {
    return org.mathforml.applets.components.Num.short2(x);
  }

  private static void setHidden(Element el, boolean hidden) {
    if (hidden) {
      el.setAttribute("hidden", "");
    } else {
      el.removeAttribute("hidden");
    }
  }
}
