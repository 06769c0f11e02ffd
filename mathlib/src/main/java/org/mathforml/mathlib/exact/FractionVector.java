package org.mathforml.mathlib.exact;

import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.internal.Tex;

/**
 * An immutable vector of exact {@link Fraction}s with at least one component.
 *
 * <p>Arithmetic overflows like {@link Fraction}: with an {@code ArithmeticException}, never a
 * wrapped-around value.
 */
public final class FractionVector {

  private final Fraction[] entries;

  private FractionVector(Fraction[] entries) {
    this.entries = entries;
  }

  /**
   * Returns the vector with a copy of {@code components}.
   *
   * @throws IllegalArgumentException if there are no components or one is null
   */
  public static FractionVector of(Fraction... components) {
    if (components == null || components.length == 0) {
      throw new IllegalArgumentException("a vector needs at least one component");
    }
    Fraction[] copy = components.clone();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] == null) {
        throw new IllegalArgumentException("null component at " + i);
      }
    }
    return new FractionVector(copy);
  }

  /** Returns the vector of the given integers; same rules as {@link #of(Fraction...)}. */
  public static FractionVector ofIntegers(long... components) {
    if (components == null || components.length == 0) {
      throw new IllegalArgumentException("a vector needs at least one component");
    }
    Fraction[] f = new Fraction[components.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = Fraction.of(components[i]);
    }
    return new FractionVector(f);
  }

  /** Returns the zero vector of dimension n >= 1. */
  public static FractionVector zero(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("dimension must be >= 1, was " + n);
    }
    Fraction[] f = new Fraction[n];
    for (int i = 0; i < n; i++) {
      f[i] = Fraction.ZERO;
    }
    return new FractionVector(f);
  }

  /** Returns column {@code c} (0-based) of {@code a}. */
  public static FractionVector column(FractionMatrix a, int c) {
    Fraction[] f = new Fraction[a.rows()];
    for (int i = 0; i < f.length; i++) {
      f[i] = a.get(i, c);
    }
    return new FractionVector(f);
  }

  /** Returns the product Ax. */
  public static FractionVector times(FractionMatrix a, FractionVector x) {
    return new FractionVector(a.multiply(x.entries));
  }

  /** Number of components. */
  public int size() {
    return entries.length;
  }

  /**
   * Component i (0-based).
   *
   * @throws IndexOutOfBoundsException outside the vector
   */
  public Fraction get(int i) {
    if (i < 0 || i >= entries.length) {
      throw new IndexOutOfBoundsException("component " + i + " of " + entries.length);
    }
    return entries[i];
  }

  /** A copy of the components. */
  public Fraction[] toArray() {
    return entries.clone();
  }

  /** Returns this + other. */
  public FractionVector add(FractionVector other) {
    checkSize(other);
    Fraction[] f = new Fraction[entries.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = entries[i].add(other.entries[i]);
    }
    return new FractionVector(f);
  }

  /** Returns this - other. */
  public FractionVector subtract(FractionVector other) {
    checkSize(other);
    Fraction[] f = new Fraction[entries.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = entries[i].subtract(other.entries[i]);
    }
    return new FractionVector(f);
  }

  /** Returns c * this. */
  public FractionVector scale(Fraction c) {
    Fraction[] f = new Fraction[entries.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = entries[i].multiply(c);
    }
    return new FractionVector(f);
  }

  /** Returns the dot product sum_i this_i * other_i. */
  public Fraction dot(FractionVector other) {
    checkSize(other);
    Fraction sum = Fraction.ZERO;
    for (int i = 0; i < entries.length; i++) {
      sum = sum.add(entries[i].multiply(other.entries[i]));
    }
    return sum;
  }

  /** True if every component is 0. */
  public boolean isZero() {
    for (Fraction f : entries) {
      if (!f.isZero()) {
        return false;
      }
    }
    return true;
  }

  private void checkSize(FractionVector other) {
    if (other.entries.length != entries.length) {
      throw new IllegalArgumentException(
          "vectors of sizes " + entries.length + " and " + other.entries.length);
    }
  }

  /** Returns a column vector in LaTeX: "\begin{bmatrix}1 \\ \frac{1}{2}\end{bmatrix}". */
  public String toLatex() {
    StringBuilder sb = new StringBuilder("\\begin{bmatrix}");
    for (int i = 0; i < entries.length; i++) {
      sb.append(i > 0 ? " \\\\ " : "").append(entries[i].toLatex());
    }
    return sb.append("\\end{bmatrix}").toString();
  }

  /** Returns the tuple in LaTeX: "(1, \frac{1}{2}, -2)". */
  public String toLatexTuple() {
    return Tex.tuple(entries);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof FractionVector)) {
      return false;
    }
    FractionVector other = (FractionVector) obj;
    if (other.entries.length != entries.length) {
      return false;
    }
    for (int i = 0; i < entries.length; i++) {
      if (!entries[i].equals(other.entries[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = entries.length;
    for (Fraction f : entries) {
      h = 31 * h + f.hashCode();
    }
    return h;
  }

  /** Returns "(1, 1/2, -2)". */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < entries.length; i++) {
      sb.append(i > 0 ? ", " : "").append(entries[i]);
    }
    return sb.append(')').toString();
  }
}
