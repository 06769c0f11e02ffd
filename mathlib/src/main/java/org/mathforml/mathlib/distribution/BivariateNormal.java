package org.mathforml.mathlib.distribution;

import org.mathforml.mathlib.distribution.internal.Checks;
import org.mathforml.mathlib.random.Rng;

/**
 * The bivariate normal distribution of (X, Y) with means mu_x, mu_y, standard deviations sigma_x,
 * sigma_y and correlation rho, |rho| &lt; 1 (rho = +-1 puts all mass on a line and has no density;
 * it is rejected). pdf exp(-q / (2(1 - rho^2))) / (2 pi sigma_x sigma_y sqrt(1 - rho^2)) with q =
 * zx^2 - 2 rho zx zy + zy^2. Y given X = x is N(mu_y + rho sigma_y / sigma_x (x - mu_x), sigma_y^2
 * (1 - rho^2)).
 */
public final class BivariateNormal {

  private final double muX;
  private final double muY;
  private final double sigmaX;
  private final double sigmaY;
  private final double rho;

  private BivariateNormal(double muX, double muY, double sigmaX, double sigmaY, double rho) {
    this.muX = muX;
    this.muY = muY;
    this.sigmaX = sigmaX;
    this.sigmaY = sigmaY;
    this.rho = rho;
  }

  /**
   * Returns the bivariate normal with the given means, standard deviations and correlation.
   *
   * @throws IllegalArgumentException unless means are finite, sigmas positive and finite and -1
   *     &lt; rho &lt; 1
   */
  public static BivariateNormal of(
      double muX, double muY, double sigmaX, double sigmaY, double rho) {
    Checks.finite("mean of X", muX);
    Checks.finite("mean of Y", muY);
    Checks.positive("standard deviation of X", sigmaX);
    Checks.positive("standard deviation of Y", sigmaY);
    if (!(rho > -1 && rho < 1)) {
      throw new IllegalArgumentException("correlation must be in (-1, 1), got " + rho);
    }
    return new BivariateNormal(muX, muY, sigmaX, sigmaY, rho);
  }

  /** The correlation rho. */
  public double correlation() {
    return rho;
  }

  /** Cov(X, Y) = rho sigma_x sigma_y. */
  public double covariance() {
    return rho * sigmaX * sigmaY;
  }

  /** The means {mu_x, mu_y}. */
  public double[] mean() {
    return new double[] {muX, muY};
  }

  /** The covariance matrix {{sx^2, rho sx sy}, {rho sx sy, sy^2}}. */
  public double[][] covarianceMatrix() {
    double c = covariance();
    return new double[][] {{sigmaX * sigmaX, c}, {c, sigmaY * sigmaY}};
  }

  /** The joint density at (x, y). */
  public double pdf(double x, double y) {
    double zx = (x - muX) / sigmaX;
    double zy = (y - muY) / sigmaY;
    double oneMinusRho2 = 1 - rho * rho;
    double q = (zx * zx - 2 * rho * zx * zy + zy * zy) / oneMinusRho2;
    return Math.exp(-0.5 * q) / (2 * Math.PI * sigmaX * sigmaY * Math.sqrt(oneMinusRho2));
  }

  /** The marginal distribution of X, N(mu_x, sigma_x^2). */
  public Normal marginalX() {
    return Normal.of(muX, sigmaX);
  }

  /** The marginal distribution of Y, N(mu_y, sigma_y^2). */
  public Normal marginalY() {
    return Normal.of(muY, sigmaY);
  }

  /** The distribution of Y given X = x. */
  public Normal conditionalYGivenX(double x) {
    Checks.finite("x", x);
    return Normal.of(muY + rho * sigmaY / sigmaX * (x - muX), sigmaY * Math.sqrt(1 - rho * rho));
  }

  /** The distribution of X given Y = y. */
  public Normal conditionalXGivenY(double y) {
    Checks.finite("y", y);
    return Normal.of(muX + rho * sigmaX / sigmaY * (y - muY), sigmaX * Math.sqrt(1 - rho * rho));
  }

  /**
   * One draw {x, y}: X = mu_x + sigma_x Z1, Y = mu_y + sigma_y (rho Z1 + sqrt(1 - rho^2) Z2) (the
   * Cholesky factor of the correlation matrix).
   */
  public double[] sample(Rng rng) {
    double z1 = rng.nextGaussian();
    double z2 = rng.nextGaussian();
    return new double[] {
      muX + sigmaX * z1, muY + sigmaY * (rho * z1 + Math.sqrt(1 - rho * rho) * z2)
    };
  }

  @Override
  public String toString() {
    return "BivariateNormal(" + muX + ", " + muY + ", " + sigmaX + ", " + sigmaY + ", " + rho + ")";
  }
}
