package org.mathforml.mathlib.numeric;

import java.util.Random;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Small timing harness (not a test; never asserts times): LU 200x200 and symmetric eigen 50x50,
 * ours vs Commons Math 3.6.1, best-of-rounds mean after warm-up. Run with {@code java -cp
 * target/classes:target/test-classes:<commons-math3.jar>
 * org.mathforml.mathlib.numeric.NumericBenchmark}.
 */
public final class NumericBenchmark {

  private NumericBenchmark() {}

  private static double sink;

  public static void main(String[] args) {
    Random rnd = new Random(1);
    double[][] a200 = NumericTestSupport.random(rnd, 200, 200);
    double[][] s50 = NumericTestSupport.randomSymmetric(rnd, 50);
    Matrix m200 = Matrix.of(a200);
    Matrix m50 = Matrix.of(s50);
    RealMatrix c200 = NumericTestSupport.cm(a200);
    RealMatrix c50 = NumericTestSupport.cm(s50);
    for (int round = 0; round < 5; round++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < 50; i++) {
        sink += LU.of(m200).determinant();
      }
      long t1 = System.nanoTime();
      for (int i = 0; i < 50; i++) {
        sink += new LUDecomposition(c200).getDeterminant();
      }
      long t2 = System.nanoTime();
      for (int i = 0; i < 200; i++) {
        sink += SymmetricEigen.of(m50).eigenvalue(0);
      }
      long t3 = System.nanoTime();
      for (int i = 0; i < 200; i++) {
        sink += new EigenDecomposition(c50).getRealEigenvalue(0);
      }
      long t4 = System.nanoTime();
      System.out.println(
          "round "
              + round
              + ": LU200 ours "
              + (t1 - t0) / 50e6
              + " ms, commons "
              + (t2 - t1) / 50e6
              + " ms; symEig50 ours "
              + (t3 - t2) / 200e6
              + " ms, commons "
              + (t4 - t3) / 200e6
              + " ms");
    }
    System.out.println(sink == 42 ? "" : "done");
  }
}
