package org.mathforml.site.build;

import java.nio.file.Path;

/** Where to read, where to write, and how. */
public final class BuildOptions {
  private final Path projectRoot;
  private Path output;
  private Path katexCache;
  private String katexBackend = "auto";
  private boolean zip = true;
  private boolean strictApplets;

  private BuildOptions(Path projectRoot) {
    this.projectRoot = projectRoot.toAbsolutePath().normalize();
    this.output = this.projectRoot.resolve("target/site");
    this.katexCache = this.projectRoot.resolve(".cache/katex");
  }

  public static BuildOptions forProject(Path projectRoot) {
    return new BuildOptions(projectRoot);
  }

  public BuildOptions output(Path dir) {
    this.output = dir;
    return this;
  }

  public BuildOptions katexCache(Path dir) {
    this.katexCache = dir;
    return this;
  }

  /** auto (Node if on the PATH, else GraalJS), node or graal. */
  public BuildOptions katexBackend(String name) {
    this.katexBackend = name;
    return this;
  }

  public BuildOptions zip(boolean zip) {
    this.zip = zip;
    return this;
  }

  /** Ship the TeaVM strict build of the applets (real Java exceptions; used by browser tests). */
  public BuildOptions strictApplets(boolean strict) {
    this.strictApplets = strict;
    return this;
  }

  public Path projectRoot() {
    return projectRoot;
  }

  public Path output() {
    return output;
  }

  public Path katexCache() {
    return katexCache;
  }

  public String katexBackend() {
    return katexBackend;
  }

  public boolean zip() {
    return zip;
  }

  public boolean strictApplets() {
    return strictApplets;
  }
}
