package org.mathforml.mathlib.calculus;

/**
 * Finite-difference formulas for f'(x), with their truncation order p (error ~ C h^p):
 *
 * <ul>
 *   <li>FORWARD: (f(x + h) - f(x)) / h, error -h f''/2 + O(h^2): first order;
 *   <li>BACKWARD: (f(x) - f(x - h)) / h, error h f''/2 + O(h^2): first order;
 *   <li>CENTRAL: (f(x + h) - f(x - h)) / (2h), error -h^2 f'''/6 + O(h^4): second order.
 * </ul>
 *
 * <p>Rounding adds about eps |f| / h, so the total error is smallest near h = eps^(1/(p+1)) (scaled
 * by max(1, |x|)); that is the default step. Reference: Nocedal and Wright, "Numerical
 * Optimization" (2nd ed., 2006), section 8.1; Burden and Faires, "Numerical Analysis", section 4.1.
 */
public enum DifferenceScheme {
  FORWARD(1) {
    @Override
    double raw(RealFunction f, double x, double h) {
      double xh = x + h;
      return (f.value(xh) - f.value(x)) / (xh - x);
    }
  },
  BACKWARD(1) {
    @Override
    double raw(RealFunction f, double x, double h) {
      double xh = x - h;
      return (f.value(x) - f.value(xh)) / (x - xh);
    }
  },
  CENTRAL(2) {
    @Override
    double raw(RealFunction f, double x, double h) {
      double up = x + h;
      double down = x - h;
      return (f.value(up) - f.value(down)) / (up - down);
    }
  };

  private static final double EPSILON = 0x1.0p-52; // ulp(1), literal: no Math.ulp needed

  private final int order;

  DifferenceScheme(int order) {
    this.order = order;
  }

  // Dividing by the step actually represented, (x + h) - x, removes one rounding error.
  abstract double raw(RealFunction f, double x, double h);

  /** The truncation order p: halving h divides the truncation error by about 2^p. */
  public int order() {
    return order;
  }

  /**
   * The estimate of f'(x) with step h.
   *
   * @throws IllegalArgumentException if x is not finite or h is not finite and positive
   */
  public double estimate(RealFunction f, double x, double h) {
    NumericalDerivative.check(f, x, h);
    return raw(f, x, h);
  }

  /** The estimate with the default step eps^(1/(p+1)) max(1, |x|). */
  public double estimate(RealFunction f, double x) {
    return estimate(f, x, defaultStep(x));
  }

  /** eps^(1/(p+1)) max(1, |x|): about 1.5e-8 (first order) or 6e-6 (central) for |x| <= 1. */
  public double defaultStep(double x) {
    return Math.pow(EPSILON, 1.0 / (order + 1)) * Math.max(1, Math.abs(x));
  }
}
