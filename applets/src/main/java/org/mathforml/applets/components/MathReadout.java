package org.mathforml.applets.components;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.xml.Element;

/**
 * The result panel of an applet: lines of text and MathML ({@link Mathml}) in one polite aria-live
 * region, so screen readers hear each change, plus {@code data-*} attributes (exact values as
 * fraction strings) that browser tests read. A line is rewritten only when its content changed, so
 * the live region announces just what changed and a drag does not rebuild the DOM every frame.
 */
public final class MathReadout {

  private final Element root;
  private final Element[] lines;
  private final String[] shown;

  /**
   * @param lineCount number of paragraphs (each set with {@link #line})
   */
  public MathReadout(int lineCount) {
    root = Dom.html("div", "applet-readout");
    root.setAttribute("aria-live", "polite");
    lines = new Element[lineCount];
    shown = new String[lineCount];
    for (int i = 0; i < lineCount; i++) {
      lines[i] = Dom.html("p", "applet-readout-line");
      root.appendChild(lines[i]);
    }
  }

  public Element element() {
    return root;
  }

  /** Sets paragraph i to HTML: text (escape it with {@link Mathml#escape}) and math elements. */
  public void line(int i, String html) {
    if (html.equals(shown[i])) {
      return;
    }
    shown[i] = html;
    setHtml(lines[i], html);
    if (html.isEmpty()) {
      lines[i].setAttribute("hidden", "");
    } else {
      lines[i].removeAttribute("hidden");
    }
  }

  /** Sets {@code data-<name>} on the readout (a test hook). */
  public void data(String name, String value) {
    root.setAttribute("data-" + name, value);
  }

  @JSBody(
      params = {"el", "html"},
      script = "el.innerHTML = html;")
  static native void setHtml(Element el, String html);
}
