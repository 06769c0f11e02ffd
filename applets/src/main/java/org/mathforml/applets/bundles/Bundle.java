package org.mathforml.applets.bundles;

import java.util.ArrayList;
import java.util.List;
import org.mathforml.applets.components.Dom;

/**
 * One browser bundle: its applets, its quiz runtime with generators, or both. The site reads these
 * on the JVM to give each page the smallest bundle that has what the page uses; TeaVM compiles each
 * into {@code META-INF/mathforml/NAME.js}.
 *
 * <p>The parts are objects so that TeaVM, which keeps only classes a bundle instantiates, leaves
 * the applet mounter and catalog out of a quiz-only bundle and the quiz runtime out of an
 * applets-only one.
 */
public final class Bundle {
  private final String name;
  private final Part[] parts;

  Bundle(String name, Part... parts) {
    this.name = name;
    this.parts = parts;
  }

  /** Mounts the page once the DOM is ready; no exception escapes. */
  void start() {
    try {
      if ("loading".equals(Dom.readyState())) {
        Dom.on(Dom.document(), "DOMContentLoaded", e -> mount());
      } else {
        mount();
      }
    } catch (Throwable e) {
      Dom.consoleError("mathforml " + name + ": start-up failed: " + e.getMessage());
    }
  }

  private void mount() {
    for (Part part : parts) {
      try {
        part.mount();
      } catch (Throwable e) {
        Dom.consoleError("mathforml " + name + ": " + e.getMessage());
      }
    }
  }

  /** File name without {@code .js}. */
  public String name() {
    return name;
  }

  /** The global function the bundle defines and its self-start tail calls. */
  public String global() {
    return SelfStart.global(name);
  }

  /** Applet names, in registration order. */
  public List<String> applets() {
    List<String> out = new ArrayList<>();
    for (Part part : parts) {
      if (part instanceof AppletsPart) {
        out.addAll(((AppletsPart) part).registry.names());
      }
    }
    return out;
  }

  /** Whether it carries the quiz runtime. */
  public boolean hasQuiz() {
    for (Part part : parts) {
      if (part instanceof QuizPart) {
        return true;
      }
    }
    return false;
  }

  /** Generator names, empty without the quiz runtime. */
  public List<String> generators() {
    List<String> out = new ArrayList<>();
    for (Part part : parts) {
      if (part instanceof QuizPart) {
        out.addAll(((QuizPart) part).generators.namesHere());
      }
    }
    return out;
  }
}
