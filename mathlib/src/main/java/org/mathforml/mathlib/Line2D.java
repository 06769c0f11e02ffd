package org.mathforml.mathlib;

/**
 * A line in the plane, the solution set of a x + b y = c, with a and b not both zero.
 *
 * <p>{@link #of} keeps the coefficients as given (a lesson may want to show "-x + 1/2 y = 3"
 * exactly); {@link #through} and {@link #normalized()} scale them to coprime integers with a
 * positive leading coefficient, e.g. 2x + y = 5. {@link #equals} compares the stored coefficients;
 * {@link #sameLineAs} compares the point sets.
 */
public final class Line2D {

  private final Fraction a;
  private final Fraction b;
  private final Fraction c;

  private Line2D(Fraction a, Fraction b, Fraction c) {
    this.a = a;
    this.b = b;
    this.c = c;
  }

  /**
   * Returns the line a x + b y = c.
   *
   * @throws IllegalArgumentException if a and b are both zero (not a line) or any is null
   */
  public static Line2D of(Fraction a, Fraction b, Fraction c) {
    if (a == null || b == null || c == null) {
      throw new IllegalArgumentException("line coefficients must not be null");
    }
    if (a.isZero() && b.isZero()) {
      throw new IllegalArgumentException("0x + 0y = " + c + " is not a line");
    }
    return new Line2D(a, b, c);
  }

  /**
   * Returns the line through (x1, y1) and (x2, y2): normal (y2 - y1, x1 - x2), so (y2 - y1) x + (x1
   * - x2) y = (y2 - y1) x1 + (x1 - x2) y1, then {@link #normalized()}.
   *
   * @throws IllegalArgumentException if the two points coincide
   */
  public static Line2D through(Fraction x1, Fraction y1, Fraction x2, Fraction y2) {
    if (x1.equals(x2) && y1.equals(y2)) {
      throw new IllegalArgumentException(
          "a line needs two distinct points, got (" + x1 + ", " + y1 + ") twice");
    }
    Fraction a = y2.subtract(y1);
    Fraction b = x1.subtract(x2);
    return of(a, b, a.multiply(x1).add(b.multiply(y1))).normalized();
  }

  /** Coefficient of x. */
  public Fraction a() {
    return a;
  }

  /** Coefficient of y. */
  public Fraction b() {
    return b;
  }

  /** Right-hand side. */
  public Fraction c() {
    return c;
  }

  /**
   * Returns the same line with coprime integer coefficients and the first non-zero of a, b
   * positive: multiply by the lcm of the denominators, divide by the gcd of the numerators.
   */
  public Line2D normalized() {
    Fraction[] k = {a, b, c};
    long lcm = 1;
    long gcd = 0;
    for (Fraction f : k) {
      lcm = Fraction.multiplyExact(lcm / Fraction.gcd(lcm, f.denominator()), f.denominator());
    }
    Fraction[] scaled = new Fraction[3];
    for (int i = 0; i < 3; i++) {
      scaled[i] = k[i].multiply(Fraction.of(lcm));
      if (!scaled[i].isZero()) {
        gcd = Fraction.gcd(scaled[i].numerator(), gcd); // gcd(n, 0) = |n|
      }
    }
    int sign = a.isZero() ? b.signum() : a.signum();
    Fraction factor = Fraction.of(sign, gcd);
    return new Line2D(
        scaled[0].multiply(factor), scaled[1].multiply(factor), scaled[2].multiply(factor));
  }

  /** True if b = 0, so the line is x = c/a. */
  public boolean isVertical() {
    return b.isZero();
  }

  /** True if a = 0, so the line is y = c/b. */
  public boolean isHorizontal() {
    return a.isZero();
  }

  /**
   * Returns y = (c - a x) / b.
   *
   * @throws IllegalStateException if the line is vertical
   */
  public Fraction yAt(Fraction x) {
    if (isVertical()) {
      throw new IllegalStateException("y is not a function of x on the vertical line " + this);
    }
    return c.subtract(a.multiply(x)).divide(b);
  }

  /**
   * Returns x = (c - b y) / a.
   *
   * @throws IllegalStateException if the line is horizontal
   */
  public Fraction xAt(Fraction y) {
    if (isHorizontal()) {
      throw new IllegalStateException("x is not a function of y on the horizontal line " + this);
    }
    return c.subtract(b.multiply(y)).divide(a);
  }

  /** True if both lines have the same points: (a, b, c) proportional. */
  public boolean sameLineAs(Line2D other) {
    return isParallelTo(other)
        && a.multiply(other.c).equals(other.a.multiply(c))
        && b.multiply(other.c).equals(other.b.multiply(c));
  }

  /**
   * True if the lines have the same direction, a1 b2 - a2 b1 = 0. A line counts as parallel to
   * itself; use {@link #sameLineAs} to tell coincident lines from disjoint ones.
   */
  public boolean isParallelTo(Line2D other) {
    return a.multiply(other.b).equals(other.a.multiply(b));
  }

  /** Returns LaTeX such as "2x + y = 5", "x - y = 1" or "-x + \frac{1}{2}y = 3". */
  public String toLatex() {
    return format(true);
  }

  /** Returns plain text such as "2x + y = 5" or "-x + (1/2)y = 3". */
  @Override
  public String toString() {
    return format(false);
  }

  private String format(boolean latex) {
    StringBuilder sb = new StringBuilder();
    term(sb, a, "x", latex);
    term(sb, b, "y", latex);
    return sb.append(" = ").append(latex ? c.toLatex() : c.toString()).toString();
  }

  // Appends "+ 2x", "- y", ... ; a zero coefficient drops the term, 1 is not written.
  private static void term(StringBuilder sb, Fraction k, String variable, boolean latex) {
    if (k.isZero()) {
      return;
    }
    boolean first = sb.length() == 0;
    if (k.signum() < 0) {
      sb.append(first ? "-" : " - ");
    } else if (!first) {
      sb.append(" + ");
    }
    Fraction size = k.abs();
    if (!size.equals(Fraction.ONE)) {
      if (latex) {
        sb.append(size.toLatex());
      } else {
        sb.append(size.isInteger() ? size.toString() : "(" + size + ")");
      }
    }
    sb.append(variable);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Line2D)) {
      return false;
    }
    Line2D other = (Line2D) obj;
    return a.equals(other.a) && b.equals(other.b) && c.equals(other.c);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * a.hashCode() + b.hashCode()) + c.hashCode();
  }
}
