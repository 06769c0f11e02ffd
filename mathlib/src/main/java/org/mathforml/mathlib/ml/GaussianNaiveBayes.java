package org.mathforml.mathlib.ml;

import org.mathforml.mathlib.ml.internal.Classes;
import org.mathforml.mathlib.ml.internal.Data;

/**
 * Gaussian naive Bayes: features independent given the class, each normal with a per-class mean and
 * variance (Murphy, Machine Learning: A Probabilistic Perspective, section 3.5; Hastie, Tibshirani
 * and Friedman, section 6.6.3). The log posterior, up to a constant, is
 *
 * <pre>
 *   ln P(c) + sum_j [ -1/2 ln(2 pi s_cj^2) - (x_j - m_cj)^2 / (2 s_cj^2) ]
 * </pre>
 *
 * with P(c) = n_c / n, m_cj the class mean and s_cj^2 the maximum-likelihood (divide by n_c) class
 * variance plus a smoothing epsilon. Probabilities are normalised with log-sum-exp, so far-away
 * points give (0, ..., 1) rather than 0/0.
 */
public final class GaussianNaiveBayes {

  /** Default smoothing: epsilon = 1e-9 times the largest feature variance (as scikit-learn). */
  public static final double DEFAULT_VARIANCE_SMOOTHING = 1e-9;

  private final int[] classes;
  private final double[] logPriors;
  private final double[][] means;
  private final double[][] variances;

  private GaussianNaiveBayes(
      int[] classes, double[] logPriors, double[][] means, double[][] variances) {
    this.classes = classes;
    this.logPriors = logPriors;
    this.means = means;
    this.variances = variances;
  }

  /** Fits with {@link #DEFAULT_VARIANCE_SMOOTHING}. */
  public static GaussianNaiveBayes fit(double[][] x, int[] labels) {
    return fit(x, labels, DEFAULT_VARIANCE_SMOOTHING);
  }

  /**
   * Fits class priors, means and variances; every variance gets epsilon = smoothing times the
   * largest variance of any feature over the whole data set.
   *
   * @throws IllegalArgumentException on invalid data, negative smoothing, or a class whose smoothed
   *     variance is 0 (a constant feature with no smoothing)
   */
  public static GaussianNaiveBayes fit(double[][] x, int[] labels, double smoothing) {
    int p = Data.checkFeatures(x);
    Data.checkLength(x.length, labels.length);
    if (!(smoothing >= 0) || Double.isInfinite(smoothing)) {
      throw new IllegalArgumentException("smoothing must be finite and >= 0, got " + smoothing);
    }
    int[] classes = Classes.distinct(labels);
    int k = classes.length;
    int n = x.length;
    double[] counts = new double[k];
    double[][] means = new double[k][p];
    double[][] vars = new double[k][p];
    for (int i = 0; i < n; i++) {
      int c = Classes.indexOf(classes, labels[i]);
      counts[c]++;
      for (int j = 0; j < p; j++) {
        means[c][j] += x[i][j];
      }
    }
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < p; j++) {
        means[c][j] /= counts[c];
      }
    }
    for (int i = 0; i < n; i++) {
      int c = Classes.indexOf(classes, labels[i]);
      for (int j = 0; j < p; j++) {
        double d = x[i][j] - means[c][j];
        vars[c][j] += d * d / counts[c];
      }
    }
    double epsilon = smoothing * largestVariance(x, p);
    double[] logPriors = new double[k];
    for (int c = 0; c < k; c++) {
      logPriors[c] = Math.log(counts[c] / n);
      for (int j = 0; j < p; j++) {
        vars[c][j] += epsilon;
        if (!(vars[c][j] > 0)) {
          throw new IllegalArgumentException(
              "feature "
                  + j
                  + " is constant in class "
                  + classes[c]
                  + "; use a positive smoothing");
        }
      }
    }
    return new GaussianNaiveBayes(classes, logPriors, means, vars);
  }

  private static double largestVariance(double[][] x, int p) {
    double largest = 0;
    for (int j = 0; j < p; j++) {
      double m = 0;
      for (double[] row : x) {
        m += row[j] / x.length;
      }
      double v = 0;
      for (double[] row : x) {
        v += (row[j] - m) * (row[j] - m) / x.length;
      }
      largest = Math.max(largest, v);
    }
    return largest;
  }

  /** The class labels, increasing; probabilities follow this order. */
  public int[] classes() {
    return classes.clone();
  }

  /** The class mean of feature j for class index c (into {@link #classes()}). */
  public double mean(int c, int j) {
    return means[c][j];
  }

  /** The smoothed class variance of feature j for class index c. */
  public double variance(int c, int j) {
    return variances[c][j];
  }

  /** The prior P(c) for class index c. */
  public double prior(int c) {
    return Math.exp(logPriors[c]);
  }

  /** Returns ln P(c) + ln p(x | c) for each class: the unnormalised log posteriors. */
  public double[] jointLogLikelihood(double[] x) {
    if (x.length != means[0].length) {
      throw new IllegalArgumentException(
          "expected " + means[0].length + " features, got " + x.length);
    }
    Data.checkFinite(x);
    double[] s = new double[classes.length];
    for (int c = 0; c < classes.length; c++) {
      s[c] = logPriors[c];
      for (int j = 0; j < x.length; j++) {
        double d = x[j] - means[c][j];
        s[c] -= 0.5 * Math.log(2 * Math.PI * variances[c][j]) + d * d / (2 * variances[c][j]);
      }
    }
    return s;
  }

  /** Returns P(c | x) for each class, summing to 1. */
  public double[] predictProba(double[] x) {
    return Classes.softmax(jointLogLikelihood(x));
  }

  /** Returns the most probable class label (the smaller label on ties). */
  public int predict(double[] x) {
    return classes[Classes.argMax(jointLogLikelihood(x))];
  }
}
