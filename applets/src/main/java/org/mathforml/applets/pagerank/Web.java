package org.mathforml.applets.pagerank;

import org.mathforml.applets.catalog.LinksSyntax;

/**
 * A small web of pages and the power iteration of PageRank on it, in plain double arithmetic (the
 * bundle leaves mathlib's {@code numeric} package out; the JVM test compares with {@code
 * numeric.PageRank}).
 *
 * <p>The link syntax ({@code data-links}, e.g. {@code "A>B C; B>C; C>A; D>C"}) is the catalog's
 * LINKS type, read by {@link LinksSyntax}, which the build and the bundle also use to check the
 * attribute. A page without links is treated, like mathlib, as linking to every page, itself
 * included.
 */
public final class Web {

  /** The most pages a web may have (they are drawn on a circle). */
  public static final int MAX_PAGES = LinksSyntax.MAX_PAGES;

  final char[] names;
  final boolean[][] links; // links[i][j]: page i links to page j

  private Web(char[] names, boolean[][] links) {
    this.names = names;
    this.links = links;
  }

  /**
   * Parses the link syntax.
   *
   * @throws IllegalArgumentException with a reader-facing reason for malformed text
   */
  public static Web parse(String text) {
    LinksSyntax web = LinksSyntax.parse(text);
    return new Web(web.names(), web.links());
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
