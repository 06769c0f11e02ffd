package org.mathforml.applets.rowreduce;

import org.mathforml.applets.components.Dom;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.EchelonForm;
import org.mathforml.mathlib.exact.Reduction;
import org.mathforml.mathlib.exact.RowOperation;
import org.mathforml.mathlib.exact.Step;
import org.teavm.jso.dom.xml.Element;

/**
 * "Show the steps": mathlib's own reduction of the starting matrix, one step at a time with
 * Previous / Next. Hidden until the reader asks; it never touches the reader's own matrix. The
 * panel carries {@code data-step} (0 = the start) and {@code data-steps}.
 */
final class Replay {

  private final Trainer trainer;
  private final Element root;
  private final Element toggle;
  private final Element panel;
  private final Element status;
  private final MatrixTable table = new MatrixTable("mathlib's steps: the matrix after this step");
  private final Element previous;
  private final Element next;
  private int step;

  Replay(Trainer trainer, String id) {
    this.trainer = trainer;
    root = Dom.html("div", "applet-replay");
    toggle = Dom.text("button", "applet-button applet-replay-toggle", "Show the steps");
    toggle.setAttribute("type", "button");
    toggle.setAttribute("name", "replay");
    toggle.setAttribute("aria-expanded", "false");
    toggle.setAttribute("aria-controls", id);
    panel = Dom.html("div", "applet-replay-panel");
    panel.setAttribute("id", id);
    panel.setAttribute("hidden", "");
    status = Dom.html("p", "applet-replay-status");
    status.setAttribute("aria-live", "polite");
    previous = button("Previous step", "previous");
    next = button("Next step", "next");
    Element buttons = Dom.html("div", "applet-buttons");
    buttons.appendChild(previous);
    buttons.appendChild(next);
    panel.appendChild(
        Dom.text(
            "p",
            "applet-replay-intro",
            "The steps mathlib takes: first the row with a non-zero entry furthest left becomes "
                + "the pivot row, the entries below each pivot are cleared, then each pivot is "
                + "scaled to 1 and the entries above it are cleared."));
    panel.appendChild(status);
    panel.appendChild(table.element());
    panel.appendChild(buttons);
    root.appendChild(toggle);
    root.appendChild(panel);
    Dom.on(toggle, "click", e -> toggled());
    Dom.on(previous, "click", e -> go(step - 1));
    Dom.on(next, "click", e -> go(step + 1));
  }

  private static Element button(String text, String name) {
    Element b = Dom.text("button", "applet-button", text);
    b.setAttribute("type", "button");
    b.setAttribute("name", name);
    return b;
  }

  Element element() {
    return root;
  }

  private void toggled() {
    boolean open = !"true".equals(toggle.getAttribute("aria-expanded"));
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    toggle.setTextContent(open ? "Hide the steps" : "Show the steps");
    if (open) {
      panel.removeAttribute("hidden");
      go(0);
    } else {
      panel.setAttribute("hidden", "");
    }
  }

  private void go(int k) {
    Reduction r = trainer.replay();
    int n = r.steps().size();
    step = Math.max(0, Math.min(n, k));
    FractionMatrix m = step == 0 ? r.input() : r.steps().get(step - 1).matrix();
    int[] changed = new int[0];
    String text;
    if (step == 0) {
      text =
          n == 0
              ? "The matrix is already in reduced row echelon form: no steps needed."
              : "Start: the matrix as given. " + n + " steps follow.";
    } else {
      Step s = r.steps().get(step - 1);
      RowOperation op = s.operation();
      changed =
          op.kind() == RowOperation.Kind.SWAP
              ? new int[] {op.target(), op.source()}
              : new int[] {op.target()};
      text =
          "Step "
              + step
              + " of "
              + n
              + ": "
              + OperationText.words(op)
              + " ("
              + OperationText.symbols(op)
              + ")."
              + (step == n ? " Reduced row echelon form reached." : "");
    }
    table.show(m, trainer.split(), EchelonForm.isRowEchelon(m), changed);
    status.setTextContent(text);
    panel.setAttribute("data-step", Integer.toString(step));
    panel.setAttribute("data-steps", Integer.toString(n));
    setDisabled(previous, step == 0);
    setDisabled(next, step == n);
  }

  /** aria-disabled rather than disabled, so a focused button keeps focus at either end. */
  private static void setDisabled(Element b, boolean off) {
    b.setAttribute("aria-disabled", off ? "true" : "false");
  }
}
