package org.mathforml.mathlib.calculus;

/**
 * Numerical derivatives by finite differences: f'(x) forward, backward and central (see {@link
 * DifferenceScheme}), f''(x) by the central second difference (f(x + h) - 2 f(x) + f(x - h)) / h^2
 * (error -h^2 f''''/12), and an {@link ErrorTable} that shows why h must be neither large
 * (truncation) nor tiny (round-off). Reference: Burden and Faires, "Numerical Analysis" (9th ed.),
 * section 4.1.
 */
public final class NumericalDerivative {

  private static final double FOURTH_ROOT_EPSILON = Math.pow(0x1.0p-52, 0.25);

  private NumericalDerivative() {}

  /** (f(x + h) - f(x)) / h. */
  public static double forward(RealFunction f, double x, double h) {
    return DifferenceScheme.FORWARD.estimate(f, x, h);
  }

  /** (f(x) - f(x - h)) / h. */
  public static double backward(RealFunction f, double x, double h) {
    return DifferenceScheme.BACKWARD.estimate(f, x, h);
  }

  /** (f(x + h) - f(x - h)) / (2h). */
  public static double central(RealFunction f, double x, double h) {
    return DifferenceScheme.CENTRAL.estimate(f, x, h);
  }

  /** The central difference with its default step, about 6e-6 max(1, |x|). */
  public static double central(RealFunction f, double x) {
    return DifferenceScheme.CENTRAL.estimate(f, x);
  }

  /** (f(x + h) - 2 f(x) + f(x - h)) / h^2. */
  public static double second(RealFunction f, double x, double h) {
    check(f, x, h);
    return (f.value(x + h) - 2 * f.value(x) + f.value(x - h)) / (h * h);
  }

  /** The second difference with step eps^(1/4) max(1, |x|) (about 1.2e-4), near optimal. */
  public static double second(RealFunction f, double x) {
    return second(f, x, FOURTH_ROOT_EPSILON * Math.max(1, Math.abs(x)));
  }

  /**
   * The absolute errors of the three schemes against {@code exact} for each step in {@code hs}: as
   * h shrinks the error first falls (truncation, ~h or ~h^2), then rises again (round-off, ~eps |f|
   * / h).
   */
  public static ErrorTable errorTable(RealFunction f, double x, double exact, double[] hs) {
    if (hs == null || hs.length == 0) {
      throw new IllegalArgumentException("no steps given");
    }
    if (Double.isNaN(exact) || Double.isInfinite(exact)) {
      throw new IllegalArgumentException("exact derivative must be finite: " + exact);
    }
    double[][] errors = new double[3][hs.length];
    DifferenceScheme[] schemes = DifferenceScheme.values();
    for (int i = 0; i < hs.length; i++) {
      for (int s = 0; s < 3; s++) {
        errors[s][i] = Math.abs(schemes[s].estimate(f, x, hs[i]) - exact);
      }
    }
    return new ErrorTable(hs.clone(), errors);
  }

  /** The steps 10^-1, 10^-2, ..., 10^-n, for {@link #errorTable}. */
  public static double[] powersOfTen(int n) {
    if (n < 1 || n > 300) {
      throw new IllegalArgumentException("n must be in 1..300: " + n);
    }
    double[] hs = new double[n];
    for (int i = 0; i < n; i++) {
      hs[i] = Math.pow(10, -(i + 1));
    }
    return hs;
  }

  static void check(RealFunction f, double x, double h) {
    if (f == null) {
      throw new IllegalArgumentException("no function given");
    }
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      throw new IllegalArgumentException("x must be finite: " + x);
    }
    if (!(h > 0) || Double.isInfinite(h)) {
      throw new IllegalArgumentException("step h must be finite and positive: " + h);
    }
  }
}
