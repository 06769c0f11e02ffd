package org.mathforml.applets.threeplanes;

import java.util.Map;
import org.mathforml.applets.catalog.AppletCatalog;
import org.mathforml.applets.components.Attrs;
import org.mathforml.applets.components.Box3D;
import org.mathforml.applets.components.BoxFrame;
import org.mathforml.applets.components.Dom;
import org.mathforml.applets.components.Equations;
import org.mathforml.applets.components.FractionField;
import org.mathforml.applets.components.Legend;
import org.mathforml.applets.components.Num;
import org.mathforml.applets.components.Slider;
import org.mathforml.applets.components.Turner;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.LinearSystem;
import org.mathforml.mathlib.Solution;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.xml.Element;

/**
 * {@code three-planes}: three equations in x, y, z drawn as planes cut by a box, seen from an angle
 * the reader turns by dragging the picture, with the arrow keys on the focused picture, or with a
 * slider. The coefficients are editable; mathlib's {@link LinearSystem} states the kind of solution
 * set exactly, and {@link SolutionSet} its shape: a point, a line (drawn), a plane (highlighted) or
 * nothing, with the reason.
 */
public final class ThreePlanesApplet {

  private static final String[] VARIABLES = {"x", "y", "z"};
  private static final String[] LETTERS = {"a", "b", "c", "d"};
  private static final String[] SUBSCRIPTS = {"₁", "₂", "₃"};
  private static final String[] DASHES = {null, "9 5", "2 4"};
  private static final String[] STYLE = {"solid", "dashed", "dotted"};

  private static String[] legendLabels() {
    String[] labels = new String[STYLE.length];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = "plane " + (i + 1) + ": " + STYLE[i];
    }
    return labels;
  }

  private final Box3D box;
  private final FractionField[][] fields = new FractionField[3][4];
  private final Fraction[][] rows = new Fraction[3][4];
  private final Element svg;
  private final Element edges;
  private final Element axes;
  private final Element[] planes = new Element[3];
  private final Element point;
  private final Element pointLabel;
  private final Element line;
  private final Element setLabel;
  private final Element slider;
  private final Element set;
  private final double startAngle;
  private final Turner turner;
  private SolutionSet solutionSet;
  private final Element message;
  private final Element readout;
  private final Element equations;
  private final Element determinant;
  private final Element solution;
  private Fraction[] solved;

  private ThreePlanesApplet(Element host, Map<String, String> attributes) {
    startAngle = Attrs.number(attributes, "angle");
    box = new Box3D(Attrs.number(attributes, "size"), startAngle);
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < 4; k++) {
        rows[i][k] = Attrs.fraction(attributes, LETTERS[k] + (i + 1));
      }
      if (rows[i][0].isZero() && rows[i][1].isZero() && rows[i][2].isZero()) {
        throw new IllegalArgumentException(
            "a"
                + (i + 1)
                + ", b"
                + (i + 1)
                + " and c"
                + (i + 1)
                + " cannot all be 0 (that is not a plane)");
      }
    }
    Element root = Dom.html("div", "applet-three-planes");
    Element form = Dom.html("form", "applet-form");
    form.setAttribute("aria-label", "Coefficients of the three equations");
    Dom.on(form, "submit", Dom::preventDefault);
    for (int i = 0; i < 3; i++) {
      form.appendChild(fieldset(i));
    }
    message = Dom.html("p", "applet-form-message");
    message.setAttribute("aria-live", "polite");
    form.appendChild(message);

    svg = Dom.svg("svg", "applet-plot applet-plot-3d");
    svg.setAttribute("viewBox", "0 0 400 400");
    svg.setAttribute("role", "img");
    svg.setAttribute(
        "aria-label",
        "The three planes inside a box, plane 1 solid, plane 2 "
            + "dashed, plane 3 dotted; the readout states the solution. Drag the picture, or "
            + "use the arrow keys, to turn it (left and right: around; up and down: tilt).");
    edges = Dom.svg("g", "applet-box");
    axes = Dom.svg("g", "applet-axes-3d");
    svg.appendChild(edges);
    svg.appendChild(axes);
    for (int i = 0; i < 3; i++) {
      planes[i] = Dom.svg("polygon", "applet-plane applet-series-" + (i + 1));
      if (DASHES[i] != null) {
        planes[i].setAttribute("stroke-dasharray", DASHES[i]);
      }
      svg.appendChild(planes[i]);
    }
    point = Dom.svg("circle", "applet-solution");
    point.setAttribute("r", "6");
    pointLabel = Dom.svg("text", "applet-solution-label");
    line = Dom.svg("line", "applet-solution-line");
    setLabel = Dom.svg("text", "applet-solution-label");
    svg.appendChild(line);
    svg.appendChild(point);
    svg.appendChild(pointLabel);
    svg.appendChild(setLabel);
    turner = Turner.attach(box, svg, this::viewTurned);

    Element plotArea = Dom.html("div", "applet-plot-area");
    plotArea.appendChild(svg);
    plotArea.appendChild(Legend.of(legendLabels(), DASHES));
    Element sliderLabel =
        new Slider("angle", "Turn the view", -180, 180, 5, startAngle, this::turned).element();
    slider = firstInput(sliderLabel);
    plotArea.appendChild(sliderLabel);

    readout = Dom.html("div", "applet-readout");
    readout.setAttribute("aria-live", "polite");
    equations = Dom.html("p", "applet-readout-equations");
    determinant = Dom.html("p", "applet-readout-determinant");
    solution = Dom.html("p", "applet-readout-solution");
    set = Dom.html("p", "applet-readout-set");
    readout.appendChild(equations);
    readout.appendChild(determinant);
    readout.appendChild(solution);
    readout.appendChild(set);

    root.appendChild(form);
    root.appendChild(plotArea);
    root.appendChild(readout);
    host.appendChild(root);
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < 4; k++) {
        fields[i][k].show(rows[i][k]);
      }
    }
    solve();
    draw();
  }

  /** The {@code three-planes} factory registered in {@code Registry}. */
  public static void mount(Element host, Map<String, String> attributes) {
    new ThreePlanesApplet(host, attributes);
  }

  private Element fieldset(int i) {
    Element set = Dom.html("fieldset", "applet-equation applet-series-" + (i + 1));
    set.appendChild(
        Dom.text(
            "legend", null, "Equation " + (i + 1) + " (plane " + (i + 1) + ", " + STYLE[i] + ")"));
    Element row = Dom.html("div", "applet-equation-row");
    String[] between = {"x +", "y +", "z =", null};
    for (int k = 0; k < 4; k++) {
      String name = LETTERS[k] + (i + 1);
      FractionField f =
          new FractionField(
              name,
              LETTERS[k] + SUBSCRIPTS[i],
              AppletCatalog.THREE_PLANES.attribute(name).description());
      fields[i][k] = f;
      Dom.on(f.input(), "input", e -> typed(i));
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

  private void typed(int i) {
    Fraction[] row = new Fraction[4];
    boolean ok = true;
    for (int k = 0; k < 4; k++) {
      row[k] = fields[i][k].read();
      ok &= row[k] != null;
    }
    if (!ok) {
      message.setTextContent(
          "Equation "
              + (i + 1)
              + ": type a whole number, a fraction such as -3/4 or a decimal such as 0.5.");
      return;
    }
    if (row[0].isZero() && row[1].isZero() && row[2].isZero()) {
      message.setTextContent(
          "Equation " + (i + 1) + ": a, b and c cannot all be 0 " + "(that is not a plane).");
      return;
    }
    Fraction[] previous = rows[i];
    rows[i] = row;
    try {
      solve();
      draw();
      message.setTextContent("");
    } catch (RuntimeException e) {
      rows[i] = previous;
      message.setTextContent("Equation " + (i + 1) + ": numbers too large to handle exactly.");
    }
  }

  private void turned(double degrees) {
    turner.view(degrees, box.elevation());
  }

  @JSBody(params = "el", script = "return el.querySelector('input');")
  private static native Element firstInput(Element el);

  /** After a drag, a key or the slider: moves the slider along and redraws. */
  private void viewTurned() {
    Dom.setValue(slider, Num.short2(box.angle()));
    draw();
  }

  private void solve() {
    Fraction[][] a = new Fraction[3][3];
    Fraction[] d = new Fraction[3];
    String eq = "";
    for (int i = 0; i < 3; i++) {
      System.arraycopy(rows[i], 0, a[i], 0, 3);
      d[i] = rows[i][3];
      eq +=
          (i > 0 ? "\n" : "")
              + "Equation "
              + (i + 1)
              + ": "
              + Equations.linear(a[i], VARIABLES, d[i]);
    }
    FractionMatrix m = FractionMatrix.of(a);
    Fraction det = m.determinant();
    Solution s = LinearSystem.of(m, d).solve();
    String kind;
    String text;
    solved = null;
    if (s.kind() == Solution.Kind.UNIQUE) {
      solved = s.values();
      kind = "unique";
      text =
          "One solution: x = "
              + solved[0]
              + ", y = "
              + solved[1]
              + ", z = "
              + solved[2]
              + ", the one point on all three planes.";
    } else if (s.kind() == Solution.Kind.NONE) {
      kind = "none";
      text = "No solution: no point lies on all three planes.";
    } else {
      kind = "infinite";
      text =
          s.freeVariables() == 1
              ? "Infinitely many solutions: the planes share a whole line (1 free variable)."
              : "Infinitely many solutions: all three equations describe the same plane "
                  + "(2 free variables).";
    }
    readout.setAttribute("data-determinant", det.toString());
    readout.setAttribute("data-kind", kind);
    readout.setAttribute("data-rank", Integer.toString(m.rank()));
    readout.setAttribute("data-x", solved == null ? "" : solved[0].toString());
    readout.setAttribute("data-y", solved == null ? "" : solved[1].toString());
    readout.setAttribute("data-z", solved == null ? "" : solved[2].toString());
    setIfChanged(equations, eq);
    setIfChanged(
        determinant,
        "Determinant of the coefficient matrix = "
            + det
            + (det.isZero() ? ": singular" : ": non-singular")
            + "; rank "
            + m.rank()
            + ".");
    setIfChanged(solution, text);
    solutionSet = SolutionSet.of(rows);
    readout.setAttribute("data-set", solutionSet.shape().hook);
    readout.setAttribute("data-reason", solutionSet.reason());
    setIfChanged(set, solutionSet.words());
  }

  private static void setIfChanged(Element p, String text) {
    if (!text.equals(p.getTextContent())) {
      p.setTextContent(text);
    }
  }

  private void draw() {
    BoxFrame.draw(box, edges, axes, VARIABLES);
    double r = box.halfWidth();
    for (int i = 0; i < 3; i++) {
      double[][] section =
          box.section(
              rows[i][0].doubleValue(),
              rows[i][1].doubleValue(),
              rows[i][2].doubleValue(),
              rows[i][3].doubleValue());
      if (section.length == 0) {
        planes[i].setAttribute("visibility", "hidden");
      } else {
        planes[i].removeAttribute("visibility");
        planes[i].setAttribute("points", box.polygon(section));
      }
    }
    boolean show = solved != null;
    for (int k = 0; show && k < 3; k++) {
      show = Math.abs(solved[k].doubleValue()) <= r;
    }
    point.setAttribute("visibility", show ? "visible" : "hidden");
    pointLabel.setAttribute("visibility", show ? "visible" : "hidden");
    if (show) {
      double[] s =
          box.project(solved[0].doubleValue(), solved[1].doubleValue(), solved[2].doubleValue());
      Dom.setNumber(point, "cx", s[0]);
      Dom.setNumber(point, "cy", s[1]);
      Dom.setNumber(pointLabel, "x", s[0] + 10);
      Dom.setNumber(pointLabel, "y", s[1] - 10);
      pointLabel.setTextContent("(" + solved[0] + ", " + solved[1] + ", " + solved[2] + ")");
    }
    drawSet(r);
  }

  /** The solution line (thick, clipped to the box) or the highlighted plane, with a label. */
  private void drawSet(double r) {
    SolutionSet.Shape shape = solutionSet.shape();
    double[] ends = null;
    if (shape == SolutionSet.Shape.LINE) {
      Fraction[] p = solutionSet.solution().particular().toArray();
      Fraction[] d = solutionSet.solution().directions().get(0).toArray();
      ends =
          SolutionSet.clip(
              new double[] {p[0].doubleValue(), p[1].doubleValue(), p[2].doubleValue()},
              new double[] {d[0].doubleValue(), d[1].doubleValue(), d[2].doubleValue()},
              r);
    }
    line.setAttribute("visibility", ends == null ? "hidden" : "visible");
    for (int i = 0; i < 3; i++) {
      Dom.toggleClass(
          planes[i], "applet-solution-plane", shape == SolutionSet.Shape.PLANE && i == 0);
    }
    String label = "";
    double[] at = null;
    if (ends != null) {
      double[] a = box.project(ends[0], ends[1], ends[2]);
      double[] b = box.project(ends[3], ends[4], ends[5]);
      Dom.setNumber(line, "x1", a[0]);
      Dom.setNumber(line, "y1", a[1]);
      Dom.setNumber(line, "x2", b[0]);
      Dom.setNumber(line, "y2", b[1]);
      label = "solution line";
      at = a[1] < b[1] ? a : b;
    } else if (shape == SolutionSet.Shape.PLANE) {
      label = "solution: the whole plane";
      at = new double[] {Box3D.SIZE / 2, 24};
    }
    setLabel.setAttribute("visibility", at == null ? "hidden" : "visible");
    setLabel.setTextContent(label);
    if (at != null) {
      Dom.setNumber(setLabel, "x", Math.min(at[0] + 8, Box3D.SIZE - 110));
      Dom.setNumber(setLabel, "y", Math.max(at[1] - 8, 14));
    }
  }
}
