package org.mathforml.mathlib.expr;

/**
 * A syntax error in an expression, or a failure to evaluate it (an unknown variable). The message
 * reads like "unexpected ')' at position 7"; {@link #position()} is the 0-based index in the input
 * text, so an editor can put the caret there.
 */
public final class ExpressionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String problem;
  private final int position;

  /** Creates the exception for {@code problem} (e.g. "unexpected ')'") at {@code position}. */
  public ExpressionException(String problem, int position) {
    super(problem + " at position " + position);
    this.problem = problem;
    this.position = position;
  }

  /** The 0-based index in the input text where the problem was found. */
  public int position() {
    return position;
  }

  /** The message without the position, e.g. "unexpected ')'". */
  public String problem() {
    return problem;
  }
}
