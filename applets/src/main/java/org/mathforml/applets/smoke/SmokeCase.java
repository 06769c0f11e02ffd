package org.mathforml.applets.smoke;

/**
 * One named smoke case: calls real mathlib API on fixed inputs and returns a canonical string (see
 * {@link Canon}) that must come out the same on the JVM, in TeaVM's JavaScript and in its Wasm-GC
 * output.
 */
public final class SmokeCase {

  /** The work of a case; may throw, the runner reports the exception for this case only. */
  public interface Body {
    String run();
  }

  private final String name;
  private final Body body;

  SmokeCase(String name, Body body) {
    this.name = name;
    this.body = body;
  }

  /** Unique name, {@code package.Class.what}, e.g. {@code numeric.LU.solve}. */
  public String name() {
    return name;
  }

  /** Runs the case; exceptions propagate to the caller. */
  public String run() {
    return body.run();
  }
}
