package org.mathforml.applets.components;

import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.events.Event;

/**
 * The parts of the DOM PointerEvent that teavm-jso-apis 0.15 lacks, with coordinates as doubles
 * (the library's MouseEvent returns ints).
 */
public interface PointerEvent extends Event {

  @JSProperty
  double getClientX();

  @JSProperty
  double getClientY();

  @JSProperty
  int getPointerId();

  /** 0 for the primary mouse button, touch and pen contact. */
  @JSProperty
  int getButton();
}
