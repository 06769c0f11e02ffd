package org.mathforml.site.math;

import java.util.Locale;
import java.util.function.Supplier;

/** Chooses how KaTeX runs: Node when it is on the PATH, GraalJS otherwise. */
public final class KatexBackends {
  private KatexBackends() {}

  /** {@code auto}, {@code node} or {@code graal}. */
  public static Supplier<Katex> named(String name, Macros macros) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "node":
        return () -> NodeKatex.start(macros);
      case "graal":
        return () -> GraalKatex.start(macros);
      case "auto":
        return () -> NodeKatex.available() ? NodeKatex.start(macros) : GraalKatex.start(macros);
      default:
        throw new IllegalArgumentException(
            "unknown KaTeX backend '" + name + "' (use auto, node or graal)");
    }
  }
}
