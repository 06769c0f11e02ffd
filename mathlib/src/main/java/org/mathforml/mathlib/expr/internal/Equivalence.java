package org.mathforml.mathlib.expr.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Tests two trees for equality as functions by evaluating both at seeded random points
 * (Schwartz-Zippel in spirit: distinct elementary expressions rarely agree at many random points).
 * Each variable is drawn half the time from [-10, 10] and half from (0, 3], so that ln and sqrt
 * have valid points. Points where either side is NaN or infinite are skipped; at least {@link
 * #MIN_VALID} valid points must remain, else the answer is false (nothing to confirm).
 */
public final class Equivalence {

  /** Points tried. */
  public static final int TRIALS = 200;

  /** Valid points (both sides finite) needed before answering true. */
  public static final int MIN_VALID = 20;

  /**
   * Relative tolerance: two rearrangements of the same formula differ by rounding, a few ulps times
   * the condition of the formula; 1e-9 leaves room for cancellation while still telling 2x + 2 from
   * 2x + 2.000001.
   */
  public static final double TOLERANCE = 1e-9;

  private static final long SEED = 20240917L;

  private Equivalence() {}

  /** True if {@code a} and {@code b} agree at every valid sampled point, and enough exist. */
  public static boolean test(Node a, Node b) {
    Set<String> names = VariableCollector.collect(a, b);
    Random random = new Random(SEED);
    Map<String, Double> point = new HashMap<>();
    int valid = 0;
    for (int trial = 0; trial < TRIALS; trial++) {
      for (String name : names) {
        double v =
            random.nextBoolean() ? 20 * random.nextDouble() - 10 : 3 * (1 - random.nextDouble());
        point.put(name, v);
      }
      double va = Evaluator.evaluate(a, point);
      double vb = Evaluator.evaluate(b, point);
      if (Double.isNaN(va) || Double.isNaN(vb) || Double.isInfinite(va) || Double.isInfinite(vb)) {
        continue;
      }
      double scale = Math.max(1, Math.max(Math.abs(va), Math.abs(vb)));
      if (Math.abs(va - vb) > TOLERANCE * scale) {
        return false;
      }
      valid++;
    }
    return valid >= MIN_VALID;
  }
}
