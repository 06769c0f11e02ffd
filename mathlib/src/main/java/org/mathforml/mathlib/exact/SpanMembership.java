package org.mathforml.mathlib.exact;

import org.mathforml.mathlib.exact.internal.Tex;

/**
 * The answer to "is v in span(v_1, ..., v_k)?" from {@link Span#contains}, with the worked solution
 * of Vc = v. Immutable.
 */
public final class SpanMembership {

  private final ParametricSolution solution;

  SpanMembership(ParametricSolution solution) {
    this.solution = solution;
  }

  /** True if v is a linear combination of the vectors. */
  public boolean contains() {
    return solution.isConsistent();
  }

  /**
   * Coefficients c with v = c_1 v_1 + ... + c_k v_k (free ones set to 0 when there are many).
   *
   * @throws IllegalStateException if v is not in the span
   */
  public FractionVector coefficients() {
    if (!contains()) {
      throw new IllegalStateException("v is not in the span");
    }
    return solution.particular();
  }

  /** The solution of Vc = v with its recorded reduction of [V | v]. */
  public ParametricSolution solution() {
    return solution;
  }

  /**
   * Returns "\mathbf{v} = 2\mathbf{v}_1 - \mathbf{v}_2", or "\mathbf{v} \notin
   * \operatorname{span}(\mathbf{v}_1, \mathbf{v}_2)".
   */
  public String toLatex() {
    if (!contains()) {
      int k = solution.unknowns();
      StringBuilder sb = new StringBuilder("\\mathbf{v} \\notin \\operatorname{span}(");
      for (int i = 0; i < k; i++) {
        sb.append(i > 0 ? ", " : "").append("\\mathbf{v}_{").append(i + 1).append('}');
      }
      return sb.append(')').toString();
    }
    return "\\mathbf{v} = " + Tex.combination(coefficients().toArray(), "\\mathbf{v}");
  }
}
