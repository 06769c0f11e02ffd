package org.mathforml.applets.components;

import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.xml.Element;

/**
 * An m x n grid of text inputs between brackets, read with mathlib's {@link Fraction#parse} ("2",
 * "-3/4", "0.5", "1 1/2"). Each input is named {@code <prefix><row><column>} (a test hook, e.g.
 * {@code a12}) and labelled "A row 1 column 2". When every entry reads, the listener gets the new
 * matrix; otherwise the bad inputs get {@code aria-invalid} and a message says which entry and what
 * to type, and the last good matrix stays in force.
 */
public final class MatrixEditor {

  /** Receives each new valid matrix typed by the reader. */
  public interface Listener {
    void changed(FractionMatrix m);
  }

  /** Optional extra rule on a parsed entry: null if fine, else a reader-facing problem. */
  public interface EntryRule {
    String problem(Fraction value);
  }

  private final int rows;
  private final int cols;
  private final String label;
  private final FractionField[][] fields;
  private final Element root;
  private final Element message;
  private final Listener listener;
  private EntryRule rule;

  /**
   * @param label the matrix's name, e.g. "A"
   * @param prefix input names start with it, e.g. "a" gives a11, a12, ...
   */
  public MatrixEditor(int rows, int cols, String label, String prefix, Listener listener) {
    if (rows < 1 || cols < 1) {
      throw new IllegalArgumentException("a matrix needs at least one row and one column");
    }
    this.rows = rows;
    this.cols = cols;
    this.label = label;
    this.listener = listener;
    root = Dom.html("div", "applet-matrix-editor");
    root.setAttribute("role", "group");
    root.setAttribute("aria-label", "Matrix " + label + ", " + rows + " by " + cols);
    Element name = Dom.text("span", "applet-matrix-name", label + " =");
    name.setAttribute("aria-hidden", "true");
    Element grid = Dom.html("div", "applet-matrix-grid");
    setColumns(grid, cols);
    fields = new FractionField[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        String where = "row " + (i + 1) + " column " + (j + 1);
        FractionField f = new FractionField(prefix + (i + 1) + (j + 1), "", where);
        f.input().setAttribute("aria-label", label + " " + where);
        f.input().setAttribute("data-row", Integer.toString(i + 1));
        f.input().setAttribute("data-column", Integer.toString(j + 1));
        Dom.on(f.input(), "input", e -> typed());
        fields[i][j] = f;
        grid.appendChild(f.input());
      }
    }
    root.appendChild(name);
    root.appendChild(grid);
    message = Dom.html("p", "applet-form-message");
    message.setAttribute("aria-live", "polite");
  }

  /** The bracketed grid (the message is separate: see {@link #message()}). */
  public Element element() {
    return root;
  }

  /** The validation message paragraph (empty when all entries read). */
  public Element message() {
    return message;
  }

  public void setRule(EntryRule rule) {
    this.rule = rule;
  }

  /** Shows m (no callback) and clears any invalid marks. */
  public void show(FractionMatrix m) {
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        fields[i][j].show(m.get(i, j));
      }
    }
    message.setTextContent("");
  }

  /** The matrix typed now, or null if some entry does not read (marks and message updated). */
  public FractionMatrix read() {
    Fraction[][] out = new Fraction[rows][cols];
    String problem = null;
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        Fraction f = fields[i][j].read();
        String where = label + ", row " + (i + 1) + " column " + (j + 1) + ": ";
        if (f == null) {
          if (problem == null) {
            problem =
                where + "type a whole number, a fraction such as -3/4 or a decimal such as 0.5.";
          }
          continue;
        }
        String p = rule == null ? null : rule.problem(f);
        if (p != null) {
          fields[i][j].setInvalid(true);
          if (problem == null) {
            problem = where + p;
          }
          continue;
        }
        out[i][j] = f;
      }
    }
    message.setTextContent(problem == null ? "" : problem);
    return problem == null ? FractionMatrix.of(out) : null;
  }

  /** Through the CSSOM, not a style attribute, so a strict style-src CSP allows it. */
  @JSBody(
      params = {"el", "n"},
      script = "el.style.gridTemplateColumns = 'repeat(' + n + ', auto)';")
  private static native void setColumns(Element el, int n);

  private void typed() {
    FractionMatrix m = read();
    if (m != null) {
      listener.changed(m);
    }
  }
}
