package org.mathforml.mathlib.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Vector and Matrix basics with hand-checked values (exact in binary unless noted). */
class VectorMatrixTest {

  @Test
  void vectorArithmetic() {
    Vector u = Vector.of(3, 4);
    Vector v = Vector.of(1, -2);
    assertEquals(Vector.of(4, 2), u.plus(v));
    assertEquals(Vector.of(2, 6), u.minus(v));
    assertEquals(Vector.of(6, 8), u.times(2));
    assertEquals(-5.0, u.dot(v));
    assertEquals(5.0, u.norm());
    assertEquals(Math.sqrt(40), u.distance(v));
    assertEquals(Vector.of(0.6, 0.8), u.unit());
    assertEquals("(3.0, 4.0)", u.toString());
    assertEquals(2, u.dimension());
    assertEquals(4.0, u.get(1));
  }

  @Test
  void angleAndProjection() {
    assertEquals(Math.PI / 2, Vector.of(1, 0).angle(Vector.of(0, 5)), 1e-15);
    assertEquals(Math.PI, Vector.of(1, 1).angle(Vector.of(-2, -2)), 1e-15);
    assertEquals(Math.PI / 4, Vector.of(1, 0).angle(Vector.of(3, 3)), 1e-15);
    // Parallel vectors whose rounded cosine can exceed 1 (acos would give NaN): angle ~ 0.
    Vector w = Vector.of(0.1, 0.2, 0.3);
    assertEquals(0.0, w.angle(w.times(3)), 1e-15);
    // Tiny angles stay accurate (acos of the cosine would give 0 or 1.5e-8 here).
    assertEquals(1e-10, Vector.of(1, 0).angle(Vector.of(1, 1e-10)), 1e-24);
    assertEquals(Vector.of(2, 0), Vector.of(2, 7).projectionOnto(Vector.of(-3, 0)));
  }

  @Test
  void vectorErrors() {
    assertThrows(IllegalArgumentException.class, () -> Vector.of());
    assertThrows(IllegalArgumentException.class, () -> Vector.of(1, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Vector.of(Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> Vector.of(1, 2).dot(Vector.of(1)));
    assertThrows(IllegalArgumentException.class, () -> Vector.of(1, 2).plus(Vector.of(1)));
    assertThrows(ArithmeticException.class, () -> Vector.of(0, 0).unit());
    assertThrows(ArithmeticException.class, () -> Vector.of(1, 0).angle(Vector.of(0, 0)));
    assertThrows(ArithmeticException.class, () -> Vector.of(1, 0).projectionOnto(Vector.zeros(2)));
    assertThrows(IndexOutOfBoundsException.class, () -> Vector.of(1).get(1));
  }

  @Test
  void normDoesNotOverflow() {
    assertEquals(5e300, Vector.of(3e300, 4e300).norm(), 1e286);
    assertEquals(5e-300, Vector.of(3e-300, 4e-300).norm(), 1e-314);
  }

  @Test
  void matrixBasics() {
    Matrix a = Matrix.of(new double[][] {{1, 2}, {3, 4}});
    assertEquals(Matrix.of(new double[][] {{7, 10}, {15, 22}}), a.multiply(a));
    assertEquals(Vector.of(5, 11), a.multiply(Vector.of(1, 2)));
    assertEquals(Matrix.of(new double[][] {{1, 3}, {2, 4}}), a.transpose());
    assertEquals(5.0, a.trace());
    assertEquals("[[1.0, 2.0], [3.0, 4.0]]", a.toString());
    assertEquals(Matrix.identity(2), a.power(0));
    assertEquals(a, a.power(1));
    // Fibonacci: [[1,1],[1,0]]^k = [[F(k+1), F(k)], [F(k), F(k-1)]], F(30) = 832040.
    Matrix fib = Matrix.of(new double[][] {{1, 1}, {1, 0}}).power(30);
    assertEquals(832040.0, fib.get(0, 1));
    assertEquals(1346269.0, fib.get(0, 0));
    assertEquals(Matrix.zeros(2, 3), Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}}).times(0));
  }

  @Test
  void matrixErrors() {
    Matrix a = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
    assertThrows(IllegalArgumentException.class, () -> a.multiply(a));
    assertThrows(IllegalArgumentException.class, () -> a.multiply(Vector.of(1, 2)));
    assertThrows(IllegalArgumentException.class, () -> a.plus(a.transpose()));
    assertThrows(IllegalArgumentException.class, () -> a.power(2));
    assertThrows(IllegalArgumentException.class, a::trace);
    assertThrows(IllegalArgumentException.class, () -> Matrix.identity(2).power(-1));
    assertThrows(IllegalArgumentException.class, () -> Matrix.of(new double[0][]));
    assertThrows(IllegalArgumentException.class, () -> Matrix.of(new double[][] {{}}));
    assertThrows(IllegalArgumentException.class, () -> Matrix.of(new double[][] {{1}, {1, 2}}));
    assertThrows(IllegalArgumentException.class, () -> Matrix.zeros(0, 2));
  }

  @Test
  void complexArithmetic() {
    Complex z = Complex.of(3, 4);
    Complex w = Complex.of(1, -2);
    assertEquals(5.0, z.abs());
    assertEquals(Math.atan2(4, 3), z.arg());
    assertEquals(Complex.of(4, 2), z.plus(w));
    assertEquals(Complex.of(2, 6), z.minus(w));
    assertEquals(Complex.of(11, -2), z.times(w)); // (3+4i)(1-2i) = 3 - 6i + 4i + 8
    assertEquals(Complex.of(-1, 2), z.divide(w)); // (3+4i)/(1-2i) = (3+4i)(1+2i)/5
    assertEquals(Complex.of(0.5, -0.5), Complex.of(1, 0).divide(Complex.of(1, 1)));
    assertEquals("3.0 + 4.0i", z.toString());
    assertEquals("1.0 - 2.0i", w.toString());
    assertEquals("2.0", Complex.ofReal(2).toString());
    assertEquals("-1.0i", Complex.of(0, -1).toString());
    assertThrows(ArithmeticException.class, () -> z.divide(Complex.of(0, 0)));
    // Smith's division avoids overflow of |w|^2.
    assertEquals(Complex.of(1, 0), Complex.of(1e300, 1e300).divide(Complex.of(1e300, 1e300)));
  }
}
