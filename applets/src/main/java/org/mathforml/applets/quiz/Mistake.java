package org.mathforml.applets.quiz;

/**
 * A typical wrong answer of a variant (a sign error, the transposed matrix, off by one) as the
 * reader would type it, tagged with its cause. Tests check that the key rejects every one; a page
 * may compare a wrong answer with them to give a targeted hint. Immutable.
 */
public final class Mistake {

  private final String description;
  private final Response response;

  private Mistake(String description, Response response) {
    this.description = description;
    this.response = response;
  }

  /**
   * Returns the mistake.
   *
   * @throws IllegalArgumentException if either part is missing
   */
  public static Mistake of(String description, Response response) {
    if (description == null || description.isEmpty() || response == null) {
      throw new IllegalArgumentException("a mistake needs a description and a response");
    }
    return new Mistake(description, response);
  }

  /** What went wrong, e.g. "sign error in the second term". */
  public String description() {
    return description;
  }

  /** The wrong answer as typed. */
  public Response response() {
    return response;
  }
}
