package org.mathforml.site.directive.applet;

import java.util.Map;
import org.mathforml.applets.catalog.MatrixSyntax;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.Elimination;
import org.mathforml.mathlib.exact.FractionVector;
import org.mathforml.mathlib.exact.ParametricSolution;
import org.mathforml.mathlib.exact.Reduction;
import org.mathforml.mathlib.exact.Step;
import org.mathforml.site.markdown.Html;

/**
 * The static stand-in for {@code row-reduction}: the starting matrix, mathlib's steps as a list,
 * the reduced row echelon form and, for an augmented matrix, the solution, all computed at build
 * time.
 */
final class RowReductionFallback {
  private RowReductionFallback() {}

  static String render(Map<String, String> attributes) {
    MatrixSyntax parsed = MatrixSyntax.parse(attributes.get("matrix"));
    String[][] text = parsed.entries();
    Fraction[][] rows = new Fraction[text.length][];
    for (int i = 0; i < text.length; i++) {
      rows[i] = new Fraction[text[i].length];
      for (int j = 0; j < text[i].length; j++) {
        rows[i][j] = Fraction.parse(text[i][j]);
      }
    }
    FractionMatrix start = FractionMatrix.of(rows);
    int split = parsed.split();
    Reduction reduction;
    String solution = "";
    String rank;
    if (split > 0) {
      Fraction[][] a = new Fraction[rows.length][split];
      Fraction[] b = new Fraction[rows.length];
      for (int i = 0; i < rows.length; i++) {
        System.arraycopy(rows[i], 0, a[i], 0, split);
        b[i] = rows[i][split];
      }
      ParametricSolution s = ParametricSolution.solve(FractionMatrix.of(a), FractionVector.of(b));
      reduction = s.reduction();
      rank = "rank of A: " + s.rank();
      solution =
          switch (s.kind()) {
            case UNIQUE -> "One solution: " + s + ".";
            case NONE -> "No solution: a row of the reduced matrix reads 0 = 1.";
            case INFINITE -> "Infinitely many solutions: " + s + ".";
          };
    } else {
      reduction = Elimination.toReduced(start);
      rank = "rank " + reduction.rank();
    }
    StringBuilder out = new StringBuilder();
    out.append("<p class=\"applet-fallback-caption\">Start:</p>");
    out.append(table(start, split));
    out.append("<ol class=\"applet-history\">");
    for (Step s : reduction.steps()) {
      out.append("<li>").append(Html.escape(s.operation().toString())).append("</li>");
    }
    out.append("</ol>");
    out.append("<p class=\"applet-fallback-caption\">Reduced row echelon form (")
        .append(rank)
        .append("):</p>");
    out.append(table(reduction.result(), split));
    if (!solution.isEmpty()) {
      out.append("<p class=\"applet-fallback-caption\">")
          .append(Html.escape(solution))
          .append("</p>");
    }
    return out.toString();
  }

  private static String table(FractionMatrix m, int split) {
    StringBuilder sb = new StringBuilder("<table class=\"applet-matrix\"><tbody>");
    for (int i = 0; i < m.rows(); i++) {
      sb.append("<tr><th scope=\"row\">R").append(i + 1).append("</th>");
      for (int j = 0; j < m.cols(); j++) {
        sb.append(j == split ? "<td class=\"applet-matrix-bar\">" : "<td>")
            .append(Html.escape(m.get(i, j).toString()))
            .append("</td>");
      }
      sb.append("</tr>");
    }
    return sb.append("</tbody></table>").toString();
  }
}
