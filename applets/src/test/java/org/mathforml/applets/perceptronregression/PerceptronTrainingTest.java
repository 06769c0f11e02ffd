package org.mathforml.applets.perceptronregression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mathforml.applets.catalog.AppletCatalog;
import org.mathforml.applets.catalog.DataSyntax;
import org.mathforml.mathlib.ml.LinearRegression;

class PerceptronTrainingTest {
  private static final double[][] ROWS = DataSyntax.parse(AppletCatalog.HOUSES);

  private static double[][] inputs(int p) {
    double[][] x = new double[ROWS.length][p];
    for (int i = 0; i < ROWS.length; i++) {
      for (int j = 0; j < p; j++) {
        x[i][j] = ROWS[i][j];
      }
    }
    return x;
  }

  private static double[] prices() {
    double[] y = new double[ROWS.length];
    for (int i = 0; i < ROWS.length; i++) {
      y[i] = ROWS[i][2];
    }
    return y;
  }

  @Test
  void oneInputConvergesToMathlibLeastSquares() {
    Perceptron p = new Perceptron(inputs(1), prices());
    for (int k = 0; k < 300; k++) {
      p.step(0.1);
    }
    double[] size = new double[ROWS.length];
    for (int i = 0; i < ROWS.length; i++) {
      size[i] = ROWS[i][0];
    }
    LinearRegression exact = LinearRegression.fit(size, prices());
    assertEquals(exact.slope(), p.slope(0), 1e-9);
    assertEquals(exact.intercept(), p.intercept(), 1e-7);
    assertEquals(exact.loss(inputs(1), prices()), p.loss(), 1e-7 * p.loss() + 1e-9);
  }

  @Test
  void twoInputsConvergeToMathlibLeastSquares() {
    Perceptron p = new Perceptron(inputs(2), prices());
    for (int k = 0; k < 2000; k++) {
      p.step(0.5);
    }
    LinearRegression exact = LinearRegression.fit(inputs(2), prices());
    assertEquals(exact.weights()[0], p.slope(0), 1e-8);
    assertEquals(exact.weights()[1], p.slope(1), 1e-7);
    assertEquals(exact.intercept(), p.intercept(), 1e-6);
  }

  @Test
  void firstStepIsTheHandComputedGradientStep() {
    // From w = 0, b = 0 every prediction is 0: dL/db = -mean(y), dL/dw = -mean(y z) = -cov(x,
    // y)/sd.
    Perceptron p = new Perceptron(inputs(1), prices());
    double[] y = prices();
    int n = y.length;
    double my = 0;
    for (double v : y) {
      my += v;
    }
    my /= n;
    double loss0 = 0;
    double yz = 0;
    for (int i = 0; i < n; i++) {
      loss0 += y[i] * y[i];
      yz += y[i] * (ROWS[i][0] - p.mean(0)) / p.sd(0);
    }
    assertEquals(loss0 / (2 * n), p.loss(), 1e-9);
    p.step(0.1);
    assertEquals(0.1 * my, p.bias(), 1e-12);
    assertEquals(0.1 * yz / n, p.weight(0), 1e-12);
    assertEquals(1, p.epoch());
    p.reset();
    assertEquals(0, p.epoch());
    assertEquals(0, p.weight(0));
  }

  @Test
  void lossNeverRisesAtASafeRate() {
    Perceptron p = new Perceptron(inputs(2), prices());
    double last = p.loss();
    for (int k = 0; k < 200; k++) {
      p.step(0.3);
      assertTrue(p.loss() <= last + 1e-9);
      last = p.loss();
    }
  }

  @Test
  void dataSyntax() {
    assertEquals(30, ROWS.length);
    assertEquals(86, ROWS[0][0]);
    assertEquals(237, ROWS[0][2]);
    assertNotNull(DataSyntax.problem("1 2 3; 4 5"));
    assertNotNull(DataSyntax.problem("1 2 3; 4 5 6"));
    assertNotNull(DataSyntax.problem("1 2 3; 4 5 x; 7 8 9"));
    assertEquals(null, DataSyntax.problem("1 2 3; 4 5 6; 7 8 9;"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Perceptron(new double[][] {{1}, {1}}, new double[] {1, 2}));
  }
}
