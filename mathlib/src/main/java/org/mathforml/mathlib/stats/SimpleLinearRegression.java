package org.mathforml.mathlib.stats;

import org.mathforml.mathlib.distribution.StudentT;

/**
 * Least-squares line y = b0 + b1 x with the usual normal-errors inference (Montgomery, Peck and
 * Vining, Introduction to Linear Regression Analysis, ch. 2): b1 = Sxy / Sxx, b0 = ybar - b1 xbar,
 * s^2 = SSE / (n - 2), se(b1) = s / sqrt(Sxx), se(b0) = s sqrt(1/n + xbar^2 / Sxx); intervals use
 * t(n - 2).
 */
public final class SimpleLinearRegression {

  private final int n;
  private final double xMean;
  private final double sxx;
  private final double slope;
  private final double intercept;
  private final double sse;
  private final double sst;

  private SimpleLinearRegression(
      int n, double xMean, double sxx, double slope, double intercept, double sse, double sst) {
    this.n = n;
    this.xMean = xMean;
    this.sxx = sxx;
    this.slope = slope;
    this.intercept = intercept;
    this.sse = sse;
    this.sst = sst;
  }

  /**
   * Fits the line to paired data.
   *
   * @throws IllegalArgumentException for fewer than 3 points, unequal lengths, non-finite values or
   *     constant x (slope undefined)
   */
  public static SimpleLinearRegression fit(double[] x, double[] y) {
    Descriptive.checkPaired(x, y);
    if (x.length < 3) {
      throw new IllegalArgumentException("regression inference needs at least 3 points");
    }
    double mx = Descriptive.mean(x);
    double my = Descriptive.mean(y);
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxx += dx * dx;
      sxy += dx * dy;
      syy += dy * dy;
    }
    if (sxx == 0) {
      throw new IllegalArgumentException("x is constant: the slope is undefined");
    }
    double b1 = sxy / sxx;
    double b0 = my - b1 * mx;
    double sse = 0;
    for (int i = 0; i < x.length; i++) {
      double r = y[i] - (b0 + b1 * x[i]);
      sse += r * r;
    }
    return new SimpleLinearRegression(x.length, mx, sxx, b1, b0, sse, syy);
  }

  public double slope() {
    return slope;
  }

  public double intercept() {
    return intercept;
  }

  /** b0 + b1 x. */
  public double predict(double x) {
    return intercept + slope * x;
  }

  /** Coefficient of determination 1 - SSE / SST (1 for a perfect fit; NaN if y constant). */
  public double rSquared() {
    return sst == 0 ? Double.NaN : Math.max(0, 1 - sse / sst);
  }

  /** Sum of squared residuals. */
  public double sumSquaredErrors() {
    return sse;
  }

  /** Residual standard error s = sqrt(SSE / (n - 2)). */
  public double residualStandardError() {
    return Math.sqrt(sse / (n - 2));
  }

  public double slopeStandardError() {
    return residualStandardError() / Math.sqrt(sxx);
  }

  public double interceptStandardError() {
    return residualStandardError() * Math.sqrt(1.0 / n + xMean * xMean / sxx);
  }

  /** Test of H0: slope = 0, t = b1 / se(b1), df n - 2. */
  public TestResult slopeTest() {
    double se = slopeStandardError();
    double t =
        se == 0 ? (slope == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, slope)) : slope / se;
    return TestResult.of(t, n - 2, StudentT.of(n - 2));
  }

  public ConfidenceInterval slopeInterval(double level) {
    double h = tCritical(level) * slopeStandardError();
    return new ConfidenceInterval(slope, slope - h, slope + h, level);
  }

  public ConfidenceInterval interceptInterval(double level) {
    double h = tCritical(level) * interceptStandardError();
    return new ConfidenceInterval(intercept, intercept - h, intercept + h, level);
  }

  /** Interval for the mean response at x0: yhat +- t s sqrt(1/n + (x0 - xbar)^2 / Sxx). */
  public ConfidenceInterval meanResponseInterval(double x0, double level) {
    double d = x0 - xMean;
    double h = tCritical(level) * residualStandardError() * Math.sqrt(1.0 / n + d * d / sxx);
    double y = predict(x0);
    return new ConfidenceInterval(y, y - h, y + h, level);
  }

  /** Prediction interval for a new y at x0: yhat +- t s sqrt(1 + 1/n + (x0 - xbar)^2 / Sxx). */
  public ConfidenceInterval predictionInterval(double x0, double level) {
    double d = x0 - xMean;
    double h = tCritical(level) * residualStandardError() * Math.sqrt(1 + 1.0 / n + d * d / sxx);
    double y = predict(x0);
    return new ConfidenceInterval(y, y - h, y + h, level);
  }

  private double tCritical(double level) {
    return ConfidenceIntervals.tCritical(level, n - 2);
  }
}
