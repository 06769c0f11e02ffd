package org.mathforml.applets.components;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.xml.Element;

/**
 * The few DOM calls the applets need, as direct JavaScript bindings. teavm-jso-apis 0.15 types HTML
 * elements only; SVG elements and a few newer calls (closest, pointer capture) are reached through
 * these small {@code @JSBody} methods instead.
 */
public final class Dom {

  /** The SVG namespace for {@link #svg(String)}. */
  public static final String SVG_NS = "http://www.w3.org/2000/svg";

  private Dom() {}

  @JSBody(
      params = "tag",
      script = "return document.createElementNS('http://www.w3.org/2000/svg', tag);")
  public static native Element svg(String tag);

  @JSBody(params = "tag", script = "return document.createElement(tag);")
  public static native Element html(String tag);

  /** Creates an element and sets its class attribute (if not null). */
  public static Element html(String tag, String className) {
    Element e = html(tag);
    if (className != null) {
      e.setAttribute("class", className);
    }
    return e;
  }

  /** Creates an SVG element and sets its class attribute (if not null). */
  public static Element svg(String tag, String className) {
    Element e = svg(tag);
    if (className != null) {
      e.setAttribute("class", className);
    }
    return e;
  }

  /** Appends a text node. */
  @JSBody(
      params = {"parent", "text"},
      script = "parent.appendChild(document.createTextNode(text));")
  public static native void appendText(Element parent, String text);

  /** Creates an element holding one text node. */
  public static Element text(String tag, String className, String text) {
    Element e = html(tag, className);
    e.setTextContent(text);
    return e;
  }

  @JSBody(
      params = {"target", "type", "listener"},
      script = "target.addEventListener(type, listener);")
  public static native <E extends Event> void on(
      JSObject target, String type, EventListener<E> listener);

  @JSBody(params = "el", script = "while (el.firstChild) el.removeChild(el.firstChild);")
  public static native void clear(Element el);

  @JSBody(
      params = {"el", "name", "on"},
      script = "el.classList.toggle(name, on);")
  public static native void toggleClass(Element el, String name, boolean on);

  /** The nearest ancestor-or-self matching the selector, or null. */
  @JSBody(
      params = {"el", "selector"},
      script = "return el.closest ? el.closest(selector) : null;")
  public static native Element closest(Element el, String selector);

  /** All elements of the document matching the selector, as a JS array. */
  @JSBody(
      params = "selector",
      script = "return Array.prototype.slice.call(document.querySelectorAll(selector));")
  public static native JSArrayReader<Element> queryAll(String selector);

  /** Names of all attributes of el that start with "data-", joined by single spaces. */
  @JSBody(
      params = "el",
      script =
          "var out = [];"
              + "for (var i = 0; i < el.attributes.length; i++) {"
              + "  var n = el.attributes[i].name; if (n.lastIndexOf('data-', 0) === 0) out.push(n); }"
              + "return out.join(' ');")
  public static native String dataAttributeNames(Element el);

  @JSBody(script = "return document.readyState;")
  public static native String readyState();

  @JSBody(script = "return document;")
  public static native JSObject document();

  @JSBody(params = "message", script = "if (window.console) console.error(message);")
  public static native void consoleError(String message);

  @JSBody(params = "el", script = "return el.value;")
  public static native String value(Element el);

  @JSBody(params = "el", script = "return Number(el.value);")
  public static native double numberValue(Element el);

  @JSBody(
      params = {"el", "value"},
      script = "el.value = value;")
  public static native void setValue(Element el, String value);

  @JSBody(params = "el", script = "return document.activeElement === el;")
  public static native boolean isFocused(Element el);

  @JSBody(params = "el", script = "el.focus();")
  public static native void focus(Element el);

  @JSBody(params = "e", script = "e.preventDefault();")
  public static native void preventDefault(Event e);

  /** Sets a number-valued attribute, rounded to 2 decimals to keep the DOM small. */
  public static void setNumber(Element el, String name, double value) {
    el.setAttribute(name, Num.short2(value));
  }
}
