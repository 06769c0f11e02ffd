package org.mathforml.applets.quiz;

/**
 * The result of {@link Checker#check}: whether the answer is correct and a short plain-text message
 * for the page's aria-live region. A message for a wrong answer says what is wrong with it ("3/0 is
 * not a number", "that matrix is not in row echelon form") and never gives the answer. Immutable.
 */
public final class Verdict {

  /** The message of every correct verdict. */
  public static final String CORRECT = "Correct.";

  private final boolean correct;
  private final boolean readable;
  private final String message;

  private Verdict(boolean correct, boolean readable, String message) {
    this.correct = correct;
    this.readable = readable;
    this.message = message;
  }

  static Verdict correct() {
    return new Verdict(true, true, CORRECT);
  }

  /** A well-formed answer that is wrong. */
  static Verdict wrong(String message) {
    return new Verdict(false, true, message);
  }

  /** An answer that could not be read (empty, garbage, 3/0); the reader should fix the input. */
  static Verdict unreadable(String message) {
    return new Verdict(false, false, message);
  }

  /** True if the answer is accepted. */
  public boolean isCorrect() {
    return correct;
  }

  /**
   * False if the input could not be read at all (empty, garbage, wrong shape): a page may then mark
   * the field invalid (aria-invalid) instead of counting a wrong attempt.
   */
  public boolean isReadable() {
    return readable;
  }

  /** Plain text, one sentence, ending with a full stop. */
  public String message() {
    return message;
  }
}
