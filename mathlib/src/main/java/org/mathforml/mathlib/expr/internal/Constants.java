package org.mathforml.mathlib.expr.internal;

/** The table of named constants. Their names cannot be used as variables. */
public enum Constants {
  PI("pi", Math.PI),
  E("e", Math.E);

  private final String constantName;
  private final double value;

  Constants(String constantName, double value) {
    this.constantName = constantName;
    this.value = value;
  }

  /** The name as written in expressions, e.g. "pi". */
  public String constantName() {
    return constantName;
  }

  public double value() {
    return value;
  }

  /** The constant called {@code name}, or null. */
  public static Constants byName(String name) {
    for (Constants c : values()) {
      if (c.constantName.equals(name)) {
        return c;
      }
    }
    return null;
  }
}
