package org.mathforml.site.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems from every stage so one build reports all of them at once. */
public final class Problems {
  private final List<BuildProblem> list = new ArrayList<>();

  public synchronized void add(String path, int line, String message) {
    list.add(BuildProblem.of(path, line, message));
  }

  public synchronized void add(BuildProblem problem) {
    list.add(problem);
  }

  public synchronized boolean isEmpty() {
    return list.isEmpty();
  }

  public synchronized List<BuildProblem> sorted() {
    List<BuildProblem> copy = new ArrayList<>(list);
    copy.sort(Comparator.comparing(BuildProblem::path).thenComparingInt(BuildProblem::line));
    return copy;
  }

  /** Throws when anything was reported; the message lists every problem, one per line. */
  public void throwIfAny() {
    if (!isEmpty()) {
      throw new BuildFailedException(sorted());
    }
  }
}
