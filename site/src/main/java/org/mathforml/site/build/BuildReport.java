package org.mathforml.site.build;

import java.nio.file.Path;

/** What a successful build produced and what it cost. */
public final class BuildReport {
  private final Path output;
  private final StageTimes times;
  private final int cacheHits;
  private final int cacheMisses;

  BuildReport(Path output, StageTimes times, int cacheHits, int cacheMisses) {
    this.output = output;
    this.times = times;
    this.cacheHits = cacheHits;
    this.cacheMisses = cacheMisses;
  }

  public Path output() {
    return output;
  }

  public StageTimes times() {
    return times;
  }

  /** Cumulative over the builder's life. */
  public int cacheHits() {
    return cacheHits;
  }

  public int cacheMisses() {
    return cacheMisses;
  }
}
