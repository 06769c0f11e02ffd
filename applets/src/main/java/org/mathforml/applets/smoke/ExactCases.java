package org.mathforml.applets.smoke;

import java.util.ArrayList;
import java.util.List;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.LinearSystem;
import org.mathforml.mathlib.exact.CofactorExpansion;
import org.mathforml.mathlib.exact.CofactorTerm;
import org.mathforml.mathlib.exact.Determinant;
import org.mathforml.mathlib.exact.EchelonForm;
import org.mathforml.mathlib.exact.Elimination;
import org.mathforml.mathlib.exact.EliminationDeterminant;
import org.mathforml.mathlib.exact.FractionVector;
import org.mathforml.mathlib.exact.Independence;
import org.mathforml.mathlib.exact.Inverse;
import org.mathforml.mathlib.exact.MatrixFormat;
import org.mathforml.mathlib.exact.ParametricSolution;
import org.mathforml.mathlib.exact.Rank;
import org.mathforml.mathlib.exact.Reduction;
import org.mathforml.mathlib.exact.RowOperation;
import org.mathforml.mathlib.exact.Span;
import org.mathforml.mathlib.exact.SpanMembership;
import org.mathforml.mathlib.exact.Step;
import org.mathforml.mathlib.exact.Subspaces;

/** Smoke cases for {@code mathlib.exact}: row reduction with steps, inverses, subspaces. */
final class ExactCases {

  private ExactCases() {}

  private static final String A = "2 1 -1; -3 -1 2; -2 1 2";
  private static final String SINGULAR = "1 2 3; 4 5 6; 7 8 9";

  static void addTo(List<SmokeCase> cases) {
    cases.add(
        new SmokeCase(
            "exact.Determinant.cofactors",
            () -> {
              FractionMatrix m = FractionMatrix.parse(A);
              CofactorExpansion row = Determinant.alongRow(m, 0);
              CofactorExpansion col = CofactorExpansion.alongColumn(m, 2);
              StringBuilder terms = new StringBuilder();
              for (CofactorTerm t : row.terms()) {
                terms.append(t.row()).append(',').append(t.column()).append(':').append(t.entry());
                terms.append(" s").append(t.sign()).append(' ').append(t.hasMinor());
                terms.append(' ').append(t.minor()).append(" det ").append(t.minorDeterminant());
                terms.append(" c ").append(t.cofactor()).append(" v ").append(t.value());
                terms.append("; ");
              }
              return Canon.join(
                  Determinant.of(m).toString(),
                  row.value() + " " + row.isAlongRow() + " " + row.index(),
                  terms.toString(),
                  col.value() + " " + col.isAlongRow() + " max " + CofactorExpansion.MAX_ORDER,
                  row.toLatex(),
                  Determinant.alongColumn(m, 1).value().toString());
            }));
    cases.add(
        new SmokeCase(
            "exact.EliminationDeterminant.steps",
            () -> {
              FractionMatrix m = FractionMatrix.parse("0 2 1; 1 1 1; 2 1 3");
              EliminationDeterminant d = Determinant.byElimination(m);
              EliminationDeterminant e = EliminationDeterminant.of(FractionMatrix.parse(SINGULAR));
              return Canon.join(
                  d.value() + " swaps " + d.swaps() + " steps " + d.reduction().steps().size(),
                  d.toLatex(),
                  e.value().toString());
            }));
    cases.add(
        new SmokeCase(
            "exact.Elimination.reduction",
            () -> {
              FractionMatrix m = FractionMatrix.parse("1 2 -1 3; 2 4 1 0; 3 6 0 3");
              Reduction echelon = Elimination.toEchelon(m);
              Reduction reduced = Elimination.toReduced(m);
              StringBuilder steps = new StringBuilder();
              for (Step s : reduced.steps()) {
                steps.append(s.operation()).append(" -> ").append(s.matrix()).append("; ");
              }
              Step first = reduced.steps().get(0);
              return Canon.join(
                  echelon.result() + " reduced? " + echelon.isReduced(),
                  reduced.result() + " pivots " + Canon.ints(reduced.pivotColumns()),
                  "rank " + reduced.rank() + " swaps " + reduced.swaps(),
                  "det factor " + reduced.determinantFactor() + " split " + reduced.split(),
                  steps.toString(),
                  first.toLatex(),
                  first.toString(),
                  reduced.input().equals(m) + "",
                  reduced.toLatex(),
                  echelon.toString());
            }));
    cases.add(
        new SmokeCase(
            "exact.Elimination.augmented",
            () -> {
              Reduction r =
                  Elimination.toReducedAugmented(
                      FractionMatrix.parse("1 2; 3 4"), FractionMatrix.identity(2));
              return Canon.join(r.result().toString(), "split " + r.split(), r.toLatex());
            }));
    cases.add(
        new SmokeCase(
            "exact.EchelonForm.checks",
            () -> {
              FractionMatrix m = FractionMatrix.parse("1 2 -1; 2 4 1; 3 6 0");
              FractionMatrix ref = m.rowEchelon();
              FractionMatrix rref = m.reducedRowEchelon();
              return Canon.join(
                  EchelonForm.leadingColumn(rref, 1) + " " + EchelonForm.leadingColumn(rref, 2),
                  EchelonForm.isRowEchelon(ref) + " " + EchelonForm.isRowEchelon(m),
                  EchelonForm.isReducedRowEchelon(rref)
                      + " "
                      + EchelonForm.isReducedRowEchelon(ref),
                  EchelonForm.isRowEquivalent(m, rref) + "",
                  EchelonForm.isRowEchelonFormOf(ref, m) + "",
                  EchelonForm.isReducedRowEchelonFormOf(rref, m) + "");
            }));
    cases.add(
        new SmokeCase(
            "exact.Inverse.gaussJordan",
            () -> {
              Inverse inv = Inverse.of(FractionMatrix.parse(A));
              Inverse sing = Inverse.of(FractionMatrix.parse(SINGULAR));
              return Canon.join(
                  inv.isSingular() + " " + inv.inverse(),
                  "steps " + inv.steps().size() + " " + inv.reduction().rank(),
                  inv.toLatex(),
                  sing.isSingular() + " failed column " + sing.failedColumn(),
                  sing.toLatex());
            }));
    cases.add(
        new SmokeCase(
            "exact.FractionVector.algebra",
            () -> {
              FractionVector u = FractionVector.ofIntegers(1, -2, 3);
              FractionVector v = FractionVector.of(Fraction.of(1, 2), Fraction.ONE, Fraction.ZERO);
              FractionMatrix m = FractionMatrix.parse(A);
              return Canon.join(
                  u.add(v) + " " + u.subtract(v) + " " + u.scale(Fraction.of(-1, 3)),
                  u.dot(v) + " " + u.size() + " " + u.get(2),
                  FractionVector.zero(2).isZero() + " " + u.isZero(),
                  FractionVector.column(m, 1).toString(),
                  FractionVector.times(m, u).toString(),
                  Canon.fractions(v.toArray()),
                  v.toLatex(),
                  v.toLatexTuple(),
                  u.equals(FractionVector.ofIntegers(1, -2, 3)) + "");
            }));
    cases.add(
        new SmokeCase(
            "exact.Independence.dependency",
            () -> {
              List<FractionVector> vs = new ArrayList<>();
              vs.add(FractionVector.ofIntegers(1, 2, 3));
              vs.add(FractionVector.ofIntegers(4, 5, 6));
              vs.add(FractionVector.ofIntegers(7, 8, 9));
              Independence dep = Independence.test(vs);
              Independence ind = Independence.test(vs.subList(0, 2));
              return Canon.join(
                  dep.isIndependent() + " rank " + dep.rank() + " of " + dep.count(),
                  String.valueOf(dep.dependency()),
                  dep.toLatex(),
                  ind.isIndependent() + " rank " + ind.rank());
            }));
    cases.add(
        new SmokeCase(
            "exact.MatrixFormat.latexMathml",
            () -> {
              FractionMatrix m = FractionMatrix.parse("1 -1/2; 3 4");
              return Canon.join(
                  MatrixFormat.latex(m),
                  MatrixFormat.augmentedLatex(m, 1),
                  MatrixFormat.augmentedLatex(m, FractionMatrix.identity(2)),
                  MatrixFormat.mathml(m),
                  MatrixFormat.augmentedMathml(m, 1));
            }));
    cases.add(
        new SmokeCase(
            "exact.ParametricSolution.solve",
            () -> {
              ParametricSolution p =
                  ParametricSolution.solve(
                      FractionMatrix.parse("1 2 -1 3; 2 4 1 0"), FractionVector.ofIntegers(2, 7));
              ParametricSolution none =
                  ParametricSolution.solve(
                      LinearSystem.ofAugmented(FractionMatrix.parse("1 1 2; 2 2 5")));
              return Canon.join(
                  p.kind() + " " + p.isConsistent() + " rank " + p.rank() + "/" + p.unknowns(),
                  p.particular() + " dirs " + Canon.list(p.directions()),
                  "free " + Canon.ints(p.freeVariables()),
                  p.pointAt(Fraction.ONE, Fraction.of(-2)).toString(),
                  p.toLatex(),
                  p.toString(),
                  "steps " + p.reduction().steps().size(),
                  none.kind() + " " + none.isConsistent() + " " + none.toString());
            }));
    cases.add(
        new SmokeCase(
            "exact.Rank.nullity",
            () -> {
              FractionMatrix m = FractionMatrix.parse(SINGULAR);
              return Rank.of(m) + " " + Rank.nullity(m) + " " + Rank.of(FractionMatrix.parse(A));
            }));
    cases.add(
        new SmokeCase(
            "exact.RowOperation.elementary",
            () -> {
              FractionMatrix m = FractionMatrix.parse("1 2; 3 4");
              RowOperation swap = RowOperation.swap(0, 1);
              RowOperation scale = RowOperation.scale(1, Fraction.of(-1, 2));
              RowOperation add = RowOperation.addMultiple(1, 0, Fraction.of(-3));
              return Canon.join(
                  swap.kind() + " " + swap.target() + " " + swap.source() + " " + swap.toLatex(),
                  scale.kind() + " " + scale.factor() + " det " + scale.determinantFactor(),
                  add.apply(m).toString(),
                  add.elementaryMatrix(2).toString(),
                  add.inverse().toString() + " " + scale.inverse().toLatex(),
                  swap.determinantFactor()
                      + " "
                      + add.equals(RowOperation.addMultiple(1, 0, Fraction.of(-3))),
                  RowOperation.Kind.values().length + "");
            }));
    cases.add(
        new SmokeCase(
            "exact.Span.membership",
            () -> {
              List<FractionVector> vs = new ArrayList<>();
              vs.add(FractionVector.ofIntegers(1, 0, 1));
              vs.add(FractionVector.ofIntegers(0, 1, 1));
              vs.add(FractionVector.ofIntegers(1, 1, 2));
              SpanMembership in = Span.contains(vs, FractionVector.ofIntegers(2, 3, 5));
              SpanMembership out = Span.contains(vs, FractionVector.ofIntegers(0, 0, 1));
              return Canon.join(
                  in.contains() + " " + in.coefficients() + " " + in.solution().kind(),
                  in.toLatex(),
                  out.contains() + " " + out.solution().kind(),
                  out.toLatex(),
                  Canon.list(Span.basis(vs)) + " " + Canon.ints(Span.basisIndices(vs)),
                  "dim " + Span.dimension(vs));
            }));
    cases.add(
        new SmokeCase(
            "exact.Subspaces.fundamental",
            () -> {
              FractionMatrix m = FractionMatrix.parse("1 2 -1 3; 2 4 1 0; 3 6 0 3");
              return Canon.join(
                  Canon.list(Subspaces.nullSpace(m)),
                  Canon.list(Subspaces.columnSpace(m)),
                  Canon.list(Subspaces.rowSpace(m)));
            }));
  }
}
