package org.mathforml.site.build;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall time spent per named stage, and simple counters, for the benchmark report. */
public final class StageTimes {
  private final Map<String, Long> nanos = new LinkedHashMap<>();
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  public synchronized void add(String stage, long elapsedNanos) {
    nanos.merge(stage, elapsedNanos, Long::sum);
  }

  public synchronized void count(String name) {
    counts.merge(name, 1, Integer::sum);
  }

  public synchronized Map<String, Long> millis() {
    Map<String, Long> out = new LinkedHashMap<>();
    nanos.forEach((k, v) -> out.put(k, v / 1_000_000));
    return out;
  }

  public synchronized Map<String, Integer> counts() {
    return new LinkedHashMap<>(counts);
  }
}
