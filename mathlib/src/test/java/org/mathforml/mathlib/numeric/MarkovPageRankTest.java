package org.mathforml.mathlib.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mathforml.mathlib.numeric.NumericTestSupport.assertWithin;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;

/** Markov chains and PageRank. */
class MarkovPageRankTest {

  /** pi P = pi to this (absolute; pi has entries <= 1 and P is built in double). */
  static final double STATIONARY_TOL = 1e-13;

  @Test
  void twoStateWeather() {
    // Row-stochastic: sunny -> sunny 0.9, sunny -> rainy 0.1; rainy -> sunny 0.5.
    // Stationary: pi_s = 0.5 / 0.6 = 5/6, pi_r = 1/6 (balance 0.1 pi_s = 0.5 pi_r).
    MarkovChain rows =
        MarkovChain.ofRowStochastic(Matrix.of(new double[][] {{0.9, 0.1}, {0.5, 0.5}}));
    Vector pi = rows.stationary();
    assertEquals(5.0 / 6, pi.get(0), 1e-15);
    assertEquals(1.0 / 6, pi.get(1), 1e-15);
    assertEquals(Vector.of(0.9, 0.1), rows.step(Vector.of(1, 0)));
    MarkovChain cols = MarkovChain.ofColumnStochastic(rows.columnStochastic());
    assertEquals(pi, cols.stationary());
    List<Vector> h = cols.iterate(Vector.of(1, 0), 50);
    assertEquals(51, h.size());
    assertEquals(5.0 / 6, h.get(50).get(0), 1e-12);
  }

  @Test
  void stationaryOfRandomChainsIsFixedAndMatchesEigenvector() {
    Random rnd = new Random(31);
    for (int t = 0; t < 2000; t++) {
      int n = 1 + rnd.nextInt(8);
      double[][] p = new double[n][n];
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int i = 0; i < n; i++) {
          p[i][j] = rnd.nextInt(4) == 0 ? 0 : rnd.nextDouble();
          s += p[i][j];
        }
        if (s == 0) {
          p[j][j] = s = 1;
        }
        for (int i = 0; i < n; i++) {
          p[i][j] /= s;
        }
      }
      MarkovChain chain = MarkovChain.ofColumnStochastic(Matrix.of(p));
      Vector pi;
      try {
        pi = chain.stationary();
      } catch (ArithmeticException e) {
        continue; // several closed classes: checked separately
      }
      assertWithin(
          chain.columnStochastic().multiply(pi).minus(pi).norm(), STATIONARY_TOL, "P pi = pi");
      double sum = 0;
      for (int i = 0; i < n; i++) {
        assertTrue(pi.get(i) >= 0);
        sum += pi.get(i);
      }
      assertEquals(1.0, sum, 1e-14);
      // Commons Math: eigenvector for the eigenvalue closest to 1, normalised to sum 1.
      EigenDecomposition ed = new EigenDecomposition(NumericTestSupport.cm(p));
      int k = 0;
      for (int i = 1; i < n; i++) {
        if (Math.hypot(ed.getRealEigenvalue(i) - 1, ed.getImagEigenvalue(i))
            < Math.hypot(ed.getRealEigenvalue(k) - 1, ed.getImagEigenvalue(k))) {
          k = i;
        }
      }
      double[] v = ed.getEigenvector(k).toArray();
      double vs = 0;
      for (double x : v) {
        vs += x;
      }
      for (int i = 0; i < n; i++) {
        v[i] /= vs;
      }
      assertWithin(NumericTestSupport.maxDiff(pi, v), 1e-9, "pi vs Commons eigenvector");
    }
  }

  @Test
  void markovErrors() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            MarkovChain.ofColumnStochastic(
                Matrix.of(new double[][] {{0.9, 0.1}, {0.5, 0.5}}))); // rows, not columns, sum to 1
    assertThrows(
        IllegalArgumentException.class,
        () -> MarkovChain.ofRowStochastic(Matrix.of(new double[][] {{1.5, -0.5}, {0.5, 0.5}})));
    MarkovChain reducible = MarkovChain.ofColumnStochastic(Matrix.identity(2));
    assertThrows(ArithmeticException.class, reducible::stationary);
    assertThrows(IllegalArgumentException.class, () -> reducible.step(Vector.of(0.5, 0.6)));
    assertEquals(Vector.of(1), MarkovChain.ofColumnStochastic(Matrix.identity(1)).stationary());
  }

  @Test
  void pageRankSmallWeb() {
    // 0 -> 1, 0 -> 2, 1 -> 2, 2 -> 0, 3 -> 2; damping 0.85.
    double[][] adj = {{0, 1, 1, 0}, {0, 0, 1, 0}, {1, 0, 0, 0}, {0, 0, 1, 0}};
    PageRank pr = PageRank.of(adj, 0.85);
    assertTrue(pr.converged());
    Vector r = pr.ranks();
    double sum = 0;
    for (int i = 0; i < 4; i++) {
      sum += r.get(i);
    }
    assertEquals(1.0, sum, 1e-14);
    // Fixed point of G, and the stationary distribution of the chain G.
    assertWithin(pr.googleMatrix().multiply(r).minus(r).norm(), 1e-11, "G r = r");
    Vector pi = MarkovChain.ofColumnStochastic(pr.googleMatrix()).stationary();
    assertWithin(r.minus(pi).norm(), 1e-11, "ranks vs stationary");
    // Nobody links to page 3: its rank is the teleport share (1 - d) / n.
    assertEquals(0.15 / 4, r.get(3), 1e-14);
    assertEquals(Vector.of(0.25, 0.25, 0.25, 0.25), pr.history().get(0));
    assertEquals(pr.iterations() + 1, pr.history().size());
  }

  @Test
  void pageRankDanglingAndDegenerate() {
    // Page 1 has no links: treated as linking to all, so ranks still sum to 1.
    PageRank pr = PageRank.of(new double[][] {{0, 1}, {0, 0}}, 0.85);
    assertTrue(pr.converged());
    // r1 = 0.85 (r0 + r1/2) + 0.075 and r0 = 0.85 r1/2 + 0.075 with r0 + r1 = 1:
    // r0 = 0.425 r1 + 0.075 -> 1.425 r1 = 0.925 -> r1 = 0.925 / 1.425.
    assertEquals(0.925 / 1.425, pr.ranks().get(1), 1e-12);
    // Damping 1 on a 2-cycle: the iterates never settle; reported, not hidden.
    PageRank cycle = PageRank.of(new double[][] {{0, 1}, {1, 0}}, 1.0);
    assertTrue(cycle.converged()); // uniform start is already the fixed point
    PageRank skew = PageRank.of(new double[][] {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}}, 1.0);
    assertTrue(skew.converged());
    assertFalse(
        PageRank.of(
                new double[][] {
                  {0, 1}, {1, 0},
                },
                1.0)
            .history()
            .isEmpty());
    assertEquals(Vector.of(1), PageRank.of(new double[][] {{0}}, 0.85).ranks());
    assertThrows(IllegalArgumentException.class, () -> PageRank.of(new double[][] {{0}}, 1.5));
    assertThrows(
        IllegalArgumentException.class, () -> PageRank.of(new double[][] {{0, -1}, {1, 0}}, 0.5));
    assertThrows(
        IllegalArgumentException.class,
        () -> PageRank.of(new double[][] {{0, Double.NaN}, {1, 0}}, 0.5));
  }
}
