package org.mathforml.mathlib.ml;

import org.mathforml.mathlib.ml.internal.Classes;

/**
 * Naive Bayes for categorical features coded 0, 1, ..., m_j - 1, with Laplace (additive) smoothing
 * alpha (Manning, Raghavan and Schuetze, Introduction to Information Retrieval, section 13.2;
 * Murphy, section 3.5.1.2):
 *
 * <pre>
 *   P(c) = n_c / n,   P(x_j = v | c) = (n_cjv + alpha) / (n_c + alpha m_j)
 * </pre>
 *
 * where n_cjv counts class-c examples with feature j equal to v and m_j is the number of categories
 * of feature j (the largest value seen plus one, unless given). Smoothing keeps a value never seen
 * with a class from forcing its probability to 0. Posteriors are normalised with log-sum-exp.
 */
public final class CategoricalNaiveBayes {

  private final int[] classes;
  private final double[] logPriors;
  private final double[][][] logLikelihoods; // [class][feature][value]

  private CategoricalNaiveBayes(int[] classes, double[] logPriors, double[][][] logLike) {
    this.classes = classes;
    this.logPriors = logPriors;
    this.logLikelihoods = logLike;
  }

  /** Fits with alpha = 1 (Laplace's add-one rule). */
  public static CategoricalNaiveBayes fit(int[][] x, int[] labels) {
    return fit(x, labels, 1);
  }

  /**
   * Fits with smoothing alpha &gt; 0, the category counts taken from the data.
   *
   * @throws IllegalArgumentException on empty, ragged or mismatched data, negative values or alpha
   *     &lt;= 0
   */
  public static CategoricalNaiveBayes fit(int[][] x, int[] labels, double alpha) {
    if (x == null || x.length == 0 || x[0].length == 0) {
      throw new IllegalArgumentException("need at least one example and one feature");
    }
    int[] categories = new int[x[0].length];
    for (int[] row : x) {
      if (row.length != categories.length) {
        throw new IllegalArgumentException("rows have different lengths");
      }
      for (int j = 0; j < row.length; j++) {
        categories[j] = Math.max(categories[j], row[j] + 1);
      }
    }
    return fit(x, labels, alpha, categories);
  }

  /**
   * Fits with smoothing alpha &gt; 0 and m_j = categories[j] possible values per feature.
   *
   * @throws IllegalArgumentException on invalid data, a value outside [0, m_j) or alpha &lt;= 0
   */
  public static CategoricalNaiveBayes fit(int[][] x, int[] labels, double alpha, int[] categories) {
    if (x == null || x.length == 0 || x[0].length == 0) {
      throw new IllegalArgumentException("need at least one example and one feature");
    }
    if (x.length != labels.length) {
      throw new IllegalArgumentException(x.length + " examples but " + labels.length + " labels");
    }
    if (!(alpha > 0) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("alpha must be finite and > 0, got " + alpha);
    }
    int p = categories.length;
    int[] classes = Classes.distinct(labels);
    int k = classes.length;
    double[] counts = new double[k];
    double[][][] tally = new double[k][p][];
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < p; j++) {
        tally[c][j] = new double[categories[j]];
      }
    }
    for (int i = 0; i < x.length; i++) {
      if (x[i].length != p) {
        throw new IllegalArgumentException(
            "row " + i + " has " + x[i].length + " features, expected " + p);
      }
      int c = Classes.indexOf(classes, labels[i]);
      counts[c]++;
      for (int j = 0; j < p; j++) {
        int v = x[i][j];
        if (v < 0 || v >= categories[j]) {
          throw new IllegalArgumentException(
              "feature " + j + " value " + v + " is outside 0.." + (categories[j] - 1));
        }
        tally[c][j][v]++;
      }
    }
    double[] logPriors = new double[k];
    for (int c = 0; c < k; c++) {
      logPriors[c] = Math.log(counts[c] / x.length);
      for (int j = 0; j < p; j++) {
        double denominator = counts[c] + alpha * categories[j];
        for (int v = 0; v < categories[j]; v++) {
          tally[c][j][v] = Math.log((tally[c][j][v] + alpha) / denominator);
        }
      }
    }
    return new CategoricalNaiveBayes(classes, logPriors, tally);
  }

  /** The class labels, increasing; probabilities follow this order. */
  public int[] classes() {
    return classes.clone();
  }

  /** Returns the smoothed P(x_j = v | class index c). */
  public double likelihood(int c, int j, int v) {
    return Math.exp(logLikelihoods[c][j][v]);
  }

  /** The prior P(c) for class index c. */
  public double prior(int c) {
    return Math.exp(logPriors[c]);
  }

  /**
   * Returns ln P(c) + sum_j ln P(x_j | c) for each class.
   *
   * @throws IllegalArgumentException if x has the wrong length or a value outside the categories of
   *     its feature
   */
  public double[] jointLogLikelihood(int[] x) {
    int p = logLikelihoods[0].length;
    if (x.length != p) {
      throw new IllegalArgumentException("expected " + p + " features, got " + x.length);
    }
    double[] s = logPriors.clone();
    for (int j = 0; j < p; j++) {
      int m = logLikelihoods[0][j].length;
      if (x[j] < 0 || x[j] >= m) {
        throw new IllegalArgumentException(
            "feature " + j + " value " + x[j] + " is outside 0.." + (m - 1));
      }
      for (int c = 0; c < s.length; c++) {
        s[c] += logLikelihoods[c][j][x[j]];
      }
    }
    return s;
  }

  /** Returns P(c | x) for each class, summing to 1. */
  public double[] predictProba(int[] x) {
    return Classes.softmax(jointLogLikelihood(x));
  }

  /** Returns the most probable class label (the smaller label on ties). */
  public int predict(int[] x) {
    return classes[Classes.argMax(jointLogLikelihood(x))];
  }
}
