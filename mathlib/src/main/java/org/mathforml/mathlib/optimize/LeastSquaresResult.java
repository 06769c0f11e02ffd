package org.mathforml.mathlib.optimize;

import java.util.ArrayList;
import org.mathforml.mathlib.optimize.internal.DoubleList;

/**
 * The outcome of {@link GaussNewton} or {@link LevenbergMarquardt}: fitted parameters, the cost
 * C(p) = 1/2 |r(p)|^2 = 1/2 sum r_i(p)^2 at each accepted iterate, the damping lambda used for each
 * accepted step (Levenberg-Marquardt only) and why the method stopped.
 */
public final class LeastSquaresResult {

  private final double[][] parameters;
  private final double[] costs;
  private final double[] lambdas;
  private final int evaluations;
  private final StopReason reason;

  LeastSquaresResult(
      ArrayList<double[]> parameters,
      DoubleList costs,
      DoubleList lambdas,
      int evaluations,
      StopReason reason) {
    this.parameters = new double[parameters.size()][];
    for (int i = 0; i < this.parameters.length; i++) {
      this.parameters[i] = parameters.get(i).clone();
    }
    this.costs = costs.toArray();
    this.lambdas = lambdas.toArray();
    this.evaluations = evaluations;
    this.reason = reason;
  }

  /** The fitted parameters (the last accepted iterate). */
  public double[] parameters() {
    return parameters[parameters.length - 1].clone();
  }

  /** C = 1/2 |r|^2 at the fitted parameters. */
  public double cost() {
    return costs[costs.length - 1];
  }

  /** sqrt(2 C / m), the root-mean-square residual, for m residuals. */
  public double rms(int residualCount) {
    return Math.sqrt(2 * cost() / residualCount);
  }

  /** Number of accepted steps. */
  public int iterations() {
    return parameters.length - 1;
  }

  /** Number of residual evaluations, rejected Levenberg-Marquardt trials included. */
  public int evaluations() {
    return evaluations;
  }

  /** Costs C(p_0), ..., C(p_k) of the accepted iterates. */
  public double[] costHistory() {
    return costs.clone();
  }

  /** p_0, ..., p_k, one row per accepted iterate. */
  public double[][] parameterHistory() {
    double[][] c = new double[parameters.length][];
    for (int i = 0; i < c.length; i++) {
      c[i] = parameters[i].clone();
    }
    return c;
  }

  /** The damping of each accepted step (empty for Gauss-Newton). */
  public double[] lambdaHistory() {
    return lambdas.clone();
  }

  /** Why the method stopped. */
  public StopReason reason() {
    return reason;
  }

  /** Shorthand for {@code reason().converged()}. */
  public boolean converged() {
    return reason.converged();
  }

  @Override
  public String toString() {
    return "LeastSquaresResult[cost="
        + cost()
        + ", iterations="
        + iterations()
        + ", "
        + reason
        + "]";
  }
}
