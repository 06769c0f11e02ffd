package org.mathforml.mathlib.optimize;

/** Why an iterative method stopped. Only the first three count as convergence. */
public enum StopReason {
  /** The gradient (or derivative) norm fell below the tolerance. */
  GRADIENT_TOLERANCE(true),
  /** The step |x_{k+1} - x_k| fell below the tolerance. */
  STEP_TOLERANCE(true),
  /**
   * |f(x)| fell below the tolerance (root finding), or the relative cost decrease did (least
   * squares).
   */
  VALUE_TOLERANCE(true),
  /** The iteration budget ran out first. */
  MAX_ITERATIONS(false),
  /** The value became non-finite or kept growing: the learning rate is probably too large. */
  DIVERGED(false),
  /** Newton's method met f'(x) = 0 (or f''(x) = 0): the tangent never crosses zero. */
  FLAT_DERIVATIVE(false),
  /** The Hessian (or J^T J) is singular: the Newton step is undefined. */
  SINGULAR(false),
  /** The Hessian is not positive definite: the Newton step is not a descent direction. */
  NOT_POSITIVE_DEFINITE(false);

  private final boolean converged;

  StopReason(boolean converged) {
    this.converged = converged;
  }

  /** True for the tolerance-based stops. */
  public boolean converged() {
    return converged;
  }
}
