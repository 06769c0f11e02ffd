package org.mathforml.applets.smoke;

import org.mathforml.mathlib.distribution.Normal;
import org.mathforml.mathlib.distribution.StudentT;
import org.mathforml.mathlib.numeric.LU;
import org.mathforml.mathlib.numeric.Matrix;
import org.mathforml.mathlib.numeric.SymmetricEigen;
import org.mathforml.mathlib.random.Rng;

/**
 * Benchmark kernels: the same mathlib work timed on the JVM and, compiled by TeaVM, in the browser
 * (see {@link SmokeMain}). Plain Java. Inputs are built once from a 32-bit LCG (cheap and identical
 * everywhere) and are not part of the timed work. Each {@link #run} returns a checksum so that the
 * work cannot be optimised away and the platforms can be compared.
 */
public final class BenchKernels {

  /** LU decomposition and determinant of one 200 x 200 matrix. */
  public static final String LU_200 = "lu200";

  /** Symmetric eigen decomposition of one 50 x 50 matrix, ten times. */
  public static final String SYMMETRIC_EIGEN_50 = "symmetricEigen50";

  /** Standard normal quantiles at {@link #QUANTILE_POINTS} probabilities spread over (0, 1). */
  public static final String NORMAL_QUANTILE = "normalQuantile";

  /** Student t (7 degrees of freedom) quantiles at the same probabilities. */
  public static final String STUDENT_T_QUANTILE = "studentTQuantile";

  /** One million standard normal samples from a seeded generator. */
  public static final String NORMAL_SAMPLES = "normalSamples1e6";

  /** Probabilities per quantile run. */
  public static final int QUANTILE_POINTS = 1000;

  /** Samples per sampling run. */
  public static final int SAMPLES = 1_000_000;

  /** Repetitions of the eigen decomposition per run (one takes well under a millisecond). */
  public static final int EIGEN_REPEATS = 10;

  private static double[][] matrix200;
  private static double[][] symmetric50;

  private BenchKernels() {}

  /** The kernels this build has, in report order. */
  public static String[] names() {
    return new String[] {
      LU_200, SYMMETRIC_EIGEN_50, NORMAL_QUANTILE, STUDENT_T_QUANTILE, NORMAL_SAMPLES
    };
  }

  /** Runs one kernel once and returns its checksum. */
  public static double run(String name) {
    if (LU_200.equals(name)) {
      return LU.of(Matrix.of(matrix200())).determinant();
    }
    if (SYMMETRIC_EIGEN_50.equals(name)) {
      Matrix m = Matrix.of(symmetric50());
      double sum = 0;
      for (int i = 0; i < EIGEN_REPEATS; i++) {
        sum += SymmetricEigen.of(m).eigenvalue(0);
      }
      return sum;
    }
    if (NORMAL_QUANTILE.equals(name)) {
      Normal normal = Normal.of(0, 1);
      double sum = 0;
      for (int i = 1; i <= QUANTILE_POINTS; i++) {
        sum += Math.abs(normal.quantile(probability(i))); // plain sums cancel to ~0
      }
      return sum;
    }
    if (STUDENT_T_QUANTILE.equals(name)) {
      StudentT t = StudentT.of(7);
      double sum = 0;
      for (int i = 1; i <= QUANTILE_POINTS; i++) {
        sum += Math.abs(t.quantile(probability(i)));
      }
      return sum;
    }
    if (NORMAL_SAMPLES.equals(name)) {
      Rng rng = Rng.seeded(2026);
      double sum = 0;
      for (int i = 0; i < SAMPLES; i++) {
        sum += rng.nextGaussian();
      }
      return sum;
    }
    throw new IllegalArgumentException("unknown kernel: " + name);
  }

  /**
   * The 200 x 200 input of {@link #LU_200} (entries in [-0.5, 0.5)); callers must not modify it.
   */
  public static double[][] matrix200() {
    if (matrix200 == null) {
      matrix200 = random(200, 200, 12345);
    }
    return matrix200;
  }

  /** The symmetric 50 x 50 input of {@link #SYMMETRIC_EIGEN_50}; callers must not modify it. */
  public static double[][] symmetric50() {
    if (symmetric50 == null) {
      double[][] a = random(50, 50, 777);
      for (int i = 0; i < 50; i++) {
        for (int j = 0; j < i; j++) {
          a[j][i] = a[i][j];
        }
      }
      symmetric50 = a;
    }
    return symmetric50;
  }

  /** The i-th probability (1-based) of the quantile kernels, skewed toward the tails. */
  public static double probability(int i) {
    double u = (i - 0.5) / QUANTILE_POINTS;
    return u * u * (3 - 2 * u); // smoothstep: more points near 0 and 1
  }

  static double[][] random(int rows, int cols, int seed) {
    double[][] a = new double[rows][cols];
    int x = seed;
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        x = x * 1103515245 + 12345; // Numerical Recipes LCG; int overflow wraps the same in TeaVM
        a[i][j] = (x >>> 8) / 16777216.0 - 0.5;
      }
    }
    return a;
  }
}
