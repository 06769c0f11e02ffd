package org.mathforml.applets.rowreduce;

import java.util.ArrayList;
import java.util.List;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.Solution;
import org.mathforml.mathlib.exact.EchelonForm;
import org.mathforml.mathlib.exact.Elimination;
import org.mathforml.mathlib.exact.FractionVector;
import org.mathforml.mathlib.exact.ParametricSolution;
import org.mathforml.mathlib.exact.Rank;
import org.mathforml.mathlib.exact.Reduction;
import org.mathforml.mathlib.exact.RowOperation;

/**
 * The state of the row reduction trainer, without any DOM: the starting matrix, the operations the
 * reader applied (each checked and applied by mathlib's {@link RowOperation}), undo, and what the
 * current matrix shows (echelon form reached, pivots). Rank and solution are properties of the
 * starting matrix, which row operations preserve. Plain Java: tested on the JVM.
 */
final class Trainer {

  /** Where the reader stands. */
  enum State {
    WORKING("working"),
    ECHELON("echelon"),
    REDUCED("reduced");

    final String hook;

    State(String hook) {
      this.hook = hook;
    }
  }

  private final FractionMatrix start;
  private final int split;
  private final List<RowOperation> operations = new ArrayList<>();
  private final List<FractionMatrix> history = new ArrayList<>();
  private final int rank;
  private final int augmentedRank;
  private final ParametricSolution solution;
  private Reduction replay;

  Trainer(FractionMatrix start, int split) {
    this.start = start;
    this.split = split;
    history.add(start);
    if (split > 0) {
      FractionMatrix coefficients = coefficients();
      rank = Rank.of(coefficients);
      augmentedRank = Rank.of(start);
      solution = ParametricSolution.solve(coefficients, constants());
    } else {
      rank = Rank.of(start);
      augmentedRank = rank;
      solution = null;
    }
  }

  FractionMatrix start() {
    return start;
  }

  /** Columns left of the bar, or -1. */
  int split() {
    return split;
  }

  FractionMatrix current() {
    return history.get(history.size() - 1);
  }

  List<RowOperation> operations() {
    return operations;
  }

  /**
   * Checks and applies one operation. Returns null when applied, otherwise why it was refused (the
   * matrix is then unchanged).
   *
   * @param kind the operation; target is Ri, source Rj (0-based), factor k (may be null for a swap)
   */
  String apply(RowOperation.Kind kind, int target, int source, Fraction factor) {
    String refused = refusal(kind, target, source, factor);
    if (refused != null) {
      return refused;
    }
    RowOperation op;
    if (kind == RowOperation.Kind.SWAP) {
      op = RowOperation.swap(target, source);
    } else if (kind == RowOperation.Kind.SCALE) {
      op = RowOperation.scale(target, factor);
    } else {
      op = RowOperation.addMultiple(target, source, factor);
    }
    FractionMatrix next;
    try {
      next = op.apply(current());
    } catch (ArithmeticException e) {
      return "The numbers would grow too large to keep exactly; undo a step or try another one.";
    }
    operations.add(op);
    history.add(next);
    return null;
  }

  private String refusal(RowOperation.Kind kind, int target, int source, Fraction factor) {
    String ri = "R" + (target + 1);
    String rj = "R" + (source + 1);
    if (kind == RowOperation.Kind.SWAP) {
      return target == source
          ? "Refused: swapping " + ri + " with itself changes nothing. Pick two different rows."
          : null;
    }
    if (factor == null) {
      return "Refused: k must be a number such as 3, -1/2 or 0.25.";
    }
    if (kind == RowOperation.Kind.SCALE) {
      if (factor.isZero()) {
        return "Refused: scaling "
            + ri
            + " by 0 wipes out the row and loses information (it cannot be undone). "
            + "Pick a non-zero k.";
      }
      return factor.equals(Fraction.ONE)
          ? "Refused: scaling " + ri + " by 1 changes nothing. Pick another k."
          : null;
    }
    if (target == source) {
      return "Refused: adding a multiple of "
          + ri
          + " to itself is not a row operation (with k = -1 it wipes out the row and loses "
          + "information). Pick two different rows.";
    }
    return factor.isZero()
        ? "Refused: adding 0 times " + rj + " to " + ri + " changes nothing. Pick a non-zero k."
        : null;
  }

  /** Undoes the last operation; false when there is nothing to undo. */
  boolean undo() {
    if (operations.isEmpty()) {
      return false;
    }
    operations.remove(operations.size() - 1);
    history.remove(history.size() - 1);
    return true;
  }

  /** Back to the starting matrix. */
  void reset() {
    while (undo()) {
      // one step at a time
    }
  }

  State state() {
    FractionMatrix m = current();
    if (EchelonForm.isReducedRowEchelon(m)) {
      return State.REDUCED;
    }
    return EchelonForm.isRowEchelon(m) ? State.ECHELON : State.WORKING;
  }

  /** True at (i, j) when the current matrix is in row echelon form and (i, j) is a pivot. */
  boolean isPivot(int i, int j) {
    return state() != State.WORKING && EchelonForm.leadingColumn(current(), i) == j;
  }

  /** Rank of the coefficient part (of the whole matrix when it is not augmented). */
  int rank() {
    return rank;
  }

  /** Rank of the whole matrix [A | b] (equal to rank() when not augmented). */
  int augmentedRank() {
    return augmentedRank;
  }

  /** The solution of the system, or null when the matrix is not augmented. */
  ParametricSolution solution() {
    return solution;
  }

  /** Hook value: unique, none, infinite, or "" when not augmented. */
  String solutionKind() {
    if (solution == null) {
      return "";
    }
    if (solution.kind() == Solution.Kind.UNIQUE) {
      return "unique";
    }
    return solution.kind() == Solution.Kind.NONE ? "none" : "infinite";
  }

  /** mathlib's own reduction to reduced row echelon form, computed once. */
  Reduction replay() {
    if (replay == null) {
      replay = solution != null ? solution.reduction() : Elimination.toReduced(start);
    }
    return replay;
  }

  private FractionMatrix coefficients() {
    Fraction[][] a = new Fraction[start.rows()][split];
    for (int i = 0; i < start.rows(); i++) {
      for (int j = 0; j < split; j++) {
        a[i][j] = start.get(i, j);
      }
    }
    return FractionMatrix.of(a);
  }

  private FractionVector constants() {
    Fraction[] b = new Fraction[start.rows()];
    for (int i = 0; i < start.rows(); i++) {
      b[i] = start.get(i, split);
    }
    return FractionVector.of(b);
  }
}
