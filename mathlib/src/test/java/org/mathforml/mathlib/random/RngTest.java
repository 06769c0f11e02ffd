package org.mathforml.mathlib.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

class RngTest {

  /**
   * A goodness-of-fit p-value below this for a correct generator happens once in 1000 runs per
   * check; the seeds are fixed, so a pass is stable, and a biased generator fails by far.
   */
  private static final double MIN_P_VALUE = 0.001;

  private static final int[] SEEDS = {1, 2, 42, -7, 123456789};

  /**
   * xoshiro128** written independently from the reference C code (prng.di.unimi.it) with uint32_t
   * emulated in longs, to check the int-only version bit for bit.
   */
  private static final class Reference {
    private final long[] s;

    Reference(long... s) {
      this.s = s;
    }

    private static long rotl(long x, int k) {
      return ((x << k) | (x >>> (32 - k))) & 0xFFFFFFFFL;
    }

    long next() {
      long result = rotl((s[1] * 5) & 0xFFFFFFFFL, 7) * 9 & 0xFFFFFFFFL;
      long t = (s[1] << 9) & 0xFFFFFFFFL;
      s[2] ^= s[0];
      s[3] ^= s[1];
      s[1] ^= s[2];
      s[0] ^= s[3];
      s[2] ^= t;
      s[3] = rotl(s[3], 11);
      return result;
    }
  }

  @Test
  void matchesReferenceImplementationBitForBit() {
    Rng rng = Rng.fromState(1, 2, 3, 4);
    Reference ref = new Reference(1, 2, 3, 4);
    // First output by hand: rotl(2 * 5, 7) * 9 = 1280 * 9.
    assertEquals(11520, rng.nextInt());
    ref.next();
    for (int i = 0; i < 100_000; i++) {
      assertEquals(ref.next(), rng.nextInt() & 0xFFFFFFFFL, "output " + i);
    }
  }

  @Test
  void recordedFirstValuesForSeed42() {
    // Recorded from this implementation on JDK 17; the browser build must print the same
    // (the bits are also pinned by matchesReferenceImplementationBitForBit).
    Rng rng = Rng.seeded(42);
    int[] first = new int[5];
    for (int i = 0; i < first.length; i++) {
      first[i] = rng.nextInt();
    }
    assertArrayEquals(RECORDED_SEED_42, first);
    // nextDouble consumes two ints per value; also recorded on JDK 17.
    Rng doubles = Rng.seeded(42);
    assertEquals(0.6606157208001621, doubles.nextDouble(), 0.0);
    assertEquals(0.1117019639532224, doubles.nextDouble(), 0.0);
    assertEquals(0.0791056456144914, doubles.nextDouble(), 0.0);
  }

  static final int[] RECORDED_SEED_42 = {-1457644372, 544945897, 479756282, -794829154, 339756180};

  @Test
  void differentSeedsGiveDifferentSequences() {
    assertNotEquals(Rng.seeded(1).nextInt(), Rng.seeded(2).nextInt());
    assertNotEquals(Rng.seeded(0).nextDouble(), Rng.seeded(-1).nextDouble());
  }

  @Test
  void nextIntBoundIsUniform() {
    for (int bound : new int[] {2, 6, 7, 10, 16, 1000}) {
      for (int seed : SEEDS) {
        Rng rng = Rng.seeded(seed);
        long[] counts = new long[bound];
        int n = 200 * bound;
        for (int i = 0; i < n; i++) {
          int v = rng.nextInt(bound);
          assertTrue(v >= 0 && v < bound);
          counts[v]++;
        }
        assertUniform(counts, "bound " + bound + " seed " + seed);
      }
    }
  }

  @Test
  void nextIntHugeBoundHasNoModuloBias() {
    // bound = 2^31 * 2/3: with plain modulo the lower half of the range would be hit twice
    // as often as the upper half.
    int bound = 1431655765;
    for (int seed : SEEDS) {
      Rng rng = Rng.seeded(seed);
      long[] halves = new long[2];
      for (int i = 0; i < 20_000; i++) {
        halves[rng.nextInt(bound) < bound / 2 ? 0 : 1]++;
      }
      assertUniform(halves, "seed " + seed);
    }
  }

  @Test
  void nextDoubleIsUniformInUnitInterval() {
    for (int seed : SEEDS) {
      Rng rng = Rng.seeded(seed);
      long[] counts = new long[50];
      for (int i = 0; i < 50_000; i++) {
        double u = rng.nextDouble();
        assertTrue(u >= 0 && u < 1);
        assertEquals(u, Math.scalb(Math.rint(Math.scalb(u, 53)), -53), 0.0, "multiple of 2^-53");
        counts[(int) (u * 50)]++;
      }
      assertUniform(counts, "seed " + seed);
    }
  }

  @Test
  void nextIntRangeAndBoolean() {
    Rng rng = Rng.seeded(3);
    long[] counts = new long[2];
    for (int i = 0; i < 10_000; i++) {
      int d = rng.nextInt(1, 6);
      assertTrue(d >= 1 && d <= 6);
      counts[rng.nextBoolean() ? 1 : 0]++;
    }
    assertUniform(counts, "boolean");
    assertEquals(5, rng.nextInt(5, 5));
  }

  @Test
  void nextGaussianPassesKolmogorovSmirnov() {
    NormalDistribution standard = new NormalDistribution(0, 1);
    for (int seed : SEEDS) {
      Rng rng = Rng.seeded(seed);
      double[] x = new double[5000];
      for (int i = 0; i < x.length; i++) {
        x[i] = rng.nextGaussian();
      }
      double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(standard, x);
      assertTrue(p > MIN_P_VALUE, "seed " + seed + " p=" + p);
    }
  }

  @Test
  void shuffleGivesAllPermutationsEquallyOften() {
    for (int seed : SEEDS) {
      Rng rng = Rng.seeded(seed);
      long[] counts = new long[6];
      for (int i = 0; i < 12_000; i++) {
        int[] a = {0, 1, 2};
        rng.shuffle(a);
        counts[a[0] * 2 + (a[1] > a[2] ? 1 : 0)]++;
      }
      assertUniform(counts, "seed " + seed);
    }
  }

  @Test
  void shuffleKeepsElements() {
    Rng rng = Rng.seeded(9);
    double[] d = {1.5, 2.5, 3.5, 4.5};
    rng.shuffle(d);
    double[] sorted = d.clone();
    Arrays.sort(sorted);
    assertArrayEquals(new double[] {1.5, 2.5, 3.5, 4.5}, sorted);
    List<String> list = new ArrayList<>(Arrays.asList("a", "b", "c", "d", "e"));
    rng.shuffle(list);
    List<String> copy = new ArrayList<>(list);
    copy.sort(null);
    assertEquals(Arrays.asList("a", "b", "c", "d", "e"), copy);
    rng.shuffle(new int[0]);
    rng.shuffle(new int[1]);
  }

  @Test
  void rejectsBadArguments() {
    Rng rng = Rng.seeded(1);
    assertThrows(IllegalArgumentException.class, () -> rng.nextInt(0));
    assertThrows(IllegalArgumentException.class, () -> rng.nextInt(-3));
    assertThrows(IllegalArgumentException.class, () -> rng.nextInt(2, 1));
    assertThrows(IllegalArgumentException.class, () -> Rng.fromState(0, 0, 0, 0));
  }

  private static void assertUniform(long[] counts, String what) {
    double[] expected = new double[counts.length];
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    Arrays.fill(expected, (double) total / counts.length);
    double p = new ChiSquareTest().chiSquareTest(expected, counts);
    assertTrue(p > MIN_P_VALUE, what + " chi-squared p=" + p);
  }
}
