package org.mathforml.site.directive.plot;

/**
 * A {@code ::: plot} block that cannot be drawn, with a message meant for the author and the body
 * line it is about.
 */
public final class PlotException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The value of {@link #bodyLine()} when the problem is in the fence line's attributes. */
  public static final int ATTRIBUTES = -1;

  private final int bodyLine;

  PlotException(String message, int bodyLine) {
    super(message);
    this.bodyLine = bodyLine;
  }

  /**
   * Returns the 0-based index into the body lines passed to {@link PlotSpec#parse}, or {@link
   * #ATTRIBUTES} ({@code -1}) when the problem is in the attributes.
   */
  public int bodyLine() {
    return bodyLine;
  }
}
