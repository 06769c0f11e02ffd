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
 * is one class in {@code quiz.gen} and one line here, in its course's group. Names are unique
 * kebab-case. A browser bundle carries only the groups its main method adds ({@code
 * bundles.Bundles}); {@link #all()} is every group, for the site build and the tests.
 *
 * <p>No static state on purpose: TeaVM keeps only what a bundle reaches.
 */
public final class Generators {

  private final List<Generator> list = new ArrayList<>();

  /** Course 1 (linear algebra), weeks 1-4. */
  public static Generators linearAlgebra(Generators g) {
    // Week 1: systems of linear equations, singularity, dependence, determinants.
    g.add(new Det2x2());
    g.add(new Det3x3Nonzero());
    g.add(new System2x2Solve());
    g.add(new System2x2Classify());
    g.add(new RowsDependent3x3());
    // Week 2: elimination, rank, row echelon forms.
    g.add(new Rank3x3());
    g.add(new RowEchelon3x3());
    g.add(new Elimination3x3Solve());
    // Week 3: vectors, matrix products, inverses.
    g.add(new MatrixVectorProduct());
    g.add(new MatrixProduct2x2());
    g.add(new Inverse2x2());
    g.add(new VectorAngle());
    // Week 4: determinants of products and inverses, eigenvalues and eigenvectors.
    g.add(new DetProduct());
    g.add(new DetInverse());
    g.add(new Eigenvalues2x2());
    g.add(new EigenvectorCheck());
    return g;
  }

  /** Course 2 (calculus): derivatives by the power, product and chain rules. */
  public static Generators calculus(Generators g) {
    g.add(new DerivativePolynomial());
    g.add(new DerivativeChain());
    return g;
  }

  /** Course 3 (statistics): test statistics with worked solutions. */
  public static Generators statistics(Generators g) {
    g.add(new WelchT());
    g.add(new ZTestMean());
    g.add(new OneSampleT());
    return g;
  }

  /** Every group, in course order. */
  public static Generators all() {
    Generators g = new Generators();
    linearAlgebra(g);
    calculus(g);
    statistics(g);
    return g;
  }

  /** The generator called {@code name} in every group, or null (JVM side). */
  public static Generator find(String name) {
    return all().named(name);
  }

  /** All names of every group, in course order (JVM side). */
  public static List<String> names() {
    return all().namesHere();
  }

  /** Adds a generator; a name may appear once. */
  public void add(Generator generator) {
    if (named(generator.name()) != null) {
      throw new IllegalStateException("generator \"" + generator.name() + "\" added twice");
    }
    list.add(generator);
  }

  /** The generator called {@code name} in this set, or null. */
  public Generator named(String name) {
    for (Generator g : list) {
      if (g.name().equals(name)) {
        return g;
      }
    }
    return null;
  }

  /** The names in this set, in order. */
  public List<String> namesHere() {
    List<String> names = new ArrayList<>();
    for (Generator g : list) {
      names.add(g.name());
    }
    return Collections.unmodifiableList(names);
  }

  /** The generators in this set, in order. */
  public List<Generator> list() {
    return Collections.unmodifiableList(list);
  }
}
