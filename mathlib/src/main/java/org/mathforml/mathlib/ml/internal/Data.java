package org.mathforml.mathlib.ml.internal;

import org.mathforml.mathlib.special.internal.Elementary;

/** Shape and value checks for training data, with the messages every model shares. */
public final class Data {

  private Data() {}

  /**
   * Checks that x is a non-empty rectangular matrix of finite values with at least one column, and
   * returns its column count.
   */
  public static int checkFeatures(double[][] x) {
    if (x == null || x.length == 0) {
      throw new IllegalArgumentException("need at least one example");
    }
    int p = x[0].length;
    if (p == 0) {
      throw new IllegalArgumentException("need at least one feature");
    }
    for (double[] row : x) {
      if (row.length != p) {
        throw new IllegalArgumentException(
            "rows have different lengths: " + p + " and " + row.length);
      }
      checkFinite(row);
    }
    return p;
  }

  /** Checks that every value is finite. */
  public static void checkFinite(double[] v) {
    for (double d : v) {
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("data must be finite, got " + d);
      }
    }
  }

  /** Checks that a target or label array has one entry per example. */
  public static void checkLength(int examples, int length) {
    if (examples != length) {
      throw new IllegalArgumentException(examples + " examples but " + length + " targets");
    }
  }

  /** Checks that every label is 0 or 1. */
  public static void checkBinary(int[] labels) {
    for (int c : labels) {
      if (c != 0 && c != 1) {
        throw new IllegalArgumentException("labels must be 0 or 1, got " + c);
      }
    }
  }

  /** Checks a learning rate and an epoch count. */
  public static void checkTraining(double learningRate, int epochs) {
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException(
          "learning rate must be finite and > 0, got " + learningRate);
    }
    if (epochs < 0) {
      throw new IllegalArgumentException("epochs must be >= 0, got " + epochs);
    }
  }

  /** Returns x as a one-column matrix. */
  public static double[][] column(double[] x) {
    double[][] c = new double[x.length][1];
    for (int i = 0; i < x.length; i++) {
      c[i][0] = x[i];
    }
    return c;
  }

  /** Returns the logistic sigmoid 1 / (1 + e^-z), evaluated without overflow. */
  public static double sigmoid(double z) {
    if (z >= 0) {
      return 1 / (1 + Math.exp(-z));
    }
    double e = Math.exp(z);
    return e / (1 + e);
  }

  /**
   * Returns the log loss of logit z for label y, -y ln s(z) - (1 - y) ln(1 - s(z)), as softplus(z)
   * - y z = max(z, 0) + ln(1 + e^-|z|) - y z, which never takes ln 0.
   */
  public static double logLoss(double z, double y) {
    return Math.max(z, 0) + Elementary.log1p(Math.exp(-Math.abs(z))) - y * z;
  }

  /** Returns ln sum e^{v_i}, shifted by the maximum so no term overflows. */
  public static double logSumExp(double[] v) {
    double max = Double.NEGATIVE_INFINITY;
    for (double d : v) {
      max = Math.max(max, d);
    }
    if (Double.isInfinite(max)) {
      return max;
    }
    double s = 0;
    for (double d : v) {
      s += Math.exp(d - max);
    }
    return max + Math.log(s);
  }
}
