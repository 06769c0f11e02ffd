package org.mathforml.site.math;

/** KaTeX rejected a formula; {@link #position()} is the offset in the formula, or -1. */
public final class KatexException extends Exception {
  private final int position;

  public KatexException(String message, int position) {
    super(message);
    this.position = position;
  }

  public int position() {
    return position;
  }
}
