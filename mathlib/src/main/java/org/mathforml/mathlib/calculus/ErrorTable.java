package org.mathforml.mathlib.calculus;

/**
 * Errors of the finite-difference schemes against an exact derivative, one row per step h, from
 * {@link NumericalDerivative#errorTable}. Immutable.
 */
public final class ErrorTable {

  private final double[] steps;
  private final double[][] errors; // [scheme ordinal][row]

  ErrorTable(double[] steps, double[][] errors) {
    this.steps = steps;
    this.errors = errors;
  }

  /** The number of rows (steps). */
  public int size() {
    return steps.length;
  }

  /** The step of row i. */
  public double step(int i) {
    return steps[i];
  }

  /** |estimate - exact| for {@code scheme} at row i. */
  public double error(DifferenceScheme scheme, int i) {
    return errors[scheme.ordinal()][i];
  }

  /** The row with the smallest error for {@code scheme} (the first, if tied). */
  public int bestRow(DifferenceScheme scheme) {
    double[] e = errors[scheme.ordinal()];
    int best = 0;
    for (int i = 1; i < e.length; i++) {
      if (e[i] < e[best]) {
        best = i;
      }
    }
    return best;
  }

  /** A plain-text table: h, forward, backward and central errors, 3 significant digits. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("h         forward   backward  central\n");
    for (int i = 0; i < steps.length; i++) {
      sb.append(pad(Scientific.format(steps[i], 3)));
      for (DifferenceScheme s : DifferenceScheme.values()) {
        sb.append(pad(Scientific.format(error(s, i), 3)));
      }
      sb.setLength(sb.length() - 1);
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String pad(String s) {
    StringBuilder sb = new StringBuilder(s);
    while (sb.length() < 10) {
      sb.append(' ');
    }
    return sb.toString();
  }
}
