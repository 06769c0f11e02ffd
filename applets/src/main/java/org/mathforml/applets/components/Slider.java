package org.mathforml.applets.components;

import org.teavm.jso.dom.xml.Element;

/** A labelled range input reporting its value as a double on every change. */
public final class Slider {

  /** Receives the new value. */
  public interface Listener {
    void changed(double value);
  }

  private final Element label;
  private final Element input;

  public Slider(
      String name,
      String text,
      double min,
      double max,
      double step,
      double value,
      Listener listener) {
    label = Dom.html("label", "applet-slider");
    Dom.appendText(label, text + " ");
    input = Dom.html("input", "applet-range");
    input.setAttribute("type", "range");
    input.setAttribute("name", name);
    input.setAttribute("min", Num.short2(min));
    input.setAttribute("max", Num.short2(max));
    input.setAttribute("step", Num.short2(step));
    Dom.setValue(input, Num.short2(value));
    label.appendChild(input);
    Dom.on(input, "input", e -> listener.changed(Dom.numberValue(input)));
  }

  public Element element() {
    return label;
  }
}
