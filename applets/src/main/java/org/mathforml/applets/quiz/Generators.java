package org.mathforml.applets.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.mathforml.applets.quiz.gen.DerivativeChain;
import org.mathforml.applets.quiz.gen.DerivativePolynomial;
import org.mathforml.applets.quiz.gen.Det2x2;
import org.mathforml.applets.quiz.gen.Det3x3Nonzero;
import org.mathforml.applets.quiz.gen.DetInverse;
import org.mathforml.applets.quiz.gen.DetProduct;
import org.mathforml.applets.quiz.gen.Eigenvalues2x2;
import org.mathforml.applets.quiz.gen.EigenvectorCheck;
import org.mathforml.applets.quiz.gen.Elimination3x3Solve;
import org.mathforml.applets.quiz.gen.Inverse2x2;
import org.mathforml.applets.quiz.gen.MatrixProduct2x2;
import org.mathforml.applets.quiz.gen.MatrixVectorProduct;
import org.mathforml.applets.quiz.gen.OneSampleT;
import org.mathforml.applets.quiz.gen.Rank3x3;
import org.mathforml.applets.quiz.gen.RowEchelon3x3;
import org.mathforml.applets.quiz.gen.RowsDependent3x3;
import org.mathforml.applets.quiz.gen.System2x2Classify;
import org.mathforml.applets.quiz.gen.System2x2Solve;
import org.mathforml.applets.quiz.gen.VectorAngle;
import org.mathforml.applets.quiz.gen.WelchT;
import org.mathforml.applets.quiz.gen.ZTestMean;

/**
 * The one list of question generators, in the spirit of KaTeX's function table: adding a generator
 * is one class in {@code quiz.gen} and one line here. Names are unique kebab-case.
 */
public final class Generators {

  private static final List<Generator> ALL = new ArrayList<>();

  static {
    // Course 1, week 1: systems of linear equations, singularity, dependence, determinants.
    ALL.add(new Det2x2());
    ALL.add(new Det3x3Nonzero());
    ALL.add(new System2x2Solve());
    ALL.add(new System2x2Classify());
    ALL.add(new RowsDependent3x3());
    // Course 1, week 2: elimination, rank, row echelon forms.
    ALL.add(new Rank3x3());
    ALL.add(new RowEchelon3x3());
    ALL.add(new Elimination3x3Solve());
    // Course 1, week 3: vectors, matrix products, inverses.
    ALL.add(new MatrixVectorProduct());
    ALL.add(new MatrixProduct2x2());
    ALL.add(new Inverse2x2());
    ALL.add(new VectorAngle());
    // Course 1, week 4: determinants of products and inverses, eigenvalues and eigenvectors.
    ALL.add(new DetProduct());
    ALL.add(new DetInverse());
    ALL.add(new Eigenvalues2x2());
    ALL.add(new EigenvectorCheck());
    // Course 2 (calculus): derivatives by the power, product and chain rules.
    ALL.add(new DerivativePolynomial());
    ALL.add(new DerivativeChain());
    // Course 3 (statistics): test statistics with worked solutions.
    ALL.add(new WelchT());
    ALL.add(new ZTestMean());
    ALL.add(new OneSampleT());
  }

  private Generators() {}

  /** The generator called {@code name}, or null. */
  public static Generator find(String name) {
    for (Generator g : ALL) {
      if (g.name().equals(name)) {
        return g;
      }
    }
    return null;
  }

  /** All names in registration order. */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Generator g : ALL) {
      names.add(g.name());
    }
    return Collections.unmodifiableList(names);
  }

  /** All generators in registration order. */
  public static List<Generator> all() {
    return Collections.unmodifiableList(ALL);
  }
}
