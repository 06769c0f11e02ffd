package org.mathforml.applets.catalog;

/**
 * Hand-written syntax of a LINKS attribute (the {@code links} of {@code page-rank}), shared by the
 * site's build-time check, the browser bundle's check and the applet's {@code pagerank.Web}:
 * clauses separated by {@code ;}, each a page name, {@code >} and the pages it links to separated
 * by spaces, e.g. {@code "A>B C; B>C; C>A; D>C"}. A page name is one letter or digit (case kept). A
 * clause with nothing after {@code >} (or no {@code >}) is a page without links. Pages are numbered
 * in order of first appearance; a web has 2 to {@link #MAX_PAGES} pages. No regex, no {@code
 * String.split}.
 */
public final class LinksSyntax {

  /** The most pages a web may have (they are drawn on a circle). */
  public static final int MAX_PAGES = 6;

  private final char[] names;
  private final boolean[][] links;

  private LinksSyntax(char[] names, boolean[][] links) {
    this.names = names;
    this.links = links;
  }

  /** The page names in order of first appearance. */
  public char[] names() {
    return names;
  }

  /** {@code links()[i][j]}: page i links to page j (never i to i). */
  public boolean[][] links() {
    return links;
  }

  /** Null when the text is a valid web, otherwise the reason. */
  public static String problem(String text) {
    try {
      parse(text);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /**
   * Reads the text.
   *
   * @throws IllegalArgumentException with a reader-facing reason when the text is not a web
   */
  public static LinksSyntax parse(String text) {
    char[] names = new char[MAX_PAGES + 1];
    int count = 0;
    boolean[][] links = new boolean[MAX_PAGES + 1][MAX_PAGES + 1];
    boolean[] sources = new boolean[MAX_PAGES + 1];
    int i = 0;
    int n = text.length();
    while (i <= n) {
      int end = text.indexOf(';', i);
      if (end < 0) {
        end = n;
      }
      String clause = text.substring(i, end).trim();
      i = end + 1;
      if (clause.isEmpty()) {
        if (end == n) {
          break;
        }
        throw new IllegalArgumentException("an empty clause between two ';'");
      }
      int arrow = clause.indexOf('>');
      String from = (arrow < 0 ? clause : clause.substring(0, arrow)).trim();
      if (from.length() != 1 || !isName(from.charAt(0))) {
        throw new IllegalArgumentException(
            "\"" + from + "\" is not a page name (one letter or digit)");
      }
      int source = index(names, count, from.charAt(0));
      if (source < 0) {
        if (count == MAX_PAGES) {
          throw new IllegalArgumentException("at most " + MAX_PAGES + " pages");
        }
        names[count] = from.charAt(0);
        source = count++;
      }
      if (sources[source]) {
        throw new IllegalArgumentException(
            "page " + from + " has two clauses; list all its links in one");
      }
      sources[source] = true;
      String targets = arrow < 0 ? "" : clause.substring(arrow + 1);
      for (int k = 0; k < targets.length(); k++) {
        char c = targets.charAt(k);
        if (c == ' ') {
          continue;
        }
        if (!isName(c) || k + 1 < targets.length() && targets.charAt(k + 1) != ' ') {
          throw new IllegalArgumentException(
              "the links of " + from + " must be page names separated by spaces");
        }
        if (c == from.charAt(0)) {
          throw new IllegalArgumentException("page " + from + " links to itself");
        }
        int target = index(names, count, c);
        if (target < 0) {
          if (count == MAX_PAGES) {
            throw new IllegalArgumentException("at most " + MAX_PAGES + " pages");
          }
          names[count] = c;
          target = count++;
        }
        if (links[source][target]) {
          throw new IllegalArgumentException("page " + from + " links to " + c + " twice");
        }
        links[source][target] = true;
      }
    }
    if (count < 2) {
      throw new IllegalArgumentException("at least 2 pages");
    }
    char[] kept = new char[count];
    boolean[][] adjacency = new boolean[count][count];
    for (int a = 0; a < count; a++) {
      kept[a] = names[a];
      for (int b = 0; b < count; b++) {
        adjacency[a][b] = links[a][b];
      }
    }
    return new LinksSyntax(kept, adjacency);
  }

  private static boolean isName(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  private static int index(char[] names, int count, char c) {
    for (int k = 0; k < count; k++) {
      if (names[k] == c) {
        return k;
      }
    }
    return -1;
  }
}
