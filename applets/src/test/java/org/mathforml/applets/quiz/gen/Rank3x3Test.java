package org.mathforml.applets.quiz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.GeneratorContract;
import org.mathforml.applets.quiz.SolutionStep;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

class Rank3x3Test extends GeneratorContract {

  private final int[] seen = new int[4];

  @Override
  protected Generator generator() {
    return new Rank3x3();
  }

  @Override
  protected String seedOneFingerprint() {
    // Recorded from the JVM run that introduced the generator (Variant.fingerprint of seed 1).
    return "e368edb1";
  }

  /**
   * The rank from minors on longs, independent of elimination: 3 if det != 0, else 2 if some 2x2
   * minor is non-zero, else 1 if some entry is non-zero, else 0.
   */
  static int rankByMinors(FractionMatrix m) {
    long[][] a = Elimination3x3SolveTest.longs(m);
    if (Det3x3NonzeroTest.sarrus(m) != 0) {
      return 3;
    }
    for (int r1 = 0; r1 < 3; r1++) {
      for (int r2 = r1 + 1; r2 < 3; r2++) {
        for (int c1 = 0; c1 < 3; c1++) {
          for (int c2 = c1 + 1; c2 < 3; c2++) {
            if (a[r1][c1] * a[r2][c2] - a[r1][c2] * a[r2][c1] != 0) {
              return 2;
            }
          }
        }
      }
    }
    for (long[] row : a) {
      for (long x : row) {
        if (x != 0) {
          return 1;
        }
      }
    }
    return 0;
  }

  @Override
  protected void checkVariant(Variant v) {
    FractionMatrix m = FractionMatrix.parse(v.param("A").value().text());
    int rank = rankByMinors(m);
    assertTrue(rank >= 1, "zero matrix");
    AnswerKey k = v.key();
    assertEquals(AnswerKey.Kind.FRACTION, k.kind());
    assertEquals(Fraction.of(rank), k.fractionValue());
    seen[rank]++;
    if (rank == 2) {
      // No row is a multiple of another: the dependence involves all three rows.
      for (int i = 0; i < 3; i++) {
        for (int j = i + 1; j < 3; j++) {
          FractionMatrix pair = FractionMatrix.of(new Fraction[][] {m.row(i), m.row(j)});
          assertEquals(2, pair.rank(), "rows " + (i + 1) + " and " + (j + 1) + " are parallel");
        }
      }
    }
    List<SolutionStep> steps = v.solution();
    assertTrue(steps.get(steps.size() - 1).math().text().endsWith("= " + rank));
    assertTrue(steps.size() >= 3, "elimination steps missing");
    assertTrue(seen[1] + seen[2] + seen[3] < 50 || seen[1] > 0 && seen[2] > 0 && seen[3] > 0);
  }
}
