package org.mathforml.mathlib.numeric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.mathforml.mathlib.numeric.internal.Checks;

/**
 * PageRank of a small web (S. Brin and L. Page, "The anatomy of a large-scale hypertextual Web
 * search engine", 1998). {@code adjacency[i][j] != 0} means page i links to page j. With M the
 * column-stochastic link matrix (m_ji = 1 / outdegree(i) for each link i -> j) and a page without
 * links ("dangling") treated as linking to every page including itself, the ranks are the
 * stationary distribution of G = d M + (1 - d) / n * ones, computed by power iteration r_{k+1} = G
 * r_k from the uniform vector until the L1 change is at most {@link #TOLERANCE} or {@link
 * #MAX_ITERATIONS} is reached ({@link #converged()} then false). The ranks sum to 1. For d < 1 the
 * error shrinks by a factor d per step.
 */
public final class PageRank {

  /** Stop when sum |r_{k+1} - r_k| is at most this. */
  public static final double TOLERANCE = 1e-12;

  /** Iteration limit (d = 0.85 needs about 170 steps for 1e-12). */
  public static final int MAX_ITERATIONS = 1000;

  private final Matrix google;
  private final List<Vector> history;
  private final boolean converged;

  private PageRank(Matrix google, List<Vector> history, boolean converged) {
    this.google = google;
    this.history = history;
    this.converged = converged;
  }

  /**
   * Ranks the pages of the web given by its adjacency matrix.
   *
   * @throws IllegalArgumentException if adjacency is not square, has a negative or non-finite
   *     entry, or damping is outside [0, 1]
   */
  public static PageRank of(double[][] adjacency, double damping) {
    Matrix adj = Matrix.of(adjacency);
    adj.requireSquare("PageRank");
    if (!(damping >= 0 && damping <= 1)) {
      throw new IllegalArgumentException("damping must be in [0, 1], got " + damping);
    }
    int n = adj.rows();
    double[] a = adj.data();
    double[] g = new double[n * n];
    for (int i = 0; i < n; i++) {
      int out = 0;
      for (int j = 0; j < n; j++) {
        if (a[i * n + j] < 0) {
          throw new IllegalArgumentException("adjacency entries must be >= 0");
        }
        if (a[i * n + j] != 0) {
          out++;
        }
      }
      for (int j = 0; j < n; j++) {
        double link = out == 0 ? 1.0 / n : (a[i * n + j] != 0 ? 1.0 / out : 0);
        g[j * n + i] = damping * link + (1 - damping) / n;
      }
    }
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      r[i] = 1.0 / n;
    }
    List<Vector> history = new ArrayList<>();
    history.add(Vector.wrap(r));
    boolean converged = false;
    for (int k = 0; k < MAX_ITERATIONS && !converged; k++) {
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
      double change = 0;
      for (int i = 0; i < n; i++) {
        next[i] /= sum; // G is stochastic; renormalising stops rounding drift
        change += Math.abs(next[i] - r[i]);
      }
      r = next;
      history.add(Vector.wrap(r));
      converged = change <= TOLERANCE || !Checks.isFinite(change);
    }
    return new PageRank(Matrix.wrap(n, n, g), Collections.unmodifiableList(history), converged);
  }

  /** The ranks (last iterate), summing to 1. */
  public Vector ranks() {
    return history.get(history.size() - 1);
  }

  /** The column-stochastic Google matrix G. */
  public Matrix googleMatrix() {
    return google;
  }

  /** r_0 (uniform), r_1, ..., for animation. */
  public List<Vector> history() {
    return history;
  }

  /** Number of steps taken. */
  public int iterations() {
    return history.size() - 1;
  }

  /** True if the L1 change fell to {@link #TOLERANCE} within {@link #MAX_ITERATIONS}. */
  public boolean converged() {
    return converged;
  }
}
