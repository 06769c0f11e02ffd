package org.mathforml.applets.rowreduce;

import org.mathforml.applets.components.Dom;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.EchelonForm;
import org.teavm.jso.dom.xml.Element;

/**
 * A matrix as an accessible HTML table: row headers R1, R2, ..., column headers (the unknowns and b
 * for an augmented matrix), a bar before the constants, pivots outlined and named in text. The
 * table carries {@code data-matrix} in mathlib's text form ("[1 2; 3 4]") as a test hook.
 */
final class MatrixTable {

  private final Element wrapper;
  private final Element table;
  private final Element caption;

  MatrixTable(String captionText) {
    wrapper = Dom.html("div", "applet-matrix-scroll");
    table = Dom.html("table", "applet-matrix");
    caption = Dom.text("caption", "visually-hidden", captionText);
    wrapper.appendChild(table);
  }

  Element element() {
    return wrapper;
  }

  /**
   * Shows m.
   *
   * @param split columns left of the bar, or -1
   * @param pivots mark the leading entries as pivots (only when m is in row echelon form)
   * @param changed rows to highlight as just changed (0-based), may be empty
   */
  void show(FractionMatrix m, int split, boolean pivots, int[] changed) {
    Dom.clear(table);
    table.appendChild(caption);
    table.setAttribute("data-matrix", m.toString());
    Element head = Dom.html("thead");
    Element headRow = Dom.html("tr");
    Element corner = Dom.html("td", "applet-matrix-corner");
    headRow.appendChild(corner);
    for (int j = 0; j < m.cols(); j++) {
      Element th = Dom.text("th", columnClass(j, split), columnName(j, m.cols(), split));
      th.setAttribute("scope", "col");
      headRow.appendChild(th);
    }
    head.appendChild(headRow);
    table.appendChild(head);
    Element body = Dom.html("tbody");
    for (int i = 0; i < m.rows(); i++) {
      Element tr = Dom.html("tr");
      for (int c : changed) {
        if (c == i) {
          tr.setAttribute("class", "applet-changed");
        }
      }
      Element th = Dom.text("th", null, "R" + (i + 1));
      th.setAttribute("scope", "row");
      tr.appendChild(th);
      int lead = pivots ? EchelonForm.leadingColumn(m, i) : -1;
      for (int j = 0; j < m.cols(); j++) {
        boolean pivot = j == lead;
        String cls = columnClass(j, split) + (pivot ? " applet-pivot" : "");
        Element td = Dom.html("td", cls.isEmpty() ? null : cls.trim());
        td.setAttribute("data-row", Integer.toString(i + 1));
        td.setAttribute("data-col", Integer.toString(j + 1));
        Element entry = Dom.text("span", "applet-entry", OperationText.signed(m.get(i, j)));
        td.appendChild(entry);
        if (pivot) {
          td.appendChild(Dom.text("span", "visually-hidden", " (pivot)"));
        }
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    table.appendChild(body);
  }

  private static String columnClass(int j, int split) {
    return j == split ? "applet-matrix-bar" : "";
  }

  /** x, y, z (x1, x2, ... past three unknowns) and b for an augmented matrix; else column j. */
  static String columnName(int j, int cols, int split) {
    if (split < 0) {
      return "C" + (j + 1);
    }
    if (j == split) {
      return "b";
    }
    return split <= 3 ? String.valueOf("xyz".charAt(j)) : "x" + (j + 1);
  }
}
