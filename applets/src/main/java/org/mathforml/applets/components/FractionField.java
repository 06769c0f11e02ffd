package org.mathforml.applets.components;

import org.mathforml.mathlib.Fraction;
import org.teavm.jso.dom.xml.Element;

/**
 * A labelled text input for an exact number: accepts what {@link Fraction#parse} reads ("2",
 * "-3/4", "0.5", "1 1/2"). Text rather than type=number so fractions can be typed.
 */
public final class FractionField {

  private final Element label;
  private final Element input;

  /**
   * @param name the input's name attribute (a test hook), e.g. "a1"
   * @param visibleName short visible label, e.g. "a₁"
   * @param description accessible description, e.g. "coefficient of x in equation 1"
   */
  public FractionField(String name, String visibleName, String description) {
    label = Dom.html("label", "applet-field");
    Element caption = Dom.text("span", "applet-field-name", visibleName);
    caption.setAttribute("aria-hidden", "true");
    input = Dom.html("input", "applet-input");
    input.setAttribute("type", "text");
    input.setAttribute("name", name);
    input.setAttribute("inputmode", "text");
    input.setAttribute("autocomplete", "off");
    input.setAttribute("spellcheck", "false");
    input.setAttribute("size", "4");
    input.setAttribute("aria-label", name + ", " + description);
    label.appendChild(caption);
    label.appendChild(input);
  }

  public Element element() {
    return label;
  }

  public Element input() {
    return input;
  }

  /** Shows a value and clears any invalid mark. */
  public void show(Fraction value) {
    Dom.setValue(input, value.toString());
    setInvalid(false);
  }

  /** The typed value, or null when it does not parse (the field is then marked invalid). */
  public Fraction read() {
    try {
      Fraction f = Fraction.parse(Dom.value(input).trim());
      setInvalid(false);
      return f;
    } catch (RuntimeException e) {
      setInvalid(true);
      return null;
    }
  }

  public void setInvalid(boolean invalid) {
    if (invalid) {
      input.setAttribute("aria-invalid", "true");
    } else {
      input.removeAttribute("aria-invalid");
    }
  }
}
