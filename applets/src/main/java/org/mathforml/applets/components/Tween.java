package org.mathforml.applets.components;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * A short animation from t = 0 to t = 1 on requestAnimationFrame, eased. With
 * prefers-reduced-motion (see {@link Palette#reducedMotion()}) it calls the frame once with t = 1:
 * the change happens without movement. Starting a new tween on the same object cancels the old.
 */
public final class Tween {

  /** Draws the state at t in [0, 1]. */
  @JSFunctor
  public interface Frame extends JSObject {
    void at(double t);
  }

  /** Whether the tween is still the latest one started. */
  @JSFunctor
  interface Alive extends JSObject {
    boolean alive();
  }

  private int generation;

  /** Runs frame over about ms milliseconds (at once with reduced motion). */
  public void run(double ms, Frame frame) {
    generation++;
    if (Palette.reducedMotion() || ms <= 0) {
      frame.at(1);
      return;
    }
    final int mine = generation;
    start(ms, frame, () -> generation == mine);
  }

  /** Cancels a running tween (its last frame is not drawn). */
  public void cancel() {
    generation++;
  }

  @JSBody(
      params = {"ms", "frame", "alive"},
      script =
          "var t0 = null;"
              + "function step(now) {"
              + "  if (!alive()) return;"
              + "  if (t0 === null) t0 = now;"
              + "  var t = Math.min(1, (now - t0) / ms);"
              + "  frame(t < 1 ? t * t * (3 - 2 * t) : 1);"
              + "  if (t < 1) requestAnimationFrame(step);"
              + "}"
              + "requestAnimationFrame(step);")
  private static native void start(double ms, Frame frame, Alive alive);
}
