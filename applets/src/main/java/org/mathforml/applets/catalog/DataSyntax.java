package org.mathforml.applets.catalog;

/**
 * Hand-written syntax of a DATA attribute (the {@code data} of {@code perceptron-regression}),
 * shared by the site's build-time check, the browser bundle's check and the applet itself: houses
 * separated by ';', each "size rooms price" as three whole numbers separated by spaces, e.g. {@code
 * "86 4 237; 52 1 175; 94 4 276"}; a trailing ';' is allowed. No regex, no {@code String.split}.
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
    double[][] rows = new double[MAX_ROWS + 1][];
    int count = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf(';', start);
      if (end < 0) {
        end = text.length();
      }
      String row = text.substring(start, end).trim();
      if ((!row.isEmpty() || end < text.length()) && count <= MAX_ROWS) {
        rows[count] = row(row, count + 1);
        count++;
      }
      start = end + 1;
    }
    if (count < MIN_ROWS || count > MAX_ROWS) {
      throw new IllegalArgumentException("give between 3 and 100 houses");
    }
    double[][] out = new double[count][];
    System.arraycopy(rows, 0, out, 0, count);
    return out;
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
        throw notThree(number, row);
      }
      out[k++] = whole(word);
      i = j;
    }
    if (k != 3) {
      throw notThree(number, row);
    }
    return out;
  }

  private static IllegalArgumentException notThree(int number, String row) {
    return new IllegalArgumentException(
        "house "
            + number
            + " must be three whole numbers \"size rooms price\", got \""
            + row
            + "\"");
  }

  private static int whole(String w) {
    int v = 0;
    for (int i = w.charAt(0) == '-' ? 1 : 0; i < w.length(); i++) {
      v = 10 * v + (w.charAt(i) - '0');
    }
    return w.charAt(0) == '-' ? -v : v;
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
