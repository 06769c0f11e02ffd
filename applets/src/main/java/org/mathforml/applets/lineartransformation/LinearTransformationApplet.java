package org.mathforml.applets.lineartransformation;

import java.util.Map;
import org.mathforml.applets.components.Attrs;
import org.mathforml.applets.components.CoordinatePlane;
import org.mathforml.applets.components.Dom;
import org.mathforml.applets.components.DraggableVector;
import org.mathforml.applets.components.Legend;
import org.mathforml.applets.components.LinearPicture;
import org.mathforml.applets.components.MatrixEditor;
import org.mathforml.applets.components.Palette;
import org.mathforml.applets.components.PanZoom;
import org.mathforml.applets.components.Tween;
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
  private static final double MAX_ENTRY = 10;

  private final CoordinatePlane plane;
  private final MatrixEditor editor;
  private final DraggableVector e1;
  private final DraggableVector e2;
  private final LinearPicture picture;
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
    picture = new LinearPicture(plane);
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
    boolean atRest = tweenDone(m);
    picture.draw(
        m,
        atRest
            ? LinearMap.determinant(matrix).toString().replace('-', '\u2212')
            : LinearPicture.detText(m[0] * m[3] - m[1] * m[2]));
    if (atRest) {
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
}
