package org.mathforml.mathlib.special;

import static org.junit.jupiter.api.Assertions.fail;

/** Compares with a mixed tolerance and remembers the worst relative error, for the report. */
final class ErrorTracker {
  private final String name;
  private final double relTol;
  private final double absTol;
  private double maxRel;
  private String worst = "";

  ErrorTracker(String name, double relTol, double absTol) {
    this.name = name;
    this.relTol = relTol;
    this.absTol = absTol;
  }

  void check(double expected, double actual, String where) {
    if (Double.isNaN(expected) || Double.isInfinite(expected)) {
      if (Double.compare(expected, actual) != 0) {
        fail(name + " at " + where + ": expected " + expected + " got " + actual);
      }
      return;
    }
    double diff = Math.abs(expected - actual);
    double rel = expected == 0 ? diff : diff / Math.abs(expected);
    if (diff > absTol && rel > maxRel) {
      maxRel = rel;
      worst = where;
    }
    if (!(diff <= absTol || rel <= relTol)) {
      fail(name + " at " + where + ": expected " + expected + " got " + actual + " rel " + rel);
    }
  }

  void report() {
    System.out.println("[accuracy] " + name + ": max relative error " + maxRel + " at " + worst);
  }
}
