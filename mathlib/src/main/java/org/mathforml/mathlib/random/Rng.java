package org.mathforml.mathlib.random;

import java.util.List;

/**
 * A seeded pseudo-random generator, xoshiro128** 1.1 (Blackman and Vigna, "Scrambled linear
 * pseudorandom number generators", ACM TOMS 47(4), 2021; https://prng.di.unimi.it/).
 *
 * <p>The state is four 32-bit ints and every step uses only int shifts, xors and multiplications by
 * 5 and 9, so it is fast in TeaVM's JavaScript (no {@code long}, whose emulation there is about 26
 * times slower) and gives bit-identical {@link #nextInt()}, {@link #nextInt(int)}, {@link
 * #nextDouble()} and {@link #shuffle} sequences on the JVM and in the browser. The small
 * multipliers keep every product below 2^53, so the results are the same even where int
 * multiplication is done in doubles. Period 2^128 - 1; not for cryptography.
 *
 * <p>{@link #nextGaussian()} calls {@code Math.log} and {@code Math.sqrt}; {@code sqrt} is
 * correctly rounded everywhere but {@code log} may differ in the last bit between a JVM and a
 * browser, so Gaussian values are reproducible to about 1e-15 relative, not bit for bit.
 *
 * <p>Instances are mutable and not thread-safe; one per applet or test.
 */
public final class Rng {

  private int s0;
  private int s1;
  private int s2;
  private int s3;
  private double spareGaussian;
  private boolean hasSpare;

  private Rng(int seed) {
    // Four different inputs through a bijective mixer (murmur3 fmix32, which maps only 0 to 0)
    // can never give the all-zero state, the one state xoshiro must avoid.
    s0 = mix(seed + 0x9E3779B9);
    s1 = mix(seed + 0x3C6EF372);
    s2 = mix(seed + 0xDAA66D2B);
    s3 = mix(seed + 0x78DDE6E4);
  }

  /** Returns a generator in the given raw state (for known-answer tests); not all zero. */
  static Rng fromState(int a, int b, int c, int d) {
    if ((a | b | c | d) == 0) {
      throw new IllegalArgumentException("xoshiro state must not be all zero");
    }
    Rng r = new Rng(0);
    r.s0 = a;
    r.s1 = b;
    r.s2 = c;
    r.s3 = d;
    return r;
  }

  /** Returns a generator whose sequence is determined by {@code seed}. */
  public static Rng seeded(int seed) {
    return new Rng(seed);
  }

  private static int mix(int z) {
    z ^= z >>> 16;
    z *= 0x85EBCA6B;
    z ^= z >>> 13;
    z *= 0xC2B2AE35;
    z ^= z >>> 16;
    return z;
  }

  /** Returns the next 32 random bits as an int (all 2^32 values equally likely). */
  public int nextInt() {
    int result = Integer.rotateLeft(s1 * 5, 7) * 9;
    int t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = Integer.rotateLeft(s3, 11);
    return result;
  }

  /**
   * Returns an int uniform on 0..bound-1 without modulo bias: a power-of-two bound takes the top
   * bits; otherwise 31-bit draws that fall in the incomplete last block of {@code bound} values are
   * rejected and redrawn (the same rule as {@code java.util.Random}; at most half of the draws are
   * rejected, on average far fewer).
   *
   * @throws IllegalArgumentException if bound is not positive
   */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, got " + bound);
    }
    if ((bound & (bound - 1)) == 0) {
      return (nextInt() >>> 1) >> (31 - Integer.numberOfTrailingZeros(bound));
    }
    int bits;
    int value;
    do {
      bits = nextInt() >>> 1;
      value = bits % bound;
    } while (bits - value + (bound - 1) < 0); // overflow: bits is in the last partial block
    return value;
  }

  /**
   * Returns an int uniform on lo..hi inclusive.
   *
   * @throws IllegalArgumentException if lo > hi or the range has more than 2^31 - 1 values
   */
  public int nextInt(int lo, int hi) {
    if (lo > hi || hi - lo + 1 <= 0) {
      throw new IllegalArgumentException("bad range " + lo + ".." + hi);
    }
    return lo + nextInt(hi - lo + 1);
  }

  /**
   * Returns a double uniform on [0, 1), a multiple of 2^-53: the top 27 bits of one int and the top
   * 26 bits of the next make a 53-bit integer k, and the result is k * 2^-53. Both steps are exact
   * in double arithmetic, so this is the same on every platform.
   */
  public double nextDouble() {
    int a = nextInt() >>> 5;
    int b = nextInt() >>> 6;
    return (a * 67108864.0 + b) * 0x1.0p-53;
  }

  /** Returns true with probability 1/2. */
  public boolean nextBoolean() {
    return nextInt() < 0;
  }

  /**
   * Returns a standard normal value by Marsaglia's polar method (Marsaglia and Bray, SIAM Review
   * 6(3), 1964): draw (u, v) uniform in the square [-1, 1)^2 until s = u^2 + v^2 is in (0, 1); then
   * u * m and v * m with m = sqrt(-2 ln(s) / s) are two independent standard normals. The second is
   * kept for the next call. Rejects 1 - pi/4 (about 21%) of the pairs.
   */
  public double nextGaussian() {
    if (hasSpare) {
      hasSpare = false;
      return spareGaussian;
    }
    double u;
    double v;
    double s;
    do {
      u = 2 * nextDouble() - 1;
      v = 2 * nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    double m = Math.sqrt(-2 * Math.log(s) / s);
    spareGaussian = v * m;
    hasSpare = true;
    return u * m;
  }

  /** Shuffles the array in place (Fisher-Yates / Durstenfeld; Knuth TAOCP 3.4.2 P). */
  public void shuffle(int[] a) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /** Shuffles the array in place (Fisher-Yates). */
  public void shuffle(double[] a) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = nextInt(i + 1);
      double t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /** Shuffles the list in place (Fisher-Yates); the list must support {@code set}. */
  public <T> void shuffle(List<T> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = nextInt(i + 1);
      list.set(j, list.set(i, list.get(j)));
    }
  }
}
