package org.mathforml.mathlib.distribution;

import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.junit.jupiter.api.Nested;

/** Runs the continuous contract on each family with a spread of parameters. */
class ContinuousFamiliesTest {

  /** Commons' inverse-cdf solver accuracy when we use its quantiles (not its default 1e-9). */
  static final double ORACLE_SOLVER_ACCURACY = 1e-14;

  @Nested
  class NormalContract extends ContinuousDistributionContract {
    @Override
    List<Case> cases() {
      return List.of(
          new Case(Normal.standard(), new NormalDistribution(0, 1), true),
          new Case(Normal.of(-3, 0.01), new NormalDistribution(-3, 0.01), true),
          new Case(Normal.of(100, 15), new NormalDistribution(100, 15), true));
    }
  }

  @Nested
  class ExponentialContract extends ContinuousDistributionContract {
    @Override
    List<Case> cases() {
      return List.of(
          new Case(Exponential.of(1), new ExponentialDistribution(1), true),
          new Case(Exponential.of(0.25), new ExponentialDistribution(4), true),
          new Case(Exponential.of(50), new ExponentialDistribution(0.02), true));
    }

    /** Commons computes 1 - exp(-x) (we use -expm1(-x)): ~1e-16 absolute near 0. */
    @Override
    double cdfAbsoluteTolerance() {
      return 2.5e-16;
    }
  }

  @Nested
  class UniformContract extends ContinuousDistributionContract {
    @Override
    List<Case> cases() {
      return List.of(
          new Case(Uniform.of(0, 1), new UniformRealDistribution(0, 1), true),
          new Case(Uniform.of(-2, 5), new UniformRealDistribution(-2, 5), true));
    }
  }

  @Nested
  class GammaContract extends ContinuousDistributionContract {
    @Override
    List<Case> cases() {
      return List.of(
          new Case(Gamma.of(0.5, 1), gamma(0.5, 1), true),
          new Case(Gamma.of(1, 2), gamma(1, 2), true),
          new Case(Gamma.of(3.5, 0.2), gamma(3.5, 0.2), true),
          new Case(Gamma.ofShapeRate(40, 2), gamma(40, 0.5), true));
    }

    /**
     * Commons' gamma density is off by 2e-9 relative at x/scale = 1e-7, 1e-5 at 1e-12 and 0 below
     * ~1e-16, so it is not compared there (Gamma(1/2) there is 1/sqrt(pi x) e^-x, which ours
     * matches: see DistributionValuesTest).
     */
    @Override
    double pdfTolerance(Case c, double x) {
      return x / ((Gamma) c.dist).scale() < 1e-3 ? -1 : oracleTolerance();
    }

    private GammaDistribution gamma(double shape, double scale) {
      return new GammaDistribution(null, shape, scale, ORACLE_SOLVER_ACCURACY);
    }
  }

  @Nested
  class ChiSquaredContract extends ContinuousDistributionContract {
    @Override
    List<Case> cases() {
      return List.of(
          new Case(ChiSquared.of(1), chi(1), true),
          new Case(ChiSquared.of(2), chi(2), true),
          new Case(ChiSquared.of(7), chi(7), true),
          new Case(ChiSquared.of(150), chi(150), true));
    }

    /** As for Gamma: Commons' density is inaccurate for small x. */
    @Override
    double pdfTolerance(Case c, double x) {
      return x < 2e-3 ? -1 : oracleTolerance();
    }

    private ChiSquaredDistribution chi(double k) {
      return new ChiSquaredDistribution(null, k, ORACLE_SOLVER_ACCURACY);
    }
  }

  @Nested
  class StudentTContract extends ContinuousDistributionContract {
    @Override
    List<Case> cases() {
      return List.of(
          new Case(StudentT.of(1), t(1), false),
          new Case(StudentT.of(2.5), t(2.5), false),
          new Case(StudentT.of(5), t(5), true),
          new Case(StudentT.of(30), t(30), true),
          new Case(StudentT.of(1000), t(1000), true));
    }

    /**
     * Commons' t cdf is ~1e-11 off near the centre for large df (at df = 1000, t = 0.00315 it gives
     * 0.50125525739341, mpmath 0.50125525739885: see DistributionValuesTest).
     */
    @Override
    double cdfAbsoluteTolerance() {
      return 2e-11;
    }

    @Override
    double survivalTolerance() {
      return 1e-8;
    }

    private TDistribution t(double df) {
      return new TDistribution(null, df, ORACLE_SOLVER_ACCURACY);
    }
  }

  @Nested
  class FContract extends ContinuousDistributionContract {
    @Override
    List<Case> cases() {
      return List.of(
          // F(1, 1): the 1e-10 upper tail needs 1 - z ~ 1e-20, which Commons rounds to 0
          new Case(FDistribution.of(1, 1), null, false),
          new Case(FDistribution.of(1, 8), f(1, 8), false),
          new Case(FDistribution.of(3, 12), f(3, 12), true),
          new Case(FDistribution.of(10, 40), f(10, 40), true),
          new Case(FDistribution.of(2, 6), f(2, 6), false));
    }

    /**
     * Commons gets the upper tail as 1 - I_z with z = d1 x / (d1 x + d2) rounded, which costs
     * ulp(z) / (1 - z) relative (4e-10 at F(1, 1), x = 2.6e7); we pass 1 - z exactly.
     */
    @Override
    double survivalTolerance() {
      return 1e-8;
    }

    /** The same rounding of z makes Commons' cdf near 1 ~1e-9 off in absolute terms. */
    @Override
    double cdfAbsoluteTolerance() {
      return 1e-9;
    }

    private org.apache.commons.math3.distribution.FDistribution f(double a, double b) {
      return new org.apache.commons.math3.distribution.FDistribution(
          null, a, b, ORACLE_SOLVER_ACCURACY);
    }
  }

  @Nested
  class BetaContract extends ContinuousDistributionContract {
    @Override
    List<Case> cases() {
      return List.of(
          new Case(Beta.of(1, 1), beta(1, 1), true),
          new Case(Beta.of(0.5, 0.5), beta(0.5, 0.5), true),
          new Case(Beta.of(2, 5), beta(2, 5), true),
          new Case(Beta.of(0.3, 4), beta(0.3, 4), true),
          new Case(Beta.of(60, 30), beta(60, 30), true));
    }

    private BetaDistribution beta(double a, double b) {
      return new BetaDistribution(null, a, b, ORACLE_SOLVER_ACCURACY);
    }
  }
}
