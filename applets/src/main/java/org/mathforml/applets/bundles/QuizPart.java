package org.mathforml.applets.bundles;

import org.mathforml.applets.quiz.Generators;
import org.mathforml.applets.quiz.ui.QuizMounter;

/** Mounts every {@code section.quiz}, with the bundle's question generators. */
final class QuizPart implements Part {
  final Generators generators;

  QuizPart(Generators generators) {
    this.generators = generators;
  }

  @Override
  public void mount() {
    QuizMounter.mountAll(generators);
  }
}
