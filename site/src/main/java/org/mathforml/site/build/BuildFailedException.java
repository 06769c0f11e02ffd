package org.mathforml.site.build;

import java.util.List;

/** The build stopped because the input has problems; nothing was published. */
public final class BuildFailedException extends RuntimeException {
  private final transient List<BuildProblem> problems;

  public BuildFailedException(List<BuildProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  public List<BuildProblem> problems() {
    return problems;
  }

  private static String describe(List<BuildProblem> problems) {
    StringBuilder text = new StringBuilder();
    for (BuildProblem p : problems) {
      text.append(p).append('\n');
    }
    text.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
    return text.toString();
  }
}
