package org.mathforml.mathlib.ml.internal;

import java.util.Arrays;

/** Class bookkeeping for the naive Bayes models: sorted distinct labels and index lookup. */
public final class Classes {

  private Classes() {}

  /** Returns the distinct labels in increasing order. */
  public static int[] distinct(int[] labels) {
    int[] s = labels.clone();
    Arrays.sort(s);
    int count = 0;
    for (int i = 0; i < s.length; i++) {
      if (i == 0 || s[i] != s[i - 1]) {
        s[count++] = s[i];
      }
    }
    return Arrays.copyOf(s, count);
  }

  /** Returns the position of label in the sorted classes. */
  public static int indexOf(int[] classes, int label) {
    return Arrays.binarySearch(classes, label);
  }

  /** Returns the index of the largest value (the first one on ties). */
  public static int argMax(double[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[best]) {
        best = i;
      }
    }
    return best;
  }

  /** Returns e^{v_i - logSumExp(v)}: the normalised probabilities of log scores v. */
  public static double[] softmax(double[] logScores) {
    double lse = Data.logSumExp(logScores);
    double[] p = new double[logScores.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = Math.exp(logScores[i] - lse);
    }
    return p;
  }
}
