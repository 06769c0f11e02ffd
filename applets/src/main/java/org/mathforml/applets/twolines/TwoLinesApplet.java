package org.mathforml.applets.twolines;

import java.util.Map;
import org.mathforml.applets.catalog.AppletCatalog;
import org.mathforml.applets.components.Attrs;
import org.mathforml.applets.components.CoordinatePlane;
import org.mathforml.applets.components.Dom;
import org.mathforml.applets.components.DraggablePoint;
import org.mathforml.applets.components.FractionField;
import org.mathforml.applets.components.Legend;
import org.mathforml.applets.components.Viewport;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.Line2D;
import org.teavm.jso.dom.xml.Element;

/**
 * {@code two-lines}: the system a1 x + b1 y = c1, a2 x + b2 y = c2 as two lines the reader edits
 * (six coefficient fields) or drags (two handles per line, snapped to a 0.5 grid). All arithmetic
 * is exact, in mathlib fractions; the {@link Readout} states the solution.
 */
public final class TwoLinesApplet {

  static final double SNAP = 0.5;
  static final double BIG_STEP = 2;
  private static final String[] NAMES = {"a1", "b1", "c1", "a2", "b2", "c2"};
  private static final String[] VISIBLE = {"a₁", "b₁", "c₁", "a₂", "b₂", "c₂"};
  private static final String[] HANDLE_NAMES = {"A", "B"};

  /** Line 2 is dashed, in the plot and in the legend: never colour alone. */
  private static final String LINE_2_DASHES = "10 6";

  private final Viewport view;
  private final CoordinatePlane plane;
  private final FractionField[] fields = new FractionField[6];
  private final Line2D[] lines = new Line2D[2];
  private final Fraction[][][] handlePoints = new Fraction[2][2][];
  private final DraggablePoint[][] handles = new DraggablePoint[2][2];
  private final Element[] lineElements = new Element[2];
  private final Element[] lineLabels = new Element[2];
  private final Element message;
  private final SolutionMark mark;
  private final Readout readout;

  private TwoLinesApplet(Element host, Map<String, String> attributes) {
    view = Attrs.viewport(attributes);
    for (int i = 0; i < 2; i++) {
      lines[i] =
          Line2D.of(
              Attrs.fraction(attributes, NAMES[3 * i]),
              Attrs.fraction(attributes, NAMES[3 * i + 1]),
              Attrs.fraction(attributes, NAMES[3 * i + 2]));
    }
    Element root = Dom.html("div", "applet-two-lines");
    Element form = Dom.html("form", "applet-form");
    form.setAttribute("aria-label", "Coefficients of the two equations");
    Dom.on(form, "submit", Dom::preventDefault);
    for (int i = 0; i < 2; i++) {
      form.appendChild(equationFieldset(i));
    }
    message = Dom.html("p", "applet-form-message");
    message.setAttribute("aria-live", "polite");
    form.appendChild(message);

    plane =
        new CoordinatePlane(
            view,
            "Coordinate plane with line 1 (solid) and line 2 "
                + "(dashed); each line has two draggable handles");
    for (int i = 0; i < 2; i++) {
      lineElements[i] = Dom.svg("line", "applet-line applet-series-" + (i + 1));
      if (i == 1) {
        lineElements[i].setAttribute("stroke-dasharray", LINE_2_DASHES);
      }
      plane.linesLayer().appendChild(lineElements[i]);
      lineLabels[i] = CoordinatePlane.label(0, 0, "line " + (i + 1), "middle");
      lineLabels[i].setAttribute("class", "applet-line-label applet-series-" + (i + 1));
      lineLabels[i].setAttribute("aria-hidden", "true");
      plane.marksLayer().appendChild(lineLabels[i]);
    }
    mark = new SolutionMark(plane);
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        DraggablePoint p =
            new DraggablePoint(
                plane, "applet-series-" + (i + 1), SNAP, BIG_STEP, this::handleMoved);
        p.element().setAttribute("data-line", Integer.toString(i + 1));
        p.element().setAttribute("data-handle", HANDLE_NAMES[j]);
        handles[i][j] = p;
      }
      placeHandles(i);
    }
    Element figure = Dom.html("div", "applet-plot-area");
    figure.appendChild(plane.element());
    figure.appendChild(
        Legend.of(
            new String[] {"line 1: solid", "line 2: dashed"}, new String[] {null, LINE_2_DASHES}));
    readout = new Readout();

    root.appendChild(form);
    root.appendChild(figure);
    root.appendChild(readout.element());
    host.appendChild(root);
    for (int i = 0; i < 2; i++) {
      showCoefficients(i);
    }
    render();
  }

  /** The {@code two-lines} factory registered in {@code Registry}. */
  public static void mount(Element host, Map<String, String> attributes) {
    new TwoLinesApplet(host, attributes);
  }

  private Element equationFieldset(int i) {
    Element set = Dom.html("fieldset", "applet-equation applet-series-" + (i + 1));
    set.appendChild(
        Dom.text(
            "legend",
            null,
            "Equation "
                + (i + 1)
                + " (line "
                + (i + 1)
                + ", "
                + (i == 0 ? "solid" : "dashed")
                + ")"));
    Element row = Dom.html("div", "applet-equation-row");
    String[] between = {"x +", "y =", null};
    for (int k = 0; k < 3; k++) {
      int index = 3 * i + k;
      FractionField f =
          new FractionField(
              NAMES[index],
              VISIBLE[index],
              AppletCatalog.TWO_LINES.attribute(NAMES[index]).description());
      fields[index] = f;
      Dom.on(f.input(), "input", e -> coefficientsTyped(i));
      row.appendChild(f.element());
      if (between[k] != null) {
        Element op = Dom.text("span", "applet-op", between[k]);
        op.setAttribute("aria-hidden", "true");
        row.appendChild(op);
      }
    }
    set.appendChild(row);
    return set;
  }

  private void coefficientsTyped(int i) {
    Fraction a = fields[3 * i].read();
    Fraction b = fields[3 * i + 1].read();
    Fraction c = fields[3 * i + 2].read();
    if (a == null || b == null || c == null) {
      message.setTextContent(
          "Equation "
              + (i + 1)
              + ": type a whole number, a fraction such as -3/4 or a decimal such as 0.5.");
      return;
    }
    if (a.isZero() && b.isZero()) {
      fields[3 * i].setInvalid(true);
      fields[3 * i + 1].setInvalid(true);
      message.setTextContent(
          "Equation "
              + (i + 1)
              + ": a"
              + (i + 1)
              + " and b"
              + (i + 1)
              + " cannot both be 0 (that is not a line).");
      return;
    }
    Line2D previous = lines[i];
    try {
      lines[i] = Line2D.of(a, b, c);
      placeHandles(i);
      render();
      message.setTextContent("");
    } catch (RuntimeException e) {
      lines[i] = previous;
      message.setTextContent("Equation " + (i + 1) + ": numbers too large to handle exactly.");
    }
  }

  private boolean handleMoved(DraggablePoint point, double x, double y) {
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        if (handles[i][j] != point) {
          continue;
        }
        Fraction[] p = {onGrid(x), onGrid(y)};
        Fraction[] other = handlePoints[i][1 - j];
        if (HandlePlacement.same(p, other)) {
          return false;
        }
        try {
          Line2D line = Line2D.through(p[0], p[1], other[0], other[1]);
          Line2D previous = lines[i];
          lines[i] = line;
          Fraction[] before = handlePoints[i][j];
          handlePoints[i][j] = p;
          try {
            render();
          } catch (RuntimeException e) {
            lines[i] = previous;
            handlePoints[i][j] = before;
            render();
            return false;
          }
          showCoefficients(i);
          message.setTextContent("");
          return true;
        } catch (RuntimeException e) {
          return false;
        }
      }
    }
    return false;
  }

  private static Fraction onGrid(double v) {
    long perUnit = Math.round(1 / SNAP);
    return Fraction.of(Math.round(v * perUnit), perUnit);
  }

  private void placeHandles(int i) {
    Fraction[][] others = handlePoints[1 - i];
    Fraction[][] pts = HandlePlacement.place(lines[i], view, SNAP, others[0], others[1]);
    handlePoints[i][0] = pts[0];
    handlePoints[i][1] = pts[1];
  }

  private void showCoefficients(int i) {
    fields[3 * i].show(lines[i].a());
    fields[3 * i + 1].show(lines[i].b());
    fields[3 * i + 2].show(lines[i].c());
  }

  private void render() {
    Solved s = Solved.of(lines[0], lines[1]);
    for (int i = 0; i < 2; i++) {
      Line2D l = lines[i];
      double[] seg = view.clip(l.a().doubleValue(), l.b().doubleValue(), l.c().doubleValue());
      Element el = lineElements[i];
      Element label = lineLabels[i];
      if (seg == null) {
        el.setAttribute("visibility", "hidden");
        label.setAttribute("visibility", "hidden");
      } else {
        el.removeAttribute("visibility");
        label.removeAttribute("visibility");
        plane.place(el, seg[0], seg[1], seg[2], seg[3]);
        placeLabel(label, seg, i == 0 ? 0.88 : 0.12);
      }
      for (int j = 0; j < 2; j++) {
        Fraction[] p = handlePoints[i][j];
        handles[i][j].moveTo(
            p[0].doubleValue(),
            p[1].doubleValue(),
            "line " + (i + 1) + " handle " + HANDLE_NAMES[j] + " at (" + p[0] + ", " + p[1] + ")");
      }
    }
    mark.show(s);
    readout.show(
        lines[0], lines[1], s, s.x == null || view.contains(s.x.doubleValue(), s.y.doubleValue()));
  }

  /** Puts a line's name beside it, a fraction t along the visible segment. */
  private void placeLabel(Element label, double[] seg, double t) {
    double sx1 = view.toSvgX(seg[0]);
    double sy1 = view.toSvgY(seg[1]);
    double sx2 = view.toSvgX(seg[2]);
    double sy2 = view.toSvgY(seg[3]);
    double dx = sx2 - sx1;
    double dy = sy2 - sy1;
    double len = Math.sqrt(dx * dx + dy * dy);
    // Offset along the normal that points up (or right for vertical lines).
    double nx = -dy / len;
    double ny = dx / len;
    if (ny > 0 || ny == 0 && nx < 0) {
      nx = -nx;
      ny = -ny;
    }
    double x = Viewport.clamp(sx1 + t * dx + 14 * nx, 24, Viewport.WIDTH - 24);
    double y = Viewport.clamp(sy1 + t * dy + 14 * ny + 4, 14, view.height() - 6);
    Dom.setNumber(label, "x", x);
    Dom.setNumber(label, "y", y);
  }
}
