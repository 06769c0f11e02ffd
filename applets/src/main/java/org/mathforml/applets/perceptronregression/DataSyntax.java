package org.mathforml.applets.perceptronregression;

/**
 * The {@code data} syntax of {@code perceptron-regression}, now the catalog's DATA type: this class
 * only forwards to {@link org.mathforml.applets.catalog.DataSyntax} so JVM tests that read the
 * houses through it keep compiling. New code uses the catalog class (as the applet does); the
 * bundle leaves this one out, as nothing in it calls it.
 */
public final class DataSyntax {
  private DataSyntax() {}

  /** See {@link org.mathforml.applets.catalog.DataSyntax#problem}. */
  public static String problem(String text) {
    return org.mathforml.applets.catalog.DataSyntax.problem(text);
  }

  /** See {@link org.mathforml.applets.catalog.DataSyntax#parse}. */
  public static double[][] parse(String text) {
    return org.mathforml.applets.catalog.DataSyntax.parse(text);
  }
}
