package org.mathforml.applets.quiz;

/**
 * Draws one variant of a parametric question from a seed. Implementations are small final classes
 * with a public no-argument constructor, listed once in {@link Generators}; they must be
 * deterministic (use only {@code Rng.seeded(seed)} for randomness, no clocks, no HashMap order) so
 * the build and the browser draw the same variant for the same seed.
 */
public interface Generator {

  /** The kebab-case name used in Markdown, e.g. "det-2x2". */
  String name();

  /** One line for authors: what the question asks. */
  String description();

  /** The variant for {@code seed}; the same seed gives the same variant on every platform. */
  Variant generate(int seed);
}
