package org.mathforml.applets.smoke;

import java.util.List;
import org.mathforml.mathlib.ml.CategoricalNaiveBayes;
import org.mathforml.mathlib.ml.GaussianNaiveBayes;
import org.mathforml.mathlib.ml.LinearRegression;
import org.mathforml.mathlib.ml.Perceptron;
import org.mathforml.mathlib.ml.TwoLayerNetwork;
import org.mathforml.mathlib.optimize.GaussNewton;
import org.mathforml.mathlib.optimize.GradientDescent;
import org.mathforml.mathlib.optimize.LeastSquaresResult;
import org.mathforml.mathlib.optimize.LevenbergMarquardt;
import org.mathforml.mathlib.optimize.MultivariateFunction;
import org.mathforml.mathlib.optimize.MultivariateResult;
import org.mathforml.mathlib.optimize.NewtonMethod;
import org.mathforml.mathlib.optimize.ScalarFunction;
import org.mathforml.mathlib.optimize.ScalarResult;
import org.mathforml.mathlib.optimize.StopReason;
import org.mathforml.mathlib.optimize.TwiceDifferentiableMultivariateFunction;
import org.mathforml.mathlib.optimize.TwiceDifferentiableScalarFunction;
import org.mathforml.mathlib.optimize.VectorFunction;

/** Smoke cases for {@code mathlib.optimize} and {@code mathlib.ml}. */
final class OptimizeMlCases {

  private OptimizeMlCases() {}

  /** f(x) = (x - 2)^2 + 1. */
  private static final TwiceDifferentiableScalarFunction PARABOLA =
      new TwiceDifferentiableScalarFunction() {
        @Override
        public double value(double x) {
          return (x - 2) * (x - 2) + 1;
        }

        @Override
        public double derivative(double x) {
          return 2 * (x - 2);
        }

        @Override
        public double secondDerivative(double x) {
          return 2;
        }
      };

  /** x^3 - 2x - 5 (Newton's own example), as a root-finding problem. */
  private static final ScalarFunction CUBIC =
      new ScalarFunction() {
        @Override
        public double value(double x) {
          return x * x * x - 2 * x - 5;
        }

        @Override
        public double derivative(double x) {
          return 3 * x * x - 2;
        }
      };

  /** Rosenbrock's function (1 - x)^2 + 100 (y - x^2)^2. */
  private static final TwiceDifferentiableMultivariateFunction ROSENBROCK =
      new TwiceDifferentiableMultivariateFunction() {
        @Override
        public double value(double[] p) {
          double a = 1 - p[0];
          double b = p[1] - p[0] * p[0];
          return a * a + 100 * b * b;
        }

        @Override
        public double[] gradient(double[] p) {
          double b = p[1] - p[0] * p[0];
          return new double[] {-2 * (1 - p[0]) - 400 * p[0] * b, 200 * b};
        }

        @Override
        public double[][] hessian(double[] p) {
          return new double[][] {
            {2 - 400 * (p[1] - 3 * p[0] * p[0]), -400 * p[0]}, {-400 * p[0], 200}
          };
        }
      };

  /** A quadratic bowl 0.5 (x^2 + 4 y^2), as a plain multivariate function. */
  private static final MultivariateFunction BOWL =
      new MultivariateFunction() {
        @Override
        public double value(double[] p) {
          return 0.5 * (p[0] * p[0] + 4 * p[1] * p[1]);
        }

        @Override
        public double[] gradient(double[] p) {
          return new double[] {p[0], 4 * p[1]};
        }
      };

  private static final double[] T = {0, 1, 2, 3, 4, 5};
  private static final double[] Y = {2.0, 2.7, 3.8, 5.5, 7.9, 11.6};

  /** Residuals of y = a exp(b t) against (T, Y). */
  private static final VectorFunction EXPONENTIAL =
      new VectorFunction() {
        @Override
        public double[] value(double[] p) {
          double[] r = new double[T.length];
          for (int i = 0; i < T.length; i++) {
            r[i] = p[0] * Math.exp(p[1] * T[i]) - Y[i];
          }
          return r;
        }

        @Override
        public double[][] jacobian(double[] p) {
          double[][] j = new double[T.length][2];
          for (int i = 0; i < T.length; i++) {
            double e = Math.exp(p[1] * T[i]);
            j[i][0] = e;
            j[i][1] = p[0] * T[i] * e;
          }
          return j;
        }
      };

  private static String scalar(ScalarResult r) {
    return Canon.join(
        Canon.num(r.x()) + " " + Canon.num(r.value()) + " " + Canon.num(r.derivative()),
        r.iterations() + " " + r.reason() + " " + r.converged(),
        Canon.nums(r.trajectory()),
        Canon.nums(r.values()) + " " + Canon.nums(r.derivatives()));
  }

  private static String multi(MultivariateResult r) {
    return Canon.join(
        Canon.nums(r.point()) + " " + Canon.num(r.value()) + " " + Canon.num(r.gradientNorm()),
        r.iterations() + " " + r.reason() + " " + r.converged(),
        "trajectory " + r.trajectory().length + " " + Canon.nums(r.trajectory()[1]),
        "values " + r.values().length + " norms " + r.gradientNorms().length);
  }

  private static String fit(LeastSquaresResult r) {
    return Canon.join(
        Canon.nums(r.parameters()) + " " + Canon.num(r.cost()) + " " + Canon.num(r.rms(T.length)),
        r.iterations() + " " + r.evaluations() + " " + r.reason() + " " + r.converged(),
        Canon.nums(r.costHistory()),
        "params " + r.parameterHistory().length + " lambdas " + r.lambdaHistory().length);
  }

  static void addTo(List<SmokeCase> cases) {
    cases.add(
        new SmokeCase(
            "optimize.GradientDescent.minimize",
            () -> {
              GradientDescent gd = GradientDescent.of(0.1, 200);
              GradientDescent heavy =
                  GradientDescent.of(0.1, 500)
                      .withMomentum(0.5)
                      .withTolerances(1e-10, 1e-14)
                      .withDivergencePatience(GradientDescent.DEFAULT_DIVERGENCE_PATIENCE);
              ScalarResult blowUp = GradientDescent.of(1.5, 100).minimize(PARABOLA, 0);
              return Canon.join(
                  Canon.num(gd.learningRate()) + " " + Canon.num(heavy.momentum()),
                  scalar(gd.minimize(PARABOLA, 10)),
                  multi(heavy.minimize(BOWL, new double[] {3, -2})),
                  blowUp.reason() + " " + blowUp.converged() + " " + blowUp.iterations(),
                  Canon.num(GradientDescent.DEFAULT_GRADIENT_TOLERANCE)
                      + " "
                      + Canon.num(GradientDescent.DEFAULT_STEP_TOLERANCE));
            }));
    cases.add(
        new SmokeCase(
            "optimize.NewtonMethod.rootsAndMinima",
            () -> {
              NewtonMethod n = NewtonMethod.withDefaults();
              ScalarResult root = n.findRoot(CUBIC, 2);
              return Canon.join(
                  scalar(root),
                  scalar(NewtonMethod.of(1e-12, 20).minimize(PARABOLA, 7)),
                  multi(n.minimize(ROSENBROCK, new double[] {-1.2, 1})),
                  Canon.num(NewtonMethod.DEFAULT_TOLERANCE)
                      + " "
                      + NewtonMethod.DEFAULT_MAX_ITERATIONS,
                  root.toString().length() > 0 ? "str" : "");
            }));
    cases.add(
        new SmokeCase(
            "optimize.GaussNewtonLevenbergMarquardt.fit",
            () -> {
              double[] start = {1, 0.1};
              LeastSquaresResult gn = GaussNewton.withDefaults().fit(EXPONENTIAL, start);
              LeastSquaresResult lm =
                  LevenbergMarquardt.withDefaults()
                      .withInitialLambda(LevenbergMarquardt.DEFAULT_INITIAL_LAMBDA)
                      .fit(EXPONENTIAL, start);
              LeastSquaresResult capped = LevenbergMarquardt.of(1e-10, 2).fit(EXPONENTIAL, start);
              return Canon.join(
                  fit(gn),
                  fit(lm),
                  capped.reason() + " " + capped.converged(),
                  GaussNewton.of(1e-9, 5).fit(EXPONENTIAL, start).reason().toString(),
                  Canon.num(GaussNewton.DEFAULT_TOLERANCE)
                      + " "
                      + GaussNewton.DEFAULT_MAX_ITERATIONS,
                  Canon.num(LevenbergMarquardt.DEFAULT_TOLERANCE)
                      + " "
                      + LevenbergMarquardt.DEFAULT_MAX_ITERATIONS);
            }));
    cases.add(
        new SmokeCase(
            "optimize.StopReason.values",
            () -> {
              StringBuilder sb = new StringBuilder();
              for (StopReason r : StopReason.values()) {
                sb.append(r.name()).append('=').append(r.converged()).append(' ');
              }
              return sb.toString();
            }));
    double[][] xs = {{1, 1}, {2, 1}, {1, 3}, {4, 5}, {5, 4}, {6, 6}};
    int[] labels = {0, 0, 0, 1, 1, 1};
    cases.add(
        new SmokeCase(
            "ml.LinearRegression.fit",
            () -> {
              double[] x = {1, 2, 3, 4, 5};
              double[] y = {2.1, 3.9, 6.2, 7.8, 10.1};
              LinearRegression ols = LinearRegression.fit(x, y);
              LinearRegression multi = LinearRegression.fit(xs, new double[] {3, 4, 7, 13, 12, 17});
              LinearRegression gd = LinearRegression.fitByGradientDescent(x, y, 0.01, 500);
              LinearRegression gd2 =
                  LinearRegression.fitByGradientDescent(
                      xs, new double[] {3, 4, 7, 13, 12, 17}, 0.01, 100);
              return Canon.join(
                  Canon.num(ols.intercept()) + " " + Canon.num(ols.slope()),
                  Canon.nums(multi.weights()) + " " + Canon.num(multi.predict(new double[] {2, 2})),
                  Canon.num(ols.predict(6))
                      + " "
                      + Canon.num(multi.loss(xs, new double[] {3, 4, 7, 13, 12, 17})),
                  Canon.num(gd.intercept()) + " " + Canon.num(gd.slope()) + " " + gd.diverged(),
                  "history " + gd.lossHistory().length + " " + Canon.num(gd.lossHistory()[499]),
                  Canon.nums(gd2.weights()));
            }));
    cases.add(
        new SmokeCase(
            "ml.Perceptron.train",
            () -> {
              Perceptron c = Perceptron.trainClassification(xs, labels, 0.1, 200);
              Perceptron r =
                  Perceptron.trainRegression(
                      new double[][] {{0}, {1}, {2}, {3}}, new double[] {1, 3, 5, 7}, 0.05, 300);
              return Canon.join(
                  Canon.nums(c.weights()) + " " + Canon.num(c.bias()) + " " + c.isClassifier(),
                  Canon.num(c.logit(new double[] {3, 3}))
                      + " "
                      + Canon.num(c.predict(new double[] {3, 3})),
                  c.predictLabel(new double[] {6, 5}) + " " + Canon.num(c.accuracy(xs, labels)),
                  Canon.nums(r.weights()) + " " + Canon.num(r.bias()) + " " + r.diverged(),
                  "history " + r.lossHistory().length);
            }));
    cases.add(
        new SmokeCase(
            "ml.TwoLayerNetwork.xor",
            () -> {
              double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
              int[] y = {0, 1, 1, 0};
              TwoLayerNetwork net =
                  TwoLayerNetwork.initialize(2, 3, TwoLayerNetwork.Activation.TANH, 42);
              TwoLayerNetwork.Training t = net.train(x, y, 0.5, 2000);
              TwoLayerNetwork trained = t.network();
              TwoLayerNetwork.Gradients g = net.gradients(x, y);
              TwoLayerNetwork fixed =
                  TwoLayerNetwork.of(
                      new double[][] {{1, -1}, {-1, 1}},
                      new double[] {0, 0},
                      new double[] {1, 1},
                      -1,
                      TwoLayerNetwork.Activation.SIGMOID);
              return Canon.join(
                  net.inputs() + " " + net.hidden() + " " + net.activation(),
                  Canon.rows(net.w1()) + " " + Canon.nums(net.b1()) + " " + Canon.nums(net.w2()),
                  Canon.num(net.b2()) + " " + Canon.num(net.loss(x, y)),
                  Canon.rows(g.w1()) + " " + Canon.nums(g.b1()) + " " + Canon.nums(g.w2()),
                  Canon.num(g.b2()),
                  Canon.num(net.step(g, 0.5).loss(x, y)),
                  Canon.num(trained.loss(x, y)) + " " + Canon.num(trained.accuracy(x, y)),
                  trained.predict(new double[] {1, 0})
                      + " "
                      + Canon.num(trained.predictProbability(new double[] {1, 1})),
                  "history " + t.lossHistory().length,
                  Canon.rows(fixed.decisionGrid(-1, 1, -1, 1, 3, 3)));
            }));
    cases.add(
        new SmokeCase(
            "ml.GaussianNaiveBayes.fit",
            () -> {
              GaussianNaiveBayes nb = GaussianNaiveBayes.fit(xs, labels);
              GaussianNaiveBayes smooth = GaussianNaiveBayes.fit(xs, labels, 1e-3);
              double[] q = {3, 3};
              return Canon.join(
                  Canon.ints(nb.classes()) + " " + Canon.num(nb.prior(1)),
                  Canon.num(nb.mean(1, 0)) + " " + Canon.num(nb.variance(0, 1)),
                  Canon.nums(nb.jointLogLikelihood(q)) + " " + Canon.nums(nb.predictProba(q)),
                  nb.predict(q) + " " + smooth.predict(new double[] {5, 5}),
                  Canon.num(GaussianNaiveBayes.DEFAULT_VARIANCE_SMOOTHING));
            }));
    cases.add(
        new SmokeCase(
            "ml.CategoricalNaiveBayes.fit",
            () -> {
              int[][] x = {{0, 1}, {1, 1}, {2, 0}, {0, 0}, {1, 2}, {2, 2}};
              int[] y = {0, 0, 1, 1, 0, 1};
              CategoricalNaiveBayes nb = CategoricalNaiveBayes.fit(x, y);
              CategoricalNaiveBayes laplace = CategoricalNaiveBayes.fit(x, y, 1.0);
              CategoricalNaiveBayes sized = CategoricalNaiveBayes.fit(x, y, 0.5, new int[] {3, 3});
              int[] q = {1, 1};
              return Canon.join(
                  Canon.ints(nb.classes()) + " " + Canon.num(nb.prior(0)),
                  Canon.num(laplace.likelihood(0, 1, 1)),
                  Canon.nums(laplace.jointLogLikelihood(q))
                      + " "
                      + Canon.nums(laplace.predictProba(q)),
                  nb.predict(q) + " " + sized.predict(new int[] {2, 0}));
            }));
  }
}
