package org.mathforml.applets.lineartransformation;

import java.util.Map;
import org.mathforml.applets.components.Attrs;
import org.mathforml.applets.components.CoordinatePlane;
import org.mathforml.applets.components.Dom;
import org.mathforml.applets.components.DraggableVector;
import org.mathforml.applets.components.Legend;
import org.mathforml.applets.components.MatrixEditor;
import org.mathforml.applets.components.Num;
import org.mathforml.applets.components.Palette;
import org.mathforml.applets.components.PanZoom;
import org.mathforml.applets.components.Tween;
import org.mathforml.applets.components.Viewport;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.teavm.jso.dom.xml.Element;

/**
 * {@code linear-transformation}: a 2x2 matrix A acting on the plane. The reader edits A in a {@link
 * MatrixEditor}, drags the images A e1 and A e2 (its columns, 0.5 grid) or picks a preset (shear,
 * rotation, scaling, reflection, projection; animated unless reduced motion is asked for). Drawn:
 * the image of the grid, of the unit square (its signed area is det A; an arc arrow from A e1 to A
 * e2 and the sign in its label show orientation) and of a letter F, so reflections are visible.
 */
public final class LinearTransformationApplet {

  static final double SNAP = 0.5;
  static final double BIG_STEP = 2;
  private static final int GRID_LINES = 12;
  private static final double MAX_ENTRY = 10;

  private final CoordinatePlane plane;
  private final MatrixEditor editor;
  private final DraggableVector e1;
  private final DraggableVector e2;
  private final Element gridX;
  private final Element gridY;
  private final Element square;
  private final Element orientation;
  private final Element orientationHead;
  private final Element areaLabel;
  private final Element original;
  private final Element picture;
  private final Element message;
  private final Readout readout;
  private final Tween tween = new Tween();
  private FractionMatrix matrix;

  private LinearTransformationApplet(Element host, Map<String, String> a) {
    matrix =
        LinearMap.of(
            Attrs.fraction(a, "a"),
            Attrs.fraction(a, "b"),
            Attrs.fraction(a, "c"),
            Attrs.fraction(a, "d"));
    Element root = Dom.html("div", "applet-linear-transformation");
    editor = new MatrixEditor(2, 2, "A", "a", this::typed);
    editor.setRule(
        f ->
            Math.abs(f.doubleValue()) <= MAX_ENTRY
                ? null
                : "use a number between -10 and 10 so the picture stays on screen.");
    Element presets = Dom.html("div", "applet-controls applet-presets");
    presets.setAttribute("role", "group");
    presets.setAttribute("aria-label", "Presets");
    for (int i = 0; i < LinearMap.PRESET_NAMES.length; i++) {
      presets.appendChild(presetButton(i));
    }
    plane =
        new CoordinatePlane(
            Attrs.viewport(a),
            "The plane after the matrix A: image of the grid, of the unit square and of a"
                + " letter F; the arrows A e1 (solid) and A e2 (dashed) can be dragged");
    PanZoom panZoom = PanZoom.attach(plane);
    gridX = path("applet-tgrid applet-tgrid-x", plane.linesLayer());
    gridY = path("applet-tgrid applet-tgrid-y", plane.linesLayer());
    square = Dom.svg("polygon", "applet-unit-square");
    plane.linesLayer().appendChild(square);
    original = Dom.svg("polygon", "applet-shape-original");
    original.setAttribute("stroke-dasharray", Palette.dash(3));
    plane.linesLayer().appendChild(original);
    picture = Dom.svg("polygon", "applet-shape");
    plane.linesLayer().appendChild(picture);
    orientation = path("applet-orientation", plane.marksLayer());
    orientationHead = Dom.svg("polygon", "applet-orientation-head");
    plane.marksLayer().appendChild(orientationHead);
    areaLabel = CoordinatePlane.label(0, 0, "", "middle");
    areaLabel.setAttribute("class", "applet-area-label");
    areaLabel.setAttribute("aria-hidden", "true");
    plane.marksLayer().appendChild(areaLabel);
    e1 = new DraggableVector(plane, "Ae\u2081", 1, SNAP, BIG_STEP, this::dragged);
    e2 = new DraggableVector(plane, "Ae\u2082", 2, SNAP, BIG_STEP, this::dragged);
    e1.handleElement().setAttribute("data-column", "1");
    e2.handleElement().setAttribute("data-column", "2");
    plane.addViewListener(view -> draw(LinearMap.doubles(matrix)));

    Element figure = Dom.html("div", "applet-plot-area");
    figure.appendChild(plane.element());
    figure.appendChild(
        Legend.of(
            new String[] {"A e\u2081: solid", "A e\u2082: dashed", "F before: dotted"},
            new String[] {Palette.dash(1), Palette.dash(2), Palette.dash(3)}));
    figure.appendChild(panZoom.toolbar());
    message = Dom.html("p", "applet-message");
    message.setAttribute("role", "status");
    readout = new Readout();
    Element side = Dom.html("div", "applet-side");
    side.appendChild(editor.element());
    side.appendChild(editor.message());
    side.appendChild(presets);
    side.appendChild(readout.element());
    side.appendChild(message);
    root.appendChild(side);
    root.appendChild(figure);
    host.appendChild(root);
    editor.show(matrix);
    update();
  }

  /** The {@code linear-transformation} factory registered in {@code Registry}. */
  public static void mount(Element host, Map<String, String> attributes) {
    new LinearTransformationApplet(host, attributes);
  }

  private static Element path(String className, Element layer) {
    Element p = Dom.svg("path", className);
    p.setAttribute("aria-hidden", "true");
    layer.appendChild(p);
    return p;
  }

  private Element presetButton(int i) {
    Element b = Dom.text("button", "applet-button", LinearMap.PRESET_NAMES[i]);
    b.setAttribute("type", "button");
    b.setAttribute("data-preset", LinearMap.PRESET_KEYS[i]);
    Dom.on(b, "click", e -> choose(LinearMap.preset(i)));
    return b;
  }

  /** Animates from the current matrix to next (at once with reduced motion). */
  private void choose(FractionMatrix next) {
    double[] from = LinearMap.doubles(matrix);
    double[] to = LinearMap.doubles(next);
    matrix = next;
    editor.show(next);
    readout.show(next);
    showMessage();
    tween.run(
        400,
        t -> {
          if (t >= 1) {
            update();
          } else {
            draw(LinearMap.mix(from, to, t));
          }
        });
  }

  private void typed(FractionMatrix m) {
    tween.cancel();
    matrix = m;
    update();
  }

  private boolean dragged(DraggableVector which, Fraction x, Fraction y) {
    tween.cancel();
    int j = which == e1 ? 0 : 1;
    Fraction[][] rows = matrix.toArray();
    rows[0][j] = x;
    rows[1][j] = y;
    matrix = FractionMatrix.of(rows);
    editor.show(matrix);
    update();
    return true;
  }

  private void update() {
    draw(LinearMap.doubles(matrix));
    readout.show(matrix);
    showMessage();
  }

  private void showMessage() {
    String kind = LinearMap.kind(matrix);
    if (kind.equals("point")) {
      message.setTextContent(
          "A is the zero matrix: the whole plane collapses to the single point (0, 0).");
    } else if (kind.equals("line")) {
      Fraction[] d = LinearMap.imageDirection(matrix);
      message.setTextContent(
          "det A = 0, so A is singular: the whole plane collapses onto the line through the"
              + " origin in the direction ("
              + d[0]
              + ", "
              + d[1]
              + "). The unit square is flattened and its area is 0.");
    } else {
      message.setTextContent("");
    }
  }

  /** Draws everything for the matrix m = {a, b, c, d} (doubles: also used mid-animation). */
  private void draw(double[] m) {
    Viewport v = plane.viewport();
    StringBuilder xs = new StringBuilder();
    StringBuilder ys = new StringBuilder();
    int n = Math.max(GRID_LINES, (int) Math.ceil(v.width()));
    for (int s = -n; s <= n; s++) {
      appendLine(xs, v, LinearMap.imageLine(m, s, 0, 0, 1));
      appendLine(ys, v, LinearMap.imageLine(m, 0, s, 1, 0));
    }
    gridX.setAttribute("d", xs.toString());
    gridY.setAttribute("d", ys.toString());
    square.setAttribute(
        "points", points(v, LinearMap.imageOf(m, new double[] {0, 0, 1, 0, 1, 1, 0, 1})));
    original.setAttribute("points", points(v, LinearMap.PICTURE));
    picture.setAttribute("points", points(v, LinearMap.imageOf(m, LinearMap.PICTURE)));
    double det = m[0] * m[3] - m[1] * m[2];
    drawOrientation(v, m, det);
    if (tweenDone(m)) {
      e1.set(matrix.get(0, 0), matrix.get(1, 0));
      e2.set(matrix.get(0, 1), matrix.get(1, 1));
    } else {
      e1.drawAt(m[0], m[2]);
      e2.drawAt(m[1], m[3]);
    }
  }

  private boolean tweenDone(double[] m) {
    double[] exact = LinearMap.doubles(matrix);
    for (int i = 0; i < 4; i++) {
      if (exact[i] != m[i]) {
        return false;
      }
    }
    return true;
  }

  /** An arc arrow from A e1 towards A e2 inside the image square, and "det = ..." beside it. */
  private void drawOrientation(Viewport v, double[] m, double det) {
    double ox = v.toSvgX(0);
    double oy = v.toSvgY(0);
    double cx = v.toSvgX((m[0] + m[1]) / 2);
    double cy = v.toSvgY((m[2] + m[3]) / 2);
    Dom.setNumber(areaLabel, "x", cx);
    Dom.setNumber(areaLabel, "y", cy + 5);
    String sign = det > 1e-12 ? "+" : det < -1e-12 ? "\u2212" : "";
    areaLabel.setTextContent("det " + (sign.isEmpty() ? "0" : sign + Num.short2(Math.abs(det))));
    if (Math.abs(det) < 1e-12) {
      orientation.setAttribute("d", "");
      orientationHead.setAttribute("points", "");
      return;
    }
    double a1 = Math.atan2(m[2], m[0]);
    double a2 = Math.atan2(m[3], m[1]);
    double sweep = a2 - a1;
    while (sweep > Math.PI) {
      sweep -= 2 * Math.PI;
    }
    while (sweep < -Math.PI) {
      sweep += 2 * Math.PI;
    }
    double r = 0.35 * Math.min(Math.hypot(m[0], m[2]), Math.hypot(m[1], m[3])) * v.scale();
    r = Viewport.clamp(r, 10, 40);
    double start = a1 + sweep * 0.15;
    double end = a1 + sweep * 0.85;
    double x1 = ox + r * Math.cos(start);
    double y1 = oy - r * Math.sin(start);
    double x2 = ox + r * Math.cos(end);
    double y2 = oy - r * Math.sin(end);
    orientation.setAttribute(
        "d",
        "M"
            + Num.short2(x1)
            + " "
            + Num.short2(y1)
            + "A"
            + Num.short2(r)
            + " "
            + Num.short2(r)
            + " 0 0 "
            + (sweep > 0 ? "0 " : "1 ")
            + Num.short2(x2)
            + " "
            + Num.short2(y2));
    // Arrowhead at the end, pointing along the arc (tangent direction of the turn).
    double tx = -Math.sin(end) * (sweep > 0 ? 1 : -1);
    double ty = -Math.cos(end) * (sweep > 0 ? 1 : -1);
    double nx = -ty;
    double ny = tx;
    orientationHead.setAttribute(
        "points",
        Num.short2(x2 + tx * 7)
            + ","
            + Num.short2(y2 + ty * 7)
            + " "
            + Num.short2(x2 + nx * 4)
            + ","
            + Num.short2(y2 + ny * 4)
            + " "
            + Num.short2(x2 - nx * 4)
            + ","
            + Num.short2(y2 - ny * 4));
  }

  private static void appendLine(StringBuilder sb, Viewport v, double[] line) {
    if (line == null) {
      return;
    }
    double[] seg = v.clip(line[0], line[1], line[2]);
    if (seg == null) {
      return;
    }
    sb.append('M')
        .append(Num.short2(v.toSvgX(seg[0])))
        .append(' ')
        .append(Num.short2(v.toSvgY(seg[1])))
        .append('L')
        .append(Num.short2(v.toSvgX(seg[2])))
        .append(' ')
        .append(Num.short2(v.toSvgY(seg[3])));
  }

  private static String points(Viewport v, double[] poly) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < poly.length; i += 2) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(Num.short2(v.toSvgX(poly[i])))
          .append(',')
          .append(Num.short2(v.toSvgY(poly[i + 1])));
    }
    return sb.toString();
  }
}
