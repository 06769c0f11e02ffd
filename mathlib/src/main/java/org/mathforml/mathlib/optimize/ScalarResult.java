package org.mathforml.mathlib.optimize;

import org.mathforml.mathlib.optimize.internal.DoubleList;

/**
 * The outcome of a one-variable method: the last iterate, why it stopped, and the whole trajectory
 * x_0, x_1, ..., x_k with f(x_i) and f'(x_i) at each point (for applets that replay the iteration).
 * The arrays are copied out, so the result is immutable.
 */
public final class ScalarResult {

  private final double[] xs;
  private final double[] values;
  private final double[] derivatives;
  private final StopReason reason;

  ScalarResult(DoubleList xs, DoubleList values, DoubleList derivatives, StopReason reason) {
    this.xs = xs.toArray();
    this.values = values.toArray();
    this.derivatives = derivatives.toArray();
    this.reason = reason;
  }

  /** The last iterate. */
  public double x() {
    return xs[xs.length - 1];
  }

  /** f at the last iterate. */
  public double value() {
    return values[values.length - 1];
  }

  /** f' at the last iterate. */
  public double derivative() {
    return derivatives[derivatives.length - 1];
  }

  /** Number of steps taken (the trajectory has one more point: the start). */
  public int iterations() {
    return xs.length - 1;
  }

  /** Why the method stopped. */
  public StopReason reason() {
    return reason;
  }

  /** Shorthand for {@code reason().converged()}. */
  public boolean converged() {
    return reason.converged();
  }

  /** x_0, ..., x_k. */
  public double[] trajectory() {
    return xs.clone();
  }

  /** f(x_0), ..., f(x_k). */
  public double[] values() {
    return values.clone();
  }

  /** f'(x_0), ..., f'(x_k). */
  public double[] derivatives() {
    return derivatives.clone();
  }

  @Override
  public String toString() {
    return "ScalarResult[x="
        + x()
        + ", f="
        + value()
        + ", iterations="
        + iterations()
        + ", "
        + reason
        + "]";
  }
}
