package org.mathforml.mathlib.internal;

import java.util.ArrayList;
import java.util.List;
import org.mathforml.mathlib.Fraction;

/**
 * Splits MATLAB-like matrix text ("2 1; 1 -1", "[1/2, 3; 4, -5]") into rows of fractions for {@code
 * FractionMatrix.parse}, naming the text and the row or entry in every error.
 */
public final class MatrixParser {

  private MatrixParser() {}

  /** Returns the entries, one array per row, all rows of equal non-zero length. */
  public static Fraction[][] parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("not a matrix: null");
    }
    String body = text.trim();
    if (body.startsWith("[") && body.endsWith("]")) {
      body = body.substring(1, body.length() - 1);
    }
    List<String> rowTexts = split(body, ';');
    Fraction[][] rows = new Fraction[rowTexts.size()][];
    for (int i = 0; i < rows.length; i++) {
      List<String> cells = entries(text, i, rowTexts.get(i));
      if (cells.isEmpty()) {
        throw invalid(text, "row " + (i + 1) + " is empty");
      }
      if (i > 0 && cells.size() != rows[0].length) {
        throw invalid(
            text,
            "row " + (i + 1) + " has " + cells.size() + " entries, row 1 has " + rows[0].length);
      }
      rows[i] = new Fraction[cells.size()];
      for (int j = 0; j < cells.size(); j++) {
        try {
          rows[i][j] = Fraction.parse(cells.get(j));
        } catch (IllegalArgumentException e) {
          throw invalid(text, "row " + (i + 1) + ", entry " + (j + 1) + ": " + e.getMessage());
        }
      }
    }
    return rows;
  }

  // Entries are separated by commas and/or whitespace; "1,,2" has an empty entry.
  private static List<String> entries(String text, int index, String row) {
    List<String> cells = new ArrayList<>();
    if (row.trim().isEmpty()) {
      return cells;
    }
    for (String chunk : split(row, ',')) {
      if (chunk.trim().isEmpty()) {
        throw invalid(text, "row " + (index + 1) + " has an empty entry");
      }
      int i = 0;
      while (i < chunk.length()) {
        while (i < chunk.length() && Character.isWhitespace(chunk.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < chunk.length() && !Character.isWhitespace(chunk.charAt(i))) {
          i++;
        }
        if (i > start) {
          cells.add(chunk.substring(start, i));
        }
      }
    }
    return cells;
  }

  private static List<String> split(String s, char separator) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == separator) {
        parts.add(s.substring(start, i));
        start = i + 1;
      }
    }
    return parts;
  }

  private static IllegalArgumentException invalid(String text, String reason) {
    return new IllegalArgumentException("not a matrix: \"" + text + "\" (" + reason + ")");
  }
}
