package org.mathforml.mathlib.distribution;

import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.distribution.UniformIntegerDistribution;
import org.junit.jupiter.api.Nested;

/** Runs the discrete contract on each family. */
class DiscreteFamiliesTest {

  @Nested
  class BernoulliContract extends DiscreteDistributionContract {
    @Override
    List<Case> cases() {
      return List.of(
          new Case(Bernoulli.of(0.3), new BinomialDistribution(null, 1, 0.3)),
          new Case(Bernoulli.of(0.5), new BinomialDistribution(null, 1, 0.5)));
    }
  }

  @Nested
  class BinomialContract extends DiscreteDistributionContract {
    @Override
    List<Case> cases() {
      return List.of(
          new Case(Binomial.of(1, 0.5), new BinomialDistribution(null, 1, 0.5)),
          new Case(Binomial.of(10, 0.3), new BinomialDistribution(null, 10, 0.3)),
          new Case(Binomial.of(100, 0.02), new BinomialDistribution(null, 100, 0.02)),
          new Case(Binomial.of(1000, 0.7), new BinomialDistribution(null, 1000, 0.7)));
    }
  }

  @Nested
  class PoissonContract extends DiscreteDistributionContract {
    @Override
    List<Case> cases() {
      return List.of(
          new Case(Poisson.of(0.5), new PoissonDistribution(0.5)),
          new Case(Poisson.of(4), new PoissonDistribution(4)),
          new Case(Poisson.of(45), new PoissonDistribution(45)));
    }
  }

  @Nested
  class DiscreteUniformContract extends DiscreteDistributionContract {
    @Override
    List<Case> cases() {
      return List.of(
          new Case(DiscreteUniform.of(1, 6), new UniformIntegerDistribution(null, 1, 6)),
          new Case(DiscreteUniform.of(-3, 3), new UniformIntegerDistribution(null, -3, 3)),
          new Case(DiscreteUniform.of(5, 5), new UniformIntegerDistribution(null, 5, 5)));
    }
  }
}
