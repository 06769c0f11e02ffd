package org.mathforml.applets.quiz.internal;

/** Reader input that cannot be read; the message is reader-facing and never gives the answer. */
public final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a reader-facing message (one sentence, full stop). */
  public InputException(String message) {
    super(message);
  }
}
