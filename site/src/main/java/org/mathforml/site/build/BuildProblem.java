package org.mathforml.site.build;

/** One thing wrong with the author's input, located as {@code path:line}. */
public final class BuildProblem {
  private final String path;
  private final int line;
  private final String message;

  private BuildProblem(String path, int line, String message) {
    this.path = path;
    this.line = line;
    this.message = message;
  }

  /**
   * @param path the source path relative to the project, e.g. {@code content/a.md}
   * @param line 1-based line, or 0 when the problem concerns the whole file
   */
  public static BuildProblem of(String path, int line, String message) {
    return new BuildProblem(path, line, message);
  }

  public String path() {
    return path;
  }

  public int line() {
    return line;
  }

  public String message() {
    return message;
  }

  @Override
  public String toString() {
    return line > 0 ? path + ":" + line + ": " + message : path + ": " + message;
  }
}
