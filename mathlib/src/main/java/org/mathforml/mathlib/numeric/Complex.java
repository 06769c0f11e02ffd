package org.mathforml.mathlib.numeric;

/**
 * An immutable complex number re + im i, as returned for eigenvalues of real matrices. Arithmetic
 * follows IEEE 754 (NaN and infinities propagate); {@link #divide} uses Smith's scaling (R. L.
 * Smith, "Algorithm 116: Complex division", CACM 5(8), 1962) to avoid needless overflow.
 */
public final class Complex {

  private final double re;
  private final double im;

  private Complex(double re, double im) {
    this.re = re;
    this.im = im;
  }

  public static Complex of(double re, double im) {
    return new Complex(re, im);
  }

  public static Complex ofReal(double re) {
    return new Complex(re, 0);
  }

  public double re() {
    return re;
  }

  public double im() {
    return im;
  }

  /** True if the imaginary part is exactly 0. */
  public boolean isReal() {
    return im == 0;
  }

  /** Modulus sqrt(re^2 + im^2), without intermediate overflow. */
  public double abs() {
    return Math.hypot(re, im);
  }

  /** Argument atan2(im, re), in (-pi, pi]. */
  public double arg() {
    return Math.atan2(im, re);
  }

  public Complex conjugate() {
    return new Complex(re, -im);
  }

  public Complex plus(Complex z) {
    return new Complex(re + z.re, im + z.im);
  }

  public Complex minus(Complex z) {
    return new Complex(re - z.re, im - z.im);
  }

  public Complex times(Complex z) {
    return new Complex(re * z.re - im * z.im, re * z.im + im * z.re);
  }

  /**
   * this / z.
   *
   * @throws ArithmeticException if z is 0
   */
  public Complex divide(Complex z) {
    if (z.re == 0 && z.im == 0) {
      throw new ArithmeticException("division by complex zero");
    }
    if (Math.abs(z.re) >= Math.abs(z.im)) {
      double r = z.im / z.re;
      double d = z.re + z.im * r;
      return new Complex((re + im * r) / d, (im - re * r) / d);
    }
    double r = z.re / z.im;
    double d = z.im + z.re * r;
    return new Complex((re * r + im) / d, (im * r - re) / d);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Complex)) {
      return false;
    }
    Complex z = (Complex) o;
    return Double.compare(re, z.re) == 0 && Double.compare(im, z.im) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(re) + Double.hashCode(im);
  }

  /** "1.5", "-2.0i", "1.0 + 2.0i" or "1.0 - 2.0i". */
  @Override
  public String toString() {
    if (im == 0) {
      return Double.toString(re);
    }
    if (re == 0) {
      return im + "i";
    }
    return re + (im < 0 ? " - " + (-im) : " + " + im) + "i";
  }
}
