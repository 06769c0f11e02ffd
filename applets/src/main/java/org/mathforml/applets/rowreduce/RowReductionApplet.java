package org.mathforml.applets.rowreduce;

import java.util.List;
import java.util.Map;
import org.mathforml.applets.catalog.MatrixSyntax;
import org.mathforml.applets.catalog.NumberSyntax;
import org.mathforml.applets.components.Dom;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.ParametricSolution;
import org.mathforml.mathlib.exact.RowOperation;
import org.teavm.jso.dom.xml.Element;

/**
 * {@code row-reduction}: the reader row reduces a matrix with swap / scale / add operations picked
 * from selects, a number field and an Apply button; mathlib applies and records each step. Shows
 * the matrix with its pivots, the history with undo, progress to row echelon and reduced row
 * echelon form, the rank and (augmented matrices) the solution, and can replay mathlib's own steps.
 */
public final class RowReductionApplet {

  private static int count;

  private final Trainer trainer;
  private final MatrixTable table = new MatrixTable("The matrix now");
  private final Element op;
  private final Element target;
  private final Element source;
  private final Element factor;
  private final Element factorLabel;
  private final Element sourceLabel;
  private final Element message;
  private final Element history;
  private final Element readout;
  private final Element stateText;
  private final Element rankText;
  private final Element solutionText;
  private int[] lastChanged = new int[0];

  private RowReductionApplet(Element host, Map<String, String> attributes) {
    MatrixSyntax parsed = MatrixSyntax.parse(attributes.get("matrix"));
    String[][] text = parsed.entries();
    Fraction[][] rows = new Fraction[text.length][];
    for (int i = 0; i < text.length; i++) {
      rows[i] = new Fraction[text[i].length];
      for (int j = 0; j < text[i].length; j++) {
        long[] f = NumberSyntax.parseFraction(text[i][j]);
        rows[i][j] = Fraction.of(f[0], f[1]);
      }
    }
    trainer = new Trainer(FractionMatrix.of(rows), parsed.split());
    int m = rows.length;
    String id = "applet-rr-" + ++count;

    Element root = Dom.html("div", "applet-row-reduction");
    Element work = Dom.html("div", "applet-rr-work");
    work.appendChild(table.element());
    work.appendChild(
        Dom.text(
            "p",
            "applet-rr-key",
            "Outlined entries are pivots (once the matrix is in row echelon form)."
                + (parsed.split() > 0 ? " The bar separates the constants b." : "")));

    Element form = Dom.html("form", "applet-form applet-rr-form");
    form.setAttribute("aria-label", "Row operation");
    op = Dom.html("select", "applet-select");
    op.setAttribute("name", "op");
    setOptions(
        op,
        new String[] {"add", "swap", "scale"},
        new String[] {"Add k times Rj to Ri", "Swap Ri and Rj", "Scale Ri by k"});
    target = rowSelect("target", m, m > 1 ? 1 : 0);
    source = rowSelect("source", m, 0);
    factor = Dom.html("input", "applet-input");
    factor.setAttribute("type", "text");
    factor.setAttribute("name", "factor");
    factor.setAttribute("autocomplete", "off");
    factor.setAttribute("spellcheck", "false");
    factor.setAttribute("size", "6");
    factor.setAttribute("aria-describedby", id + "-message");
    Dom.setValue(factor, "1");
    form.appendChild(labelled("Operation", op, "applet-rr-field"));
    form.appendChild(labelled("Ri", target, "applet-rr-field"));
    factorLabel = labelled("k", factor, "applet-rr-field");
    sourceLabel = labelled("Rj", source, "applet-rr-field");
    form.appendChild(factorLabel);
    form.appendChild(sourceLabel);
    Element buttons = Dom.html("div", "applet-buttons");
    Element apply = Dom.text("button", "applet-button applet-primary", "Apply");
    apply.setAttribute("type", "submit");
    apply.setAttribute("name", "apply");
    Element undo = Dom.text("button", "applet-button", "Undo");
    undo.setAttribute("type", "button");
    undo.setAttribute("name", "undo");
    Element reset = Dom.text("button", "applet-button", "Start over");
    reset.setAttribute("type", "button");
    reset.setAttribute("name", "reset");
    buttons.appendChild(apply);
    buttons.appendChild(undo);
    buttons.appendChild(reset);
    form.appendChild(buttons);
    message = Dom.html("p", "applet-form-message");
    message.setAttribute("id", id + "-message");
    message.setAttribute("aria-live", "polite");
    form.appendChild(message);

    Element historyBox = Dom.html("div", "applet-rr-history");
    historyBox.appendChild(Dom.text("p", "applet-rr-heading", "Your steps"));
    history = Dom.html("ol", "applet-history");
    history.setAttribute("aria-label", "Your steps so far");
    historyBox.appendChild(history);

    readout = Dom.html("div", "applet-readout");
    readout.setAttribute("aria-live", "polite");
    stateText = Dom.html("p", "applet-readout-state");
    rankText = Dom.html("p", "applet-readout-rank");
    solutionText = Dom.html("p", "applet-readout-solution");
    readout.appendChild(stateText);
    readout.appendChild(rankText);
    if (parsed.split() > 0) {
      readout.appendChild(solutionText);
    }

    root.appendChild(work);
    root.appendChild(form);
    root.appendChild(readout);
    root.appendChild(historyBox);
    if ("true".equals(attributes.get("replay"))) {
      root.appendChild(new Replay(trainer, id + "-replay").element());
    }
    host.appendChild(root);

    Dom.on(op, "change", e -> showFields());
    Dom.on(
        form,
        "submit",
        e -> {
          Dom.preventDefault(e);
          applyChosen();
        });
    Dom.on(undo, "click", e -> undo());
    Dom.on(
        reset,
        "click",
        e -> {
          trainer.reset();
          lastChanged = new int[0];
          message.setTextContent("Back to the starting matrix.");
          update();
        });
    showFields();
    update();
  }

  /** The {@code row-reduction} factory registered in {@code Registry}. */
  public static void mount(Element host, Map<String, String> attributes) {
    new RowReductionApplet(host, attributes);
  }

  private static void setOptions(Element select, String[] values, String[] labels) {
    for (int i = 0; i < values.length; i++) {
      Element o = Dom.text("option", null, labels[i]);
      o.setAttribute("value", values[i]);
      select.appendChild(o);
    }
  }

  private static Element rowSelect(String name, int rows, int selected) {
    Element s = Dom.html("select", "applet-select");
    s.setAttribute("name", name);
    for (int i = 0; i < rows; i++) {
      Element o = Dom.text("option", null, "R" + (i + 1));
      o.setAttribute("value", Integer.toString(i));
      if (i == selected) {
        o.setAttribute("selected", "");
      }
      s.appendChild(o);
    }
    return s;
  }

  private static Element labelled(String text, Element control, String className) {
    Element label = Dom.html("label", className);
    label.appendChild(Dom.text("span", "applet-field-name", text));
    label.appendChild(control);
    return label;
  }

  /** The 0-based row a row select holds (one digit: at most 6 rows). */
  private static int row(Element select) {
    return Dom.value(select).charAt(0) - '0';
  }

  private RowOperation.Kind kind() {
    String v = Dom.value(op);
    if ("swap".equals(v)) {
      return RowOperation.Kind.SWAP;
    }
    return "scale".equals(v) ? RowOperation.Kind.SCALE : RowOperation.Kind.ADD_MULTIPLE;
  }

  private void showFields() {
    RowOperation.Kind k = kind();
    setHidden(factorLabel, k == RowOperation.Kind.SWAP);
    setHidden(sourceLabel, k == RowOperation.Kind.SCALE);
  }

  private static void setHidden(Element e, boolean hidden) {
    if (hidden) {
      e.setAttribute("hidden", "");
    } else {
      e.removeAttribute("hidden");
    }
  }

  private void applyChosen() {
    RowOperation.Kind k = kind();
    int i = row(target);
    int j = k == RowOperation.Kind.SCALE ? i : row(source);
    Fraction f = null;
    if (k != RowOperation.Kind.SWAP) {
      try {
        f = Fraction.parse(Dom.value(factor).trim());
        factor.removeAttribute("aria-invalid");
      } catch (RuntimeException e) {
        factor.setAttribute("aria-invalid", "true");
      }
    }
    String refused = trainer.apply(k, i, j, f);
    if (refused != null) {
      message.setAttribute("data-refused", "true");
      message.setTextContent(refused);
      return;
    }
    message.removeAttribute("data-refused");
    List<RowOperation> ops = trainer.operations();
    RowOperation done = ops.get(ops.size() - 1);
    lastChanged =
        k == RowOperation.Kind.SWAP ? new int[] {done.target(), done.source()} : new int[] {i};
    message.setTextContent("Applied: " + OperationText.words(done) + ".");
    update();
  }

  private void undo() {
    List<RowOperation> ops = trainer.operations();
    if (ops.isEmpty()) {
      message.setTextContent("Nothing to undo: this is the starting matrix.");
      return;
    }
    RowOperation last = ops.get(ops.size() - 1);
    trainer.undo();
    lastChanged =
        last.kind() == RowOperation.Kind.SWAP
            ? new int[] {last.target(), last.source()}
            : new int[] {last.target()};
    message.removeAttribute("data-refused");
    message.setTextContent("Undone: " + OperationText.words(last) + ".");
    update();
  }

  private void update() {
    Trainer.State state = trainer.state();
    boolean echelon = state != Trainer.State.WORKING;
    table.show(trainer.current(), trainer.split(), echelon, lastChanged);

    Dom.clear(history);
    for (RowOperation o : trainer.operations()) {
      Element li = Dom.text("li", null, OperationText.words(o) + " ");
      Element sym = Dom.text("span", "applet-history-symbols", OperationText.symbols(o));
      sym.setAttribute("aria-hidden", "true");
      li.appendChild(sym);
      history.appendChild(li);
    }
    if (trainer.operations().isEmpty()) {
      history.appendChild(Dom.text("li", "applet-history-empty", "None yet."));
    }

    int steps = trainer.operations().size();
    String stepsText = steps == 1 ? "1 step" : steps + " steps";
    if (state == Trainer.State.REDUCED) {
      stateText.setTextContent(
          "\u2714 Reduced row echelon form reached ("
              + stepsText
              + "; mathlib needs "
              + trainer.replay().steps().size()
              + ").");
    } else if (state == Trainer.State.ECHELON) {
      stateText.setTextContent(
          "\u2714 Row echelon form reached ("
              + stepsText
              + "). Next: scale each pivot to 1 and clear the entries above it.");
    } else {
      stateText.setTextContent(
          "Not yet in row echelon form ("
              + stepsText
              + "): clear the entries below each leading entry, from left to right.");
    }

    int split = trainer.split();
    String rank = Integer.toString(trainer.rank());
    if (!echelon) {
      rankText.setTextContent("Rank: reach row echelon form, then count the pivots.");
    } else if (split > 0) {
      rankText.setTextContent(
          "Rank of A (left of the bar): "
              + rank
              + "; rank of [A | b]: "
              + trainer.augmentedRank()
              + ".");
    } else {
      rankText.setTextContent(
          "Rank: " + rank + " (" + (rank.equals("1") ? "1 pivot" : rank + " pivots") + ").");
    }
    readout.setAttribute("data-state", state.hook);
    readout.setAttribute("data-steps", Integer.toString(steps));
    readout.setAttribute("data-rank", rank);
    readout.setAttribute("data-rank-augmented", Integer.toString(trainer.augmentedRank()));
    readout.setAttribute("data-kind", trainer.solutionKind());
    readout.setAttribute("data-matrix", trainer.current().toString());
    if (split > 0) {
      ParametricSolution s = trainer.solution();
      readout.setAttribute("data-solution", s.isConsistent() ? s.toString() : "");
      solutionText.setTextContent(
          echelon
              ? solutionWords(s)
              : "Solution: reach row echelon form "
                  + "first, then read it off from the bottom row up.");
    }
  }

  private String solutionWords(ParametricSolution s) {
    String kind = trainer.solutionKind();
    if (kind.equals("none")) {
      return "No solution: a row reads 0 = (a non-zero number), because the rank of [A | b] is "
          + trainer.augmentedRank()
          + " but the rank of A is only "
          + trainer.rank()
          + ".";
    }
    if (kind.equals("unique")) {
      StringBuilder sb = new StringBuilder("One solution: ");
      Fraction[] x = s.particular().toArray();
      for (int j = 0; j < x.length; j++) {
        sb.append(j > 0 ? ", " : "")
            .append(MatrixTable.columnName(j, x.length + 1, x.length))
            .append(" = ")
            .append(OperationText.signed(x[j]));
      }
      return sb.append('.').toString();
    }
    int free = s.freeVariables().length;
    return "Infinitely many solutions ("
        + (free == 1 ? "1 free variable" : free + " free variables")
        + "): "
        + s
        + ".";
  }
}
