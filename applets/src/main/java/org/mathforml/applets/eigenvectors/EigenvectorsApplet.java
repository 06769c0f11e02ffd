package org.mathforml.applets.eigenvectors;

import java.util.Map;
import org.mathforml.applets.components.Arrow;
import org.mathforml.applets.components.Attrs;
import org.mathforml.applets.components.CoordinatePlane;
import org.mathforml.applets.components.Dom;
import org.mathforml.applets.components.DraggableVector;
import org.mathforml.applets.components.Grid;
import org.mathforml.applets.components.Legend;
import org.mathforml.applets.components.MatrixEditor;
import org.mathforml.applets.components.Num;
import org.mathforml.applets.components.Palette;
import org.mathforml.applets.components.PanZoom;
import org.mathforml.applets.components.Viewport;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.teavm.jso.dom.xml.Element;

/**
 * {@code eigenvectors}: a 2x2 matrix A (typed in a {@link MatrixEditor}), a vector x dragged by its
 * head (0.5 grid) and its image A x drawn with it. The real eigen-directions (mathlib {@code
 * Eigen2x2}) are drawn as lines; x close to one is pulled onto it, and two buttons put x on
 * eigenvector 1 or 2. When A x = λ x the readout says so with λ, a ring marks A x and its label
 * reads "Ax = λx". Complex eigenvalues get a message (A turns every direction). A checkbox draws
 * the grid of the eigenbasis.
 */
public final class EigenvectorsApplet {

  static final double SNAP = 0.5;
  static final double BIG_STEP = 2;
  private static final double MAX_ENTRY = 10;

  private final CoordinatePlane plane;
  private final MatrixEditor editor;
  private final DraggableVector x;
  private final Arrow ax;
  private final Element[] lines = new Element[2];
  private final Element basisGrid;
  private final Element ring;
  private final Element message;
  private final Element[] snapButtons = new Element[2];
  private final Element basisBox;
  private final Readout readout;
  private FractionMatrix matrix;
  private EigenMath eigen;

  /** The eigenline x sits on after a snap (then x is {@link #snapped}), or -1. */
  private int snappedLine = -1;

  private double[] snapped;

  private boolean basis;

  private EigenvectorsApplet(Element host, Map<String, String> a) {
    matrix =
        FractionMatrix.of(
            new Fraction[][] {
              {Attrs.fraction(a, "a"), Attrs.fraction(a, "b")},
              {Attrs.fraction(a, "c"), Attrs.fraction(a, "d")}
            });
    Fraction x1 = Attrs.fraction(a, "x1");
    Fraction x2 = Attrs.fraction(a, "x2");
    if (!Grid.onGrid(x1, SNAP) || !Grid.onGrid(x2, SNAP)) {
      throw new IllegalArgumentException("x1 and x2 must be multiples of 1/2 (the drag grid)");
    }
    Element root = Dom.html("div", "applet-eigenvectors");
    editor = new MatrixEditor(2, 2, "A", "a", this::typed);
    editor.setRule(
        f ->
            Math.abs(f.doubleValue()) <= MAX_ENTRY
                ? null
                : "use a number between -10 and 10 so the picture stays on screen.");
    Element controls = Dom.html("div", "applet-controls applet-presets");
    controls.setAttribute("role", "group");
    controls.setAttribute("aria-label", "Eigenvectors");
    for (int i = 0; i < 2; i++) {
      int k = i;
      Element b = Dom.text("button", "applet-button", "Snap to eigenvector " + (i + 1));
      b.setAttribute("type", "button");
      b.setAttribute("data-snap", Integer.toString(i + 1));
      Dom.on(b, "click", e -> snapTo(k));
      snapButtons[i] = b;
      controls.appendChild(b);
    }
    basisBox = Dom.html("input");
    basisBox.setAttribute("type", "checkbox");
    basisBox.setAttribute("name", "eigenbasis");
    Dom.on(basisBox, "change", e -> toggleBasis());
    Element label = Dom.html("label", "applet-choice");
    label.appendChild(basisBox);
    Dom.appendText(label, " Eigenbasis view (grid of eigenvector 1 and 2)");

    plane =
        new CoordinatePlane(
            Attrs.viewport(a),
            "Coordinate plane with the vector x (solid, draggable), its image A x (dashed) and"
                + " the eigen-directions of A (dotted and dash-dot lines)");
    PanZoom panZoom = PanZoom.attach(plane);
    basisGrid = Dom.svg("g", "applet-eigen-grid");
    basisGrid.setAttribute("aria-hidden", "true");
    plane.linesLayer().appendChild(basisGrid);
    for (int i = 0; i < 2; i++) {
      lines[i] = Dom.svg("line", "applet-eigen-line " + Palette.seriesClass(i + 3));
      lines[i].setAttribute("stroke-dasharray", Palette.dash(i + 3));
      lines[i].setAttribute("aria-hidden", "true");
      plane.linesLayer().appendChild(lines[i]);
    }
    ring = Dom.svg("circle", "applet-eigen-marker");
    ring.setAttribute("r", "13");
    ring.setAttribute("aria-hidden", "true");
    plane.marksLayer().appendChild(ring);
    ax = new Arrow(plane, plane.marksLayer(), 2, "Ax");
    ax.labelOnRight(true);
    x = new DraggableVector(plane, "x", 1, SNAP, BIG_STEP, this::moved);
    x.set(x1, x2);
    plane.addViewListener(view -> render());

    Element figure = Dom.html("div", "applet-plot-area");
    figure.appendChild(plane.element());
    figure.appendChild(
        Legend.of(
            new String[] {
              "x: solid", "A x: dashed", "eigenline 1: dotted", "eigenline 2: dash-dot"
            },
            new String[] {Palette.dash(1), Palette.dash(2), Palette.dash(3), Palette.dash(4)}));
    figure.appendChild(panZoom.toolbar());
    message = Dom.html("p", "applet-message");
    message.setAttribute("role", "status");
    readout = new Readout();
    Element side = Dom.html("div", "applet-side");
    side.appendChild(editor.element());
    side.appendChild(editor.message());
    side.appendChild(controls);
    side.appendChild(label);
    side.appendChild(readout.element());
    side.appendChild(message);
    root.appendChild(side);
    root.appendChild(figure);
    host.appendChild(root);
    editor.show(matrix);
    eigen = new EigenMath(matrix);
    render();
  }

  /** The {@code eigenvectors} factory registered in {@code Registry}. */
  public static void mount(Element host, Map<String, String> attributes) {
    new EigenvectorsApplet(host, attributes);
  }

  private void toggleBasis() {
    basis = !basis;
    render();
  }

  private void typed(FractionMatrix m) {
    matrix = m;
    eigen = new EigenMath(m);
    snappedLine = -1;
    render();
  }

  private boolean moved(DraggableVector which, Fraction nx, Fraction ny) {
    which.set(nx, ny);
    snappedLine = -1;
    if (EigenMath.exactEigenvalue(matrix, nx, ny) == null) {
      int i = eigen.lineNear(nx.doubleValue(), ny.doubleValue());
      if (i >= 0) {
        snappedLine = i;
        snapped = eigen.project(i, nx.doubleValue(), ny.doubleValue());
      }
    }
    render();
    return true;
  }

  /** Puts x on eigenline i, keeping its length (2 if x is zero) and its side. */
  private void snapTo(int i) {
    if (!eigen.real) {
      return;
    }
    double px = x.x().doubleValue();
    double py = x.y().doubleValue();
    double length = Math.hypot(px, py);
    if (length == 0) {
      length = 2;
    }
    double[] d = eigen.directions[i];
    double sign = px * d[0] + py * d[1] < 0 ? -1 : 1;
    double tx = sign * length * d[0];
    double ty = sign * length * d[1];
    // On the grid when the eigenline passes through a grid point at this length.
    Fraction gx = Grid.fraction(tx, SNAP);
    Fraction gy = Grid.fraction(ty, SNAP);
    Fraction lambda = EigenMath.exactEigenvalue(matrix, gx, gy);
    if (lambda != null && eigen.nearest(lambda.doubleValue()) == i
        || lambda != null && eigen.everyDirection) {
      x.set(gx, gy);
      snappedLine = -1;
    } else {
      x.set(gx, gy);
      snappedLine = i;
      snapped = new double[] {tx, ty};
    }
    render();
  }

  private void render() {
    Viewport view = plane.viewport();
    boolean real = eigen.real;
    double reach = 4 * (view.xmax() - view.xmin() + view.ymax() - view.ymin());
    for (int i = 0; i < 2; i++) {
      boolean show = real && !eigen.everyDirection && (i == 0 || eigen.twoLines());
      setHidden(lines[i], !show);
      if (show) {
        double[] d = eigen.directions[i];
        plane.place(lines[i], -reach * d[0], -reach * d[1], reach * d[0], reach * d[1]);
      }
      if (real && !eigen.everyDirection) {
        snapButtons[i].removeAttribute("disabled");
      } else {
        snapButtons[i].setAttribute("disabled", "");
      }
    }
    drawBasisGrid(view);
    double[] m = eigen.m;
    double px;
    double py;
    String xText;
    String yText;
    Fraction lambda = null;
    int on = -1;
    if (snappedLine >= 0) {
      px = snapped[0];
      py = snapped[1];
      x.drawAt(px, py);
      xText = Num.short2(px);
      yText = Num.short2(py);
      x.handleElement()
          .setAttribute(
              "aria-label",
              "vector x = (" + xText + ", " + yText + "), on eigenline " + (snappedLine + 1));
      on = snappedLine;
    } else {
      x.redraw();
      px = x.x().doubleValue();
      py = x.y().doubleValue();
      xText = x.x().toString();
      yText = x.y().toString();
      lambda = EigenMath.exactEigenvalue(matrix, x.x(), x.y());
      if (lambda != null) {
        on = eigen.everyDirection ? 0 : eigen.nearest(lambda.doubleValue());
      }
    }
    double qx = m[0] * px + m[1] * py;
    double qy = m[2] * px + m[3] * py;
    ax.set(0, 0, qx, qy);
    String lambdaText = on < 0 ? "" : lambda != null ? lambda.toString() : Num.short2(eigen.re[on]);
    ax.setLabel(on < 0 ? "Ax" : "Ax = " + lambdaText.replace('-', '\u2212') + "x");
    setHidden(ring, on < 0);
    Dom.setNumber(ring, "cx", view.toSvgX(qx));
    Dom.setNumber(ring, "cy", view.toSvgY(qy));
    Fraction[] exactAx = snappedLine >= 0 ? null : EigenMath.apply(matrix, x.x(), x.y());
    readout.show(matrix, eigen, xText, yText, exactAx, qx, qy, on, lambdaText, lambda != null);
    if (!real) {
      message.setTextContent(
          "The eigenvalues are complex ("
              + Num.short2(eigen.re[0])
              + " \u00b1 "
              + Num.short2(Math.abs(eigen.im[0]))
              + "i): A turns every direction, so no line through the origin is kept. There are no"
              + " real eigenvectors to draw.");
    } else if (eigen.everyDirection) {
      message.setTextContent(
          "A is a multiple of the identity: every nonzero vector is an eigenvector.");
    } else if (!eigen.twoLines()) {
      message.setTextContent(
          "A has only one eigen-direction (a repeated eigenvalue): there is no eigenbasis.");
    } else {
      message.setTextContent("");
    }
  }

  private void drawBasisGrid(Viewport view) {
    Dom.clear(basisGrid);
    boolean show = basis && eigen.twoLines();
    if (!show) {
      return;
    }
    double[] e1 = eigen.directions[0];
    double[] e2 = eigen.directions[1];
    double reach = 4 * (view.xmax() - view.xmin() + view.ymax() - view.ymin());
    for (int k = -12; k <= 12; k++) {
      for (int j = 0; j < 2; j++) {
        double[] along = j == 0 ? e1 : e2;
        double[] step = j == 0 ? e2 : e1;
        Element l = Dom.svg("line", "applet-eigen-grid-line");
        double cx = k * step[0];
        double cy = k * step[1];
        plane.place(
            l,
            cx - reach * along[0],
            cy - reach * along[1],
            cx + reach * along[0],
            cy + reach * along[1]);
        basisGrid.appendChild(l);
      }
    }
  }

  private static void setHidden(Element el, boolean hidden) {
    if (hidden) {
      el.setAttribute("visibility", "hidden");
    } else {
      el.removeAttribute("visibility");
    }
  }
}
