package org.mathforml.mathlib.optimize;

import java.util.ArrayList;
import org.mathforml.mathlib.optimize.internal.DoubleList;

/**
 * The outcome of an n-variable method: the last point, why it stopped, and the trajectory x_0, ...,
 * x_k with f(x_i) and |grad f(x_i)|. Immutable: every accessor returns a copy.
 */
public final class MultivariateResult {

  private final double[][] points;
  private final double[] values;
  private final double[] gradientNorms;
  private final StopReason reason;

  MultivariateResult(
      ArrayList<double[]> points, DoubleList values, DoubleList gradientNorms, StopReason reason) {
    int count = points.size();
    this.points = new double[count][];
    for (int i = 0; i < count; i++) {
      this.points[i] = points.get(i).clone();
    }
    this.values = values.toArray();
    this.gradientNorms = gradientNorms.toArray();
    this.reason = reason;
  }

  /** The last point. */
  public double[] point() {
    return points[points.length - 1].clone();
  }

  /** f at the last point. */
  public double value() {
    return values[values.length - 1];
  }

  /** |grad f| at the last point. */
  public double gradientNorm() {
    return gradientNorms[gradientNorms.length - 1];
  }

  /** Number of steps taken (the trajectory has one more point: the start). */
  public int iterations() {
    return points.length - 1;
  }

  /** Why the method stopped. */
  public StopReason reason() {
    return reason;
  }

  /** Shorthand for {@code reason().converged()}. */
  public boolean converged() {
    return reason.converged();
  }

  /** x_0, ..., x_k, one row per iterate. */
  public double[][] trajectory() {
    double[][] c = new double[points.length][];
    for (int i = 0; i < points.length; i++) {
      c[i] = points[i].clone();
    }
    return c;
  }

  /** f(x_0), ..., f(x_k). */
  public double[] values() {
    return values.clone();
  }

  /** |grad f(x_0)|, ..., |grad f(x_k)|. */
  public double[] gradientNorms() {
    return gradientNorms.clone();
  }

  @Override
  public String toString() {
    return "MultivariateResult[f="
        + value()
        + ", |grad|="
        + gradientNorm()
        + ", iterations="
        + iterations()
        + ", "
        + reason
        + "]";
  }
}
