package org.mathforml.mathlib.ml.internal;

/**
 * Marsaglia's xorshift32 generator (Marsaglia 2003, "Xorshift RNGs", J. Stat. Softw. 8(14), shifts
 * 13, 17, 5): period 2^32 - 1, int arithmetic only, so the same seed gives the same weights on the
 * JVM and in TeaVM's JavaScript. Good enough to break symmetry between hidden units; not for
 * statistics.
 */
public final class XorShift32 {

  private int state;

  /** A generator from any seed; 0 (a fixed point of xorshift) is replaced by a constant. */
  public XorShift32(int seed) {
    state = seed == 0 ? 0x9E3779B9 : seed;
  }

  /** Returns the next 32 random bits. */
  public int nextInt() {
    int x = state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    state = x;
    return x;
  }

  /** Returns a double uniform in [0, 1) with 24 random bits. */
  public double nextDouble() {
    return (nextInt() >>> 8) * (1.0 / 16777216.0);
  }

  /** Returns a double uniform in [-a, a). */
  public double nextSymmetric(double a) {
    return (2 * nextDouble() - 1) * a;
  }
}
