package org.mathforml.applets.perceptronregression;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code data} attribute of {@code perceptron-regression}: houses separated by ';', each "size
 * rooms price" as three whole numbers separated by spaces, e.g. {@code "86 4 237; 52 1 175"}. Plain
 * Java (no regex) so the applet and the build-time check share it.
 */
public final class DataSyntax {
  /** Fewest and most houses accepted. */
  public static final int MIN_ROWS = 3;

  public static final int MAX_ROWS = 100;

  private DataSyntax() {}

  /** Null when the text is valid, otherwise the reason. */
  public static String problem(String text) {
    try {
      parse(text);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /**
   * The rows {size, rooms, price}.
   *
   * @throws IllegalArgumentException naming the house that is not three whole numbers
   */
  public static double[][] parse(String text) {
    List<double[]> rows = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf(';', start);
      if (end < 0) {
        end = text.length();
      }
      String row = text.substring(start, end).trim();
      if (!row.isEmpty() || end < text.length()) {
        rows.add(row(row, rows.size() + 1));
      }
      start = end + 1;
    }
    if (rows.size() < MIN_ROWS || rows.size() > MAX_ROWS) {
      throw new IllegalArgumentException(
          "give between " + MIN_ROWS + " and " + MAX_ROWS + " houses, got " + rows.size());
    }
    return rows.toArray(new double[0][]);
  }

  private static double[] row(String row, int number) {
    double[] out = new double[3];
    int k = 0;
    int i = 0;
    while (i < row.length()) {
      if (row.charAt(i) == ' ') {
        i++;
        continue;
      }
      int j = i;
      while (j < row.length() && row.charAt(j) != ' ') {
        j++;
      }
      String word = row.substring(i, j);
      if (k == 3 || !wholeNumber(word)) {
        throw new IllegalArgumentException(
            "house "
                + number
                + " must be three whole numbers \"size rooms price\", got \""
                + row
                + "\"");
      }
      out[k++] = Integer.parseInt(word);
      i = j;
    }
    if (k != 3) {
      throw new IllegalArgumentException(
          "house "
              + number
              + " must be three whole numbers \"size rooms price\", got \""
              + row
              + "\"");
    }
    return out;
  }

  private static boolean wholeNumber(String w) {
    if (w.isEmpty() || w.length() > 6) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!(c >= '0' && c <= '9' || c == '-' && i == 0 && w.length() > 1)) {
        return false;
      }
    }
    return true;
  }
}
