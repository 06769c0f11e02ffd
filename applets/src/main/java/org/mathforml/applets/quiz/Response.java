package org.mathforml.applets.quiz;

/**
 * What the reader entered, unparsed: one text field, a grid of cells (a vector is a grid of one
 * row), or the indices selected or arranged. {@link Checker} parses it against an {@link
 * AnswerKey}. Immutable; the arrays are copied.
 *
 * <ul>
 *   <li>CHOICE: {@link #selected} with the checked option indices;
 *   <li>TRUE_FALSE: {@link #truth}, or {@link #text} "true"/"false";
 *   <li>NUMERIC, FRACTION, EXPRESSION: {@link #text};
 *   <li>VECTOR: {@link #cells} (one cell per entry) or {@link #text} such as "(1, -2, 1/2)";
 *   <li>MATRIX: {@link #grid};
 *   <li>ORDERING: {@link #selected} with the item indices in the order the reader put them.
 * </ul>
 */
public final class Response {

  private final String text;
  private final String[][] grid;
  private final int[] indices;

  private Response(String text, String[][] grid, int[] indices) {
    this.text = text;
    this.grid = grid;
    this.indices = indices;
  }

  /** One text field; null is read as empty. */
  public static Response text(String text) {
    return new Response(text == null ? "" : text, null, null);
  }

  /** The true/false buttons. */
  public static Response truth(boolean value) {
    return text(value ? "true" : "false");
  }

  /** Vector cells, one per entry; null cells are empty. */
  public static Response cells(String... cells) {
    return grid(new String[][] {cells == null ? new String[0] : cells});
  }

  /** Matrix cells, rows of the grid in order; null cells are empty. */
  public static Response grid(String[][] rows) {
    if (rows == null) {
      rows = new String[0][];
    }
    String[][] copy = new String[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      String[] row = rows[i] == null ? new String[0] : rows[i];
      copy[i] = new String[row.length];
      for (int j = 0; j < row.length; j++) {
        copy[i][j] = row[j] == null ? "" : row[j];
      }
    }
    return new Response(null, copy, null);
  }

  /** Selected option indices (CHOICE) or the order of the items (ORDERING). */
  public static Response selected(int... indices) {
    return new Response(null, null, indices == null ? new int[0] : indices.clone());
  }

  /** True for {@link #text} responses. */
  public boolean isText() {
    return text != null;
  }

  /** True for {@link #cells} and {@link #grid} responses. */
  public boolean isGrid() {
    return grid != null;
  }

  /** True for {@link #selected} responses. */
  public boolean isSelection() {
    return indices != null;
  }

  /** The text, or null if this is not a text response. */
  public String text() {
    return text;
  }

  /** A copy of the grid, or null. */
  public String[][] grid() {
    if (grid == null) {
      return null;
    }
    String[][] copy = new String[grid.length][];
    for (int i = 0; i < grid.length; i++) {
      copy[i] = grid[i].clone();
    }
    return copy;
  }

  /** A copy of the indices, or null. */
  public int[] indices() {
    return indices == null ? null : indices.clone();
  }
}
