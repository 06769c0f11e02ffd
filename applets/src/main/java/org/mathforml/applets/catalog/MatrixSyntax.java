package org.mathforml.applets.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written syntax of a MATRIX attribute, shared by the site's build-time check and the browser
 * bundle: rows separated by {@code ;}, entries by spaces, each entry a NUMBER ({@link
 * NumberSyntax}), and optionally one {@code |} in every row at the same place, for an augmented
 * matrix [A | b]: {@code "2 1 -1 | 8; -3 -1 2 | -11"}. No regex, no {@code String.split}.
 */
public final class MatrixSyntax {

  /** Largest number of rows and of columns (exact fractions stay small at this size). */
  public static final int MAX_SIZE = 6;

  private final String[][] entries;
  private final int split;

  private MatrixSyntax(String[][] entries, int split) {
    this.entries = entries;
    this.split = split;
  }

  /** The entries as written, row by row. */
  public String[][] entries() {
    return entries;
  }

  /** The number of columns left of the bar, or -1 without a bar. */
  public int split() {
    return split;
  }

  /**
   * Reads the text.
   *
   * @throws IllegalArgumentException with a reader-facing reason when the text is not a matrix
   */
  public static MatrixSyntax parse(String text) {
    if (text == null || text.trim().isEmpty()) {
      throw new IllegalArgumentException("the matrix is empty");
    }
    List<String> rows = cut(text, ';');
    if (rows.size() > MAX_SIZE) {
      throw new IllegalArgumentException("at most " + MAX_SIZE + " rows, got " + rows.size());
    }
    String[][] entries = new String[rows.size()][];
    int split = -2;
    for (int i = 0; i < rows.size(); i++) {
      String row = rows.get(i);
      List<String> parts = cut(row, '|');
      if (parts.size() > 2) {
        throw new IllegalArgumentException("row " + (i + 1) + " has more than one bar |");
      }
      List<String> left = words(parts.get(0));
      int rowSplit = parts.size() == 2 ? left.size() : -1;
      if (parts.size() == 2) {
        left.addAll(words(parts.get(1)));
      }
      if (left.isEmpty()) {
        throw new IllegalArgumentException("row " + (i + 1) + " is empty");
      }
      if (split != -2 && rowSplit != split) {
        throw new IllegalArgumentException(
            "row " + (i + 1) + " has its bar | in another place than row 1 (or none)");
      }
      split = rowSplit;
      if (i > 0 && left.size() != entries[0].length) {
        throw new IllegalArgumentException(
            "row "
                + (i + 1)
                + " has "
                + left.size()
                + " entries but row 1 has "
                + entries[0].length);
      }
      if (left.size() > MAX_SIZE + 1) {
        throw new IllegalArgumentException(
            "at most " + (MAX_SIZE + 1) + " columns, got " + left.size());
      }
      entries[i] = new String[left.size()];
      for (int j = 0; j < left.size(); j++) {
        String e = left.get(j);
        if (NumberSyntax.parseFraction(e) == null) {
          throw new IllegalArgumentException(
              "entry \"" + e + "\" in row " + (i + 1) + " is not a number such as 3, -1/2 or 0.5");
        }
        entries[i][j] = e;
      }
    }
    if (split == 0 || split == entries[0].length) {
      throw new IllegalArgumentException("the bar | needs entries on both sides");
    }
    if (split > 0 && entries[0].length - split != 1) {
      throw new IllegalArgumentException("the bar | must come before the last column");
    }
    return new MatrixSyntax(entries, split);
  }

  /** Null when the text is a valid matrix, otherwise the reason. */
  public static String problem(String text) {
    try {
      parse(text);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  private static List<String> cut(String s, char separator) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == separator) {
        out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    return out;
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean space = i == s.length() || s.charAt(i) == ' ' || s.charAt(i) == '\t';
      if (space && start >= 0) {
        out.add(s.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return out;
  }
}
