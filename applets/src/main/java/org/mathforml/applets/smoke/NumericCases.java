package org.mathforml.applets.smoke;

import java.util.List;
import org.mathforml.mathlib.numeric.Cholesky;
import org.mathforml.mathlib.numeric.Complex;
import org.mathforml.mathlib.numeric.Eigen2x2;
import org.mathforml.mathlib.numeric.Eigen3x3;
import org.mathforml.mathlib.numeric.LU;
import org.mathforml.mathlib.numeric.LeastSquares;
import org.mathforml.mathlib.numeric.MarkovChain;
import org.mathforml.mathlib.numeric.Matrix;
import org.mathforml.mathlib.numeric.PageRank;
import org.mathforml.mathlib.numeric.Pca;
import org.mathforml.mathlib.numeric.PowerIteration;
import org.mathforml.mathlib.numeric.QR;
import org.mathforml.mathlib.numeric.Svd;
import org.mathforml.mathlib.numeric.SymmetricEigen;
import org.mathforml.mathlib.numeric.Vector;

/** Smoke cases for {@code mathlib.numeric}: floating-point linear algebra. */
final class NumericCases {

  private NumericCases() {}

  private static Matrix a3() {
    return Matrix.of(new double[][] {{4, -2, 1}, {3, 6, -4}, {2, 1, 8}});
  }

  private static Matrix spd3() {
    return Matrix.of(new double[][] {{4, 12, -16}, {12, 37, -43}, {-16, -43, 98}});
  }

  static void addTo(List<SmokeCase> cases) {
    cases.add(
        new SmokeCase(
            "numeric.Vector.geometry",
            () -> {
              Vector u = Vector.of(3, 4, 0);
              Vector v = Vector.of(1, -1, 2.5);
              return Canon.join(
                  u.dimension() + " " + Canon.num(u.get(1)),
                  Canon.vec(u.plus(v)) + " " + Canon.vec(u.minus(v)) + " " + Canon.vec(v.times(-2)),
                  Canon.num(u.dot(v)) + " " + Canon.num(u.norm()) + " " + Canon.num(u.distance(v)),
                  Canon.num(u.angle(v)),
                  Canon.vec(v.projectionOnto(u)) + " " + Canon.vec(u.unit()),
                  Canon.nums(Vector.zeros(2).toArray()),
                  v.toString() + " " + u.equals(Vector.of(3, 4, 0)));
            }));
    cases.add(
        new SmokeCase(
            "numeric.Matrix.algebra",
            () -> {
              Matrix a = a3();
              Matrix b = Matrix.of(new double[][] {{1, 0.5, 0}, {0, 1, 0}, {-1, 0, 2}});
              return Canon.join(
                  a.rows() + "x" + a.cols() + " " + a.isSquare() + " " + Canon.num(a.get(2, 1)),
                  Canon.vec(a.row(1)) + " " + Canon.vec(a.column(2)),
                  Canon.mat(a.multiply(b)) + " " + Canon.vec(a.multiply(Vector.of(1, 2, 3))),
                  Canon.mat(a.transpose().plus(b).minus(Matrix.identity(3)).times(0.5)),
                  Canon.mat(a.power(3)),
                  Canon.num(a.trace()) + " " + Canon.num(a.maxAbs()),
                  Canon.num(a.frobeniusNorm()),
                  a.isSymmetric() + " " + spd3().isSymmetric(1e-12),
                  Canon.mat(Matrix.zeros(1, 2)),
                  b.toString() + " " + a.equals(a3()));
            }));
    cases.add(
        new SmokeCase(
            "numeric.LU.solveInverse",
            () -> {
              LU lu = LU.of(a3());
              LU singular = LU.of(Matrix.of(new double[][] {{1, 2}, {2, 4}}), LU.DEFAULT_TOLERANCE);
              return Canon.join(
                  lu.isSingular() + " " + Canon.num(lu.determinant()),
                  Canon.mat(lu.l()) + " " + Canon.mat(lu.u()) + " " + Canon.mat(lu.p()),
                  Canon.ints(lu.pivot()),
                  Canon.vec(lu.solve(Vector.of(1, 2, 3))),
                  Canon.mat(lu.solve(Matrix.identity(3))),
                  Canon.mat(lu.inverse()),
                  singular.isSingular() + " " + Canon.num(singular.determinant()));
            }));
    cases.add(
        new SmokeCase(
            "numeric.QR.householder",
            () -> {
              Matrix a = Matrix.of(new double[][] {{12, -51, 4}, {6, 167, -68}, {-4, 24, -41}});
              QR qr = QR.of(a);
              QR tall =
                  QR.of(Matrix.of(new double[][] {{1, 1}, {1, 2}, {1, 3}}), QR.DEFAULT_TOLERANCE);
              return Canon.join(
                  qr.isFullRank() + " " + Canon.mat(qr.r()),
                  Canon.mat(qr.q()),
                  Canon.vec(qr.solve(Vector.of(1, 2, 3))),
                  tall.isFullRank() + " " + Canon.vec(tall.solve(Vector.of(1, 2, 2))));
            }));
    cases.add(
        new SmokeCase(
            "numeric.Cholesky.spd",
            () -> {
              Cholesky c = Cholesky.of(spd3());
              return Canon.join(
                  Canon.mat(c.l()),
                  Canon.num(c.determinant()),
                  Canon.vec(c.solve(Vector.of(1, 2, 3))),
                  Canon.num(Cholesky.SYMMETRY_TOLERANCE)
                      + " "
                      + Canon.num(Cholesky.PIVOT_TOLERANCE));
            }));
    cases.add(
        new SmokeCase(
            "numeric.Complex.arithmetic",
            () -> {
              Complex z = Complex.of(3, -4);
              Complex w = Complex.ofReal(2);
              return Canon.join(
                  Canon.num(z.re()) + " " + Canon.num(z.im()) + " " + z.isReal() + " " + w.isReal(),
                  Canon.num(z.abs()) + " " + Canon.num(z.arg()),
                  Canon.complex(z.conjugate()) + " " + Canon.complex(z.plus(w)),
                  Canon.complex(z.minus(w)) + " " + Canon.complex(z.times(z)),
                  Canon.complex(w.divide(z)),
                  z.toString() + " " + w.toString() + " " + z.equals(Complex.of(3, -4)));
            }));
    cases.add(
        new SmokeCase(
            "numeric.Eigen2x2.closedForm",
            () -> {
              Eigen2x2 e = Eigen2x2.of(Matrix.of(new double[][] {{2, 1}, {1, 2}}));
              Eigen2x2 rot = Eigen2x2.of(Matrix.of(new double[][] {{0, -1}, {1, 0}}));
              Eigen2x2 shear = Eigen2x2.of(Matrix.of(new double[][] {{1, 1}, {0, 1}}));
              return Canon.join(
                  Canon.complexes(e.eigenvalues()) + " " + e.isReal() + " " + e.isDiagonalizable(),
                  Canon.vec(e.eigenvector(0)) + " " + Canon.vec(e.eigenvector(1)),
                  Canon.complexes(rot.eigenvalues()) + " " + rot.isReal(),
                  shear.isDiagonalizable() + " " + Canon.vec(shear.eigenvector(0)));
            }));
    cases.add(
        new SmokeCase(
            "numeric.Eigen3x3.closedForm",
            () -> {
              Eigen3x3 e = Eigen3x3.of(Matrix.of(new double[][] {{2, 0, 0}, {0, 3, 4}, {0, 4, 9}}));
              Eigen3x3 r =
                  Eigen3x3.of(Matrix.of(new double[][] {{1, 0, 0}, {0, 0, -1}, {0, 1, 0}}));
              return Canon.join(
                  Canon.complexes(e.eigenvalues()) + " " + e.isReal() + " " + e.isDiagonalizable(),
                  Canon.vec(e.eigenvector(0)),
                  Canon.complexes(r.eigenvalues()) + " " + r.isReal());
            }));
    cases.add(
        new SmokeCase(
            "numeric.SymmetricEigen.jacobiAndQl",
            () -> {
              SymmetricEigen e = SymmetricEigen.of(spd3());
              double[][] big = new double[16][16];
              for (int i = 0; i < 16; i++) {
                for (int j = 0; j < 16; j++) {
                  big[i][j] = 1.0 / (i + j + 1) + (i == j ? 1 : 0);
                }
              }
              SymmetricEigen ql = SymmetricEigen.of(Matrix.of(big));
              SymmetricEigen capped = SymmetricEigen.of(spd3(), SymmetricEigen.DEFAULT_MAX_SWEEPS);
              return Canon.join(
                  Canon.nums(e.eigenvalues()) + " " + Canon.num(e.eigenvalue(0)),
                  Canon.vec(e.eigenvector(2)) + " " + Canon.mat(e.v()),
                  e.converged() + " sweeps " + e.sweeps() + " " + capped.converged(),
                  Canon.nums(ql.eigenvalues()) + " " + ql.converged(),
                  SymmetricEigen.JACOBI_MAX_SIZE
                      + " "
                      + Canon.num(SymmetricEigen.SYMMETRY_TOLERANCE));
            }));
    cases.add(
        new SmokeCase(
            "numeric.PowerIteration.dominant",
            () -> {
              Matrix a = Matrix.of(new double[][] {{2, 1}, {1, 3}});
              PowerIteration p = PowerIteration.of(a);
              PowerIteration few = PowerIteration.of(a, Vector.of(1, 0), 1e-12, 3);
              return Canon.join(
                  Canon.num(p.eigenvalue()) + " " + Canon.vec(p.eigenvector()),
                  p.converged() + " " + p.iterations(),
                  few.converged() + " " + few.iterations() + " " + Canon.list(few.vectorHistory()),
                  Canon.nums(few.eigenvalueHistory()),
                  Canon.num(PowerIteration.DEFAULT_TOLERANCE)
                      + " "
                      + PowerIteration.DEFAULT_MAX_ITERATIONS);
            }));
    cases.add(
        new SmokeCase(
            "numeric.MarkovChain.stationary",
            () -> {
              MarkovChain m =
                  MarkovChain.ofRowStochastic(Matrix.of(new double[][] {{0.9, 0.1}, {0.5, 0.5}}));
              MarkovChain c =
                  MarkovChain.ofColumnStochastic(
                      Matrix.of(new double[][] {{0.9, 0.5}, {0.1, 0.5}}));
              return Canon.join(
                  m.states() + " " + Canon.mat(m.columnStochastic()),
                  Canon.vec(m.step(Vector.of(1, 0))),
                  Canon.list(m.iterate(Vector.of(1, 0), 3)),
                  Canon.vec(m.stationary()) + " " + Canon.vec(c.stationary()),
                  Canon.num(MarkovChain.TOLERANCE));
            }));
    cases.add(
        new SmokeCase(
            "numeric.PageRank.links",
            () -> {
              double[][] links = {{0, 1, 1, 0}, {0, 0, 1, 0}, {1, 0, 0, 1}, {0, 0, 1, 0}};
              PageRank r = PageRank.of(links, 0.85);
              return Canon.join(
                  Canon.vec(r.ranks()) + " " + r.converged() + " " + r.iterations(),
                  Canon.mat(r.googleMatrix()),
                  "history " + r.history().size(),
                  Canon.num(PageRank.TOLERANCE) + " " + PageRank.MAX_ITERATIONS);
            }));
    cases.add(
        new SmokeCase(
            "numeric.LeastSquares.line",
            () -> {
              Matrix x = Matrix.of(new double[][] {{1, 0}, {1, 1}, {1, 2}, {1, 3}});
              Vector y = Vector.of(1, 3, 4, 8);
              LeastSquares qr = LeastSquares.fit(x, y);
              LeastSquares normal = LeastSquares.fit(x, y, LeastSquares.Method.NORMAL_EQUATIONS);
              return Canon.join(
                  Canon.vec(qr.coefficients()) + " " + Canon.vec(normal.coefficients()),
                  Canon.vec(qr.fitted()) + " " + Canon.vec(qr.residuals()),
                  Canon.num(qr.residualSumOfSquares()) + " " + Canon.num(qr.rSquared()));
            }));
    cases.add(
        new SmokeCase(
            "numeric.Svd.jacobi",
            () -> {
              Svd s = Svd.of(Matrix.of(new double[][] {{3, 2, 2}, {2, 3, -2}}));
              Svd r = Svd.of(Matrix.of(new double[][] {{1, 2}, {2, 4}, {3, 6}}));
              return Canon.join(
                  Canon.nums(s.singularValues()) + " rank " + s.rank() + " " + s.converged(),
                  Canon.mat(s.s()) + " " + Canon.mat(s.u()) + " " + Canon.mat(s.v()),
                  Canon.num(s.conditionNumber()),
                  r.rank() + " " + Canon.num(r.conditionNumber()) + " " + Svd.MAX_SWEEPS);
            }));
    cases.add(
        new SmokeCase(
            "numeric.Pca.components",
            () -> {
              double[][] data = {
                {2.5, 2.4}, {0.5, 0.7}, {2.2, 2.9}, {1.9, 2.2}, {3.1, 3.0},
                {2.3, 2.7}, {2.0, 1.6}, {1.0, 1.1}, {1.5, 1.6}, {1.1, 0.9}
              };
              Pca p = Pca.of(data);
              return Canon.join(
                  Canon.vec(p.mean()) + " " + Canon.mat(p.covariance()) + " " + p.dimension(),
                  Canon.vec(p.component(0)) + " " + Canon.nums(p.explainedVariance()),
                  Canon.nums(p.explainedVarianceRatio()),
                  Canon.mat(p.project(1)),
                  Canon.mat(p.reconstruct(1)));
            }));
  }
}
