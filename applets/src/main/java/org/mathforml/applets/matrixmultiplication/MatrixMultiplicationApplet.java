package org.mathforml.applets.matrixmultiplication;

import java.util.Map;
import org.mathforml.applets.components.Attrs;
import org.mathforml.applets.components.CoordinatePlane;
import org.mathforml.applets.components.Dom;
import org.mathforml.applets.components.LinearPicture;
import org.mathforml.applets.components.MatrixEditor;
import org.mathforml.applets.components.Tween;
import org.mathforml.applets.components.Viewport;
import org.mathforml.mathlib.FractionMatrix;
import org.teavm.jso.dom.xml.Element;

/**
 * {@code matrix-multiplication}: two transformations, B first and then A, drawn on two planes. The
 * first shows what B does; the second what A does after B, which is the single matrix AB. "Play A
 * after B" animates from B to AB (at once with reduced motion). The readout computes AB entry by
 * entry, compares it with BA and checks det(AB) = det(A) det(B).
 */
public final class MatrixMultiplicationApplet {

  private static final double MAX_ENTRY = 10;

  private final MatrixEditor editorA;
  private final MatrixEditor editorB;
  private final LinearPicture first;
  private final LinearPicture second;
  private final Readout readout = new Readout();
  private final Tween tween = new Tween();
  private FractionMatrix a;
  private FractionMatrix b;

  private MatrixMultiplicationApplet(Element host, Map<String, String> at) {
    a =
        FractionMatrix.of(
            new org.mathforml.mathlib.Fraction[][] {
              {Attrs.fraction(at, "a11"), Attrs.fraction(at, "a12")},
              {Attrs.fraction(at, "a21"), Attrs.fraction(at, "a22")}
            });
    b =
        FractionMatrix.of(
            new org.mathforml.mathlib.Fraction[][] {
              {Attrs.fraction(at, "b11"), Attrs.fraction(at, "b12")},
              {Attrs.fraction(at, "b21"), Attrs.fraction(at, "b22")}
            });
    double size = Attrs.number(at, "size");
    Element root = Dom.html("div", "applet-matrix-multiplication");
    editorB = new MatrixEditor(2, 2, "B", "b", m -> changed(null, m));
    editorA = new MatrixEditor(2, 2, "A", "a", m -> changed(m, null));
    MatrixEditor.EntryRule rule =
        f -> Math.abs(f.doubleValue()) <= MAX_ENTRY ? null : "use a number between -10 and 10.";
    editorA.setRule(rule);
    editorB.setRule(rule);
    Element editors = Dom.html("div", "applet-controls applet-editors");
    editors.appendChild(labelled("First B", editorB));
    editors.appendChild(labelled("then A", editorA));
    Element play = Dom.text("button", "applet-button applet-play", "Play A after B");
    play.setAttribute("type", "button");
    Dom.on(play, "click", e -> play());

    CoordinatePlane p1 =
        new CoordinatePlane(
            new Viewport(-size, size, -size, size), "The plane after B: grid, square and F");
    CoordinatePlane p2 =
        new CoordinatePlane(
            new Viewport(-size, size, -size, size),
            "The plane after B and then A, which is the plane after AB");
    first = new LinearPicture(p1);
    second = new LinearPicture(p2);
    Element planes = Dom.html("div", "applet-planes");
    planes.appendChild(figure(p1, "1. after B"));
    planes.appendChild(figure(p2, "2. after B, then A = after AB"));

    Element side = Dom.html("div", "applet-side");
    side.appendChild(editors);
    side.appendChild(editorB.message());
    side.appendChild(editorA.message());
    side.appendChild(play);
    side.appendChild(readout.element());
    root.appendChild(side);
    root.appendChild(planes);
    host.appendChild(root);
    editorA.show(a);
    editorB.show(b);
    update();
  }

  /** The {@code matrix-multiplication} factory registered in {@code Registry}. */
  public static void mount(Element host, Map<String, String> attributes) {
    new MatrixMultiplicationApplet(host, attributes);
  }

  private static Element labelled(String text, MatrixEditor editor) {
    Element box = Dom.html("div", "applet-editor-box");
    box.appendChild(Dom.text("p", "applet-editor-label", text));
    box.appendChild(editor.element());
    return box;
  }

  private static Element figure(CoordinatePlane plane, String caption) {
    Element f = Dom.html("div", "applet-plot-area");
    f.appendChild(Dom.text("p", "applet-plot-title", caption));
    f.appendChild(plane.element());
    return f;
  }

  private void changed(FractionMatrix newA, FractionMatrix newB) {
    tween.cancel();
    if (newA != null) {
      a = newA;
    }
    if (newB != null) {
      b = newB;
    }
    update();
  }

  private void update() {
    FractionMatrix ab = Composition.product(a, b);
    first.draw(Composition.doubles(b), text(Composition.det(b)));
    second.draw(Composition.doubles(ab), text(Composition.det(ab)));
    readout.show(a, b, ab);
  }

  /** Animates the second plane from "after B" to "after AB". */
  private void play() {
    FractionMatrix ab = Composition.product(a, b);
    double[] from = Composition.doubles(b);
    double[] to = Composition.doubles(ab);
    tween.run(
        900,
        t -> {
          if (t >= 1) {
            second.draw(to, text(Composition.det(ab)));
          } else {
            double[] m = Composition.mix(from, to, t);
            second.draw(m, LinearPicture.detText(m[0] * m[3] - m[1] * m[2]));
          }
        });
  }

  private static String text(org.mathforml.mathlib.Fraction f) {
    return f.toString().replace('-', '\u2212');
  }
}
