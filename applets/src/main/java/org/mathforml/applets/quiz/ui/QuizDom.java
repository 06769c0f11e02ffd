package org.mathforml.applets.quiz.ui;

import org.teavm.jso.JSBody;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.dom.xml.Element;

/**
 * DOM calls of the quiz runtime that {@link org.mathforml.applets.components.Dom} lacks: scoped
 * queries, HTML insertion, templates, the URL, the clock and localStorage. Storage calls never
 * throw: from file:// or with storage blocked, browsers raise SecurityError, which is caught here
 * so the quiz keeps working without saving.
 *
 * <p>No local variables in the scripts: TeaVM renames the parameters when minifying without looking
 * at the script's own names, so a local can end up shadowing a parameter.
 */
final class QuizDom {

  private QuizDom() {}

  /** The first descendant of el matching the selector, or null. */
  @JSBody(
      params = {"el", "selector"},
      script = "return el.querySelector(selector);")
  static native Element first(Element el, String selector);

  /** All descendants of el matching the selector, as a JS array. */
  @JSBody(
      params = {"el", "selector"},
      script = "return Array.prototype.slice.call(el.querySelectorAll(selector));")
  static native JSArrayReader<Element> all(Element el, String selector);

  @JSBody(
      params = {"el", "html"},
      script = "el.innerHTML = html;")
  static native void setHtml(Element el, String html);

  /** Appends a copy of a {@code <template>}'s content to target. */
  @JSBody(
      params = {"template", "target"},
      script =
          "if (template.content) {"
              + " target.appendChild(document.importNode(template.content, true)); }"
              + " else { target.innerHTML += template.innerHTML; }")
  static native void appendTemplate(Element template, Element target);

  @JSBody(
      params = {"parent", "child", "before"},
      script = "parent.insertBefore(child, before);")
  static native void insertBefore(Element parent, Element child, Element before);

  /** Inserts el right after ref. */
  @JSBody(
      params = {"ref", "el"},
      script = "ref.parentNode.insertBefore(el, ref.nextSibling);")
  static native void insertAfter(Element ref, Element el);

  @JSBody(params = "el", script = "if (el.parentNode) el.parentNode.removeChild(el);")
  static native void remove(Element el);

  @JSBody(params = "el", script = "return !!el.checked;")
  static native boolean isChecked(Element el);

  @JSBody(
      params = {"el", "on"},
      script = "el.disabled = on;")
  static native void setDisabled(Element el, boolean on);

  /** The value of query parameter {@code name} in the page URL, or null. */
  @JSBody(
      params = "name",
      script =
          "try { return new URLSearchParams(window.location.search).get(name); }"
              + " catch (e) { return null; }")
  static native String queryParameter(String name);

  @JSBody(script = "return window.performance && performance.now ? performance.now() : Date.now();")
  static native double now();

  /** A seed in 1..999999 for "New variant", different from {@code not}. */
  static int randomSeed(int not) {
    int s = not;
    while (s == not) {
      s = 1 + (int) Math.floor(Math.random() * 999999);
    }
    return s;
  }

  @JSBody(
      params = "key",
      script = "try { return window.localStorage.getItem(key); } catch (e) { return null; }")
  static native String load(String key);

  /** Returns false if the browser refused (file://, private mode, quota). */
  @JSBody(
      params = {"key", "value"},
      script =
          "try { window.localStorage.setItem(key, value); return true; }"
              + " catch (e) { return false; }")
  static native boolean save(String key, String value);

  @JSBody(params = "key", script = "try { window.localStorage.removeItem(key); } catch (e) {}")
  static native void forget(String key);

  /** Reads a layout property so the browser lays the element out now (for render timings). */
  @JSBody(params = "el", script = "return el.offsetHeight;")
  static native int forceLayout(Element el);
}
