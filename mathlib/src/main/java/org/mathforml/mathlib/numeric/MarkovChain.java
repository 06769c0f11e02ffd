package org.mathforml.mathlib.numeric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A finite Markov chain. The course writes distributions as column vectors and transition matrices
 * as <b>column-stochastic</b> (entry (i, j) = probability of moving from state j to state i,
 * x_{k+1} = P x_k); {@link #ofRowStochastic} accepts the other common convention (entry (i, j) =
 * probability of i -> j, pi_{k+1} = pi_k P) and stores its transpose. Either way, distributions
 * passed in and returned are plain vectors of probabilities.
 *
 * <p>Validation: entries non-negative, and each column (row) sums to 1 within {@link #TOLERANCE}.
 * The stationary distribution solves (P - I) pi = 0 with sum pi = 1 by LU (one equation of P - I is
 * redundant and is replaced by the normalisation); it is unique exactly when the chain has a single
 * closed communicating class, and otherwise {@link #stationary()} throws.
 */
public final class MarkovChain {

  /** Allowed |sum - 1| for a probability column/row or distribution (room for decimals). */
  public static final double TOLERANCE = 1e-9;

  private final Matrix p; // column-stochastic

  private MarkovChain(Matrix p) {
    this.p = p;
  }

  /** From a column-stochastic matrix (columns sum to 1): x_{k+1} = P x_k. */
  public static MarkovChain ofColumnStochastic(Matrix p) {
    validate(p, "column");
    return new MarkovChain(p);
  }

  /** From a row-stochastic matrix (rows sum to 1): pi_{k+1} = pi_k P. */
  public static MarkovChain ofRowStochastic(Matrix p) {
    Matrix t = p.transpose();
    validate(t, "row");
    return new MarkovChain(t);
  }

  private static void validate(Matrix p, String what) {
    p.requireSquare("a Markov chain");
    int n = p.rows();
    for (int j = 0; j < n; j++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        double v = p.get(i, j);
        if (v < 0) {
          throw new IllegalArgumentException(
              "transition probabilities must be >= 0, " + what + " " + j + " has " + v);
        }
        s += v;
      }
      if (Math.abs(s - 1) > TOLERANCE) {
        throw new IllegalArgumentException(
            what
                + " "
                + j
                + " sums to "
                + s
                + ", not 1 (a "
                + what
                + "-stochastic matrix is expected)");
      }
    }
  }

  /** Number of states. */
  public int states() {
    return p.rows();
  }

  /** The transition matrix in the column-stochastic convention. */
  public Matrix columnStochastic() {
    return p;
  }

  /**
   * One step: P x.
   *
   * @throws IllegalArgumentException if x is not a probability distribution on the states
   */
  public Vector step(Vector distribution) {
    requireDistribution(distribution);
    return p.multiply(distribution);
  }

  /** x_0, x_1 = P x_0, ..., x_steps: steps + 1 distributions. */
  public List<Vector> iterate(Vector start, int steps) {
    requireDistribution(start);
    if (steps < 0) {
      throw new IllegalArgumentException("steps must be >= 0, got " + steps);
    }
    List<Vector> history = new ArrayList<>();
    Vector x = start;
    history.add(x);
    for (int k = 0; k < steps; k++) {
      x = p.multiply(x);
      history.add(x);
    }
    return Collections.unmodifiableList(history);
  }

  /**
   * The stationary distribution pi (P pi = pi, pi >= 0, sum 1).
   *
   * @throws ArithmeticException if it is not unique (several closed classes)
   */
  public Vector stationary() {
    int n = p.rows();
    double[] m = p.data().clone();
    for (int i = 0; i < n; i++) {
      m[i * n + i] -= 1;
    }
    for (int j = 0; j < n; j++) {
      m[(n - 1) * n + j] = 1;
    }
    double[] rhs = new double[n];
    rhs[n - 1] = 1;
    LU lu = LU.of(Matrix.wrap(n, n, m));
    if (lu.isSingular()) {
      throw new ArithmeticException(
          "the stationary distribution is not unique (the chain has "
              + "more than one closed class)");
    }
    double[] pi = lu.solve(Vector.wrap(rhs)).data();
    double sum = 0;
    for (int i = 0; i < n; i++) {
      pi[i] = Math.max(0, pi[i]); // rounding can leave -1e-17 for a transient state
      sum += pi[i];
    }
    for (int i = 0; i < n; i++) {
      pi[i] /= sum;
    }
    return Vector.wrap(pi);
  }

  private void requireDistribution(Vector x) {
    if (x.dimension() != p.rows()) {
      throw new IllegalArgumentException(
          "distribution has dimension " + x.dimension() + ", expected " + p.rows());
    }
    double s = 0;
    for (int i = 0; i < x.dimension(); i++) {
      if (x.get(i) < 0) {
        throw new IllegalArgumentException("probabilities must be >= 0, got " + x.get(i));
      }
      s += x.get(i);
    }
    if (Math.abs(s - 1) > TOLERANCE) {
      throw new IllegalArgumentException("distribution sums to " + s + ", not 1");
    }
  }
}
