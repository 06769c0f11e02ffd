package org.mathforml.applets.pagerank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mathforml.applets.catalog.LinksSyntax;
import org.mathforml.mathlib.numeric.MarkovChain;
import org.mathforml.mathlib.numeric.Matrix;
import org.mathforml.mathlib.numeric.PageRank;
import org.mathforml.mathlib.numeric.Vector;

/** The applet's plain-double power iteration against mathlib's PageRank and MarkovChain. */
class PageRankWebTest {

  static final String[] WEBS = {
    "A>B C; B>C; C>A; D>C", "A>B; B>C D; C>A; D>", "A>B C D E; B>A; C>A B; D>C; E>D F; F>A"
  };

  @Test
  void parsesTheLinkSyntax() {
    Web w = Web.parse("A>B C; B>C; C>A; D>C");
    assertEquals(4, w.size());
    assertEquals('D', w.name(3));
    assertTrue(w.links(0, 1) && w.links(0, 2) && w.links(3, 2));
    assertEquals(2, w.outDegree(0));
    Web dangling = Web.parse("A>B; B>A C; C");
    assertEquals(0, dangling.outDegree(2));
  }

  @Test
  void rejectsMalformedWebsWithReaderFacingMessages() {
    for (String bad :
        new String[] {
          "A>A", "A>BC", "AB>C", "A>B; A>C", "A>B B", "A", "A>B;;B>A", "A>B C D E F G", "A>+"
        }) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Web.parse(bad), bad);
      // The reason comes from catalog.LinksSyntax, the same text the build and the bundle report.
      assertEquals(LinksSyntax.problem(bad), e.getMessage());
    }
  }

  @Test
  void googleMatrixAndStepsMatchMathlib() {
    for (String text : WEBS) {
      for (double d : new double[] {0.85, 0.5, 1}) {
        Web w = Web.parse(text);
        PageRank mathlib = PageRank.of(w.adjacency(), d);
        double[] g = w.google(d);
        int n = w.size();
        double[][] g2 = new double[n][n];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            g2[i][j] = g[i * n + j];
          }
          assertArrayEquals(mathlib.googleMatrix().toArray()[i], g2[i], 1e-15, text);
        }
        // Columns of G sum to 1 (column-stochastic).
        for (int j = 0; j < n; j++) {
          double s = 0;
          for (int i = 0; i < n; i++) {
            s += g[i * n + j];
          }
          assertEquals(1, s, 1e-12);
        }
        List<Vector> history = mathlib.history();
        double[] r = w.uniform();
        MarkovChain chain = MarkovChain.ofColumnStochastic(Matrix.of(g2));
        List<Vector> chainSteps = chain.iterate(Vector.of(w.uniform()), 20);
        for (int k = 0; k < Math.min(history.size(), 21); k++) {
          assertArrayEquals(history.get(k).toArray(), r, 1e-12, text + " step " + k);
          assertArrayEquals(chainSteps.get(k).toArray(), r, 1e-12, text + " chain step " + k);
          r = Web.step(g, r);
        }
      }
    }
  }

  @Test
  void convergesToMathlibsRanksWithinTheAppletsTolerance() {
    for (String text : WEBS) {
      Web w = Web.parse(text);
      double[] g = w.google(0.85);
      double[] r = w.uniform();
      double change = 1;
      int steps = 0;
      while (change >= PageRankApplet.CONVERGED) {
        double[] next = Web.step(g, r);
        change = Web.change(next, r);
        r = next;
        steps++;
        assertTrue(steps < 1000);
      }
      double[] ranks = PageRank.of(w.adjacency(), 0.85).ranks().toArray();
      assertArrayEquals(ranks, r, 1e-5, text);
      int[] order = Web.order(r);
      for (int k = 1; k < order.length; k++) {
        assertTrue(ranks[order[k - 1]] >= ranks[order[k]] - 1e-9);
      }
    }
  }

  @Test
  void formatsFourDecimals() {
    assertEquals("0.3721", Web.fixed4(0.37214));
    assertEquals("0.0500", Web.fixed4(0.05));
    assertEquals("1.0000", Web.fixed4(0.99999));
    assertEquals("0.0000", Web.fixed4(1e-9));
  }
}
