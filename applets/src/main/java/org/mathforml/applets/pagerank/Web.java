package org.mathforml.applets.pagerank;

/**
 * A small web of pages and the power iteration of PageRank on it, in plain double arithmetic (the
 * bundle leaves mathlib's {@code numeric} package out; the JVM test compares with {@code
 * numeric.PageRank}).
 *
 * <p>Link syntax ({@code data-links}): clauses separated by {@code ;}, each a page name, {@code >}
 * and the pages it links to separated by spaces, e.g. {@code "A>B C; B>C; C>A; D>C"}. A page name
 * is one letter or digit (case kept). A clause with nothing after {@code >} (or no {@code >}) is a
 * page without links: like mathlib, it is treated as linking to every page, itself included. Pages
 * are numbered in order of first appearance; the web has 2 to {@link #MAX_PAGES} pages.
 */
public final class Web {

  /** The most pages a web may have (they are drawn on a circle). */
  public static final int MAX_PAGES = 6;

  final char[] names;
  final boolean[][] links; // links[i][j]: page i links to page j

  private Web(char[] names, boolean[][] links) {
    this.names = names;
    this.links = links;
  }

  /**
   * Parses the link syntax.
   *
   * @throws IllegalArgumentException with a reader-facing message for malformed text
   */
  public static Web parse(String text) {
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
        throw bad(text, "an empty clause between two ';'");
      }
      int arrow = clause.indexOf('>');
      String from = (arrow < 0 ? clause : clause.substring(0, arrow)).trim();
      if (from.length() != 1 || !isName(from.charAt(0))) {
        throw bad(text, "\"" + from + "\" is not a page name (one letter or digit)");
      }
      int source = index(names, count, from.charAt(0));
      if (source < 0) {
        if (count == MAX_PAGES) {
          throw bad(text, "at most " + MAX_PAGES + " pages");
        }
        names[count] = from.charAt(0);
        source = count++;
      }
      if (sources[source]) {
        throw bad(text, "page " + from + " has two clauses; list all its links in one");
      }
      sources[source] = true;
      String targets = arrow < 0 ? "" : clause.substring(arrow + 1);
      for (int k = 0; k < targets.length(); k++) {
        char c = targets.charAt(k);
        if (c == ' ') {
          continue;
        }
        if (!isName(c) || k + 1 < targets.length() && targets.charAt(k + 1) != ' ') {
          throw bad(text, "the links of " + from + " must be page names separated by spaces");
        }
        if (c == from.charAt(0)) {
          throw bad(text, "page " + from + " links to itself");
        }
        int target = index(names, count, c);
        if (target < 0) {
          if (count == MAX_PAGES) {
            throw bad(text, "at most " + MAX_PAGES + " pages");
          }
          names[count] = c;
          target = count++;
        }
        if (links[source][target]) {
          throw bad(text, "page " + from + " links to " + c + " twice");
        }
        links[source][target] = true;
      }
    }
    if (count < 2) {
      throw bad(text, "at least 2 pages");
    }
    char[] kept = new char[count];
    boolean[][] adjacency = new boolean[count][count];
    for (int a = 0; a < count; a++) {
      kept[a] = names[a];
      for (int b = 0; b < count; b++) {
        adjacency[a][b] = links[a][b];
      }
    }
    return new Web(kept, adjacency);
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

  private static IllegalArgumentException bad(String text, String why) {
    return new IllegalArgumentException(
        "links \"" + text + "\": " + why + " (write e.g. \"A>B C; B>C; C>A; D>C\")");
  }

  public int size() {
    return names.length;
  }

  public char name(int i) {
    return names[i];
  }

  public boolean links(int from, int to) {
    return links[from][to];
  }

  /** Number of links leaving page i (0 for a page without links). */
  public int outDegree(int i) {
    int out = 0;
    for (int j = 0; j < names.length; j++) {
      if (links[i][j]) {
        out++;
      }
    }
    return out;
  }

  /** The adjacency matrix (1 for a link i to j), as mathlib's {@code PageRank.of} takes it. */
  public double[][] adjacency() {
    int n = names.length;
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = links[i][j] ? 1 : 0;
      }
    }
    return a;
  }

  /**
   * The column-stochastic Google matrix G = d M + (1 - d)/n, row-major: {@code g[i * n + j]} is the
   * share of page j's rank that goes to page i.
   */
  public double[] google(double damping) {
    int n = names.length;
    double[] g = new double[n * n];
    for (int j = 0; j < n; j++) {
      int out = outDegree(j);
      for (int i = 0; i < n; i++) {
        double link = out == 0 ? 1.0 / n : links[j][i] ? 1.0 / out : 0;
        g[i * n + j] = damping * link + (1 - damping) / n;
      }
    }
    return g;
  }

  /** The uniform start vector r_0. */
  public double[] uniform() {
    int n = names.length;
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      r[i] = 1.0 / n;
    }
    return r;
  }

  /** One step r_{k+1} = G r_k (renormalised to sum 1 against rounding drift, as mathlib does). */
  public static double[] step(double[] g, double[] r) {
    int n = r.length;
    double[] next = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < n; j++) {
        s += g[i * n + j] * r[j];
      }
      next[i] = s;
      sum += s;
    }
    for (int i = 0; i < n; i++) {
      next[i] /= sum;
    }
    return next;
  }

  /** The L1 distance sum |a_i - b_i|. */
  public static double change(double[] a, double[] b) {
    double c = 0;
    for (int i = 0; i < a.length; i++) {
      c += Math.abs(a[i] - b[i]);
    }
    return c;
  }

  /** v in [0, 1] with exactly 4 decimals ("0.3721"), without String.format. */
  public static String fixed4(double v) {
    int t = (int) Math.floor(v * 10000 + 0.5);
    boolean negative = t < 0;
    if (negative) {
      t = -t;
    }
    StringBuilder sb = new StringBuilder();
    if (negative) {
      sb.append('-');
    }
    sb.append(t / 10000).append('.');
    int frac = t % 10000;
    sb.append(frac / 1000).append(frac / 100 % 10).append(frac / 10 % 10).append(frac % 10);
    return sb.toString();
  }

  /** Page indices from highest to lowest rank (ties keep page order). */
  public static int[] order(double[] r) {
    int n = r.length;
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    for (int i = 1; i < n; i++) {
      int k = idx[i];
      int j = i - 1;
      while (j >= 0 && r[idx[j]] < r[k]) {
        idx[j + 1] = idx[j];
        j--;
      }
      idx[j + 1] = k;
    }
    return idx;
  }
}
