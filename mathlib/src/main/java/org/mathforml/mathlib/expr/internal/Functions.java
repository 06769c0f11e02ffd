package org.mathforml.mathlib.expr.internal;

/**
 * The table of functions, one entry each, all of one argument. log is the natural logarithm (as in
 * most programming languages and in much ML writing); log10 is the common logarithm. Out-of-domain
 * arguments give NaN, as in {@link Math}, so a plot can leave a gap.
 */
public enum Functions {
  SIN("sin") {
    @Override
    public double apply(double x) {
      return Math.sin(x);
    }
  },
  COS("cos") {
    @Override
    public double apply(double x) {
      return Math.cos(x);
    }
  },
  TAN("tan") {
    @Override
    public double apply(double x) {
      return Math.tan(x);
    }
  },
  EXP("exp") {
    @Override
    public double apply(double x) {
      return Math.exp(x);
    }
  },
  LN("ln") {
    @Override
    public double apply(double x) {
      return Math.log(x);
    }
  },
  LOG("log") {
    @Override
    public double apply(double x) {
      return Math.log(x);
    }
  },
  LOG10("log10") {
    @Override
    public double apply(double x) {
      return Math.log10(x);
    }
  },
  SQRT("sqrt") {
    @Override
    public double apply(double x) {
      return Math.sqrt(x);
    }
  },
  ABS("abs") {
    @Override
    public double apply(double x) {
      return Math.abs(x);
    }
  },
  /** -1, 0 or 1 (Math.signum): the derivative of abs, with the subgradient 0 at the kink. */
  SIGN("sign") {
    @Override
    public double apply(double x) {
      return Math.signum(x);
    }
  };

  private final String functionName;

  Functions(String functionName) {
    this.functionName = functionName;
  }

  /** Evaluates the function at x. */
  public abstract double apply(double x);

  /** The name as written in expressions, e.g. "sin". */
  public String functionName() {
    return functionName;
  }

  /** The function called {@code name}, or null. */
  public static Functions byName(String name) {
    for (Functions f : values()) {
      if (f.functionName.equals(name)) {
        return f;
      }
    }
    return null;
  }
}
