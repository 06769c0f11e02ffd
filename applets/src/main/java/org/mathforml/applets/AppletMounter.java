package org.mathforml.applets;

import java.util.HashMap;
import java.util.Map;
import org.mathforml.applets.catalog.AppletCatalog;
import org.mathforml.applets.catalog.AppletSpec;
import org.mathforml.applets.components.Dom;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.dom.xml.Element;

/**
 * Finds every {@code [data-applet]} element, validates its {@code data-*} attributes against {@link
 * AppletCatalog} and mounts the applet. On success the element gets {@code
 * data-applet-state="live"} and the nearest {@code figure.applet} the class {@code applet-live}
 * (the site's CSS then hides the static fallback). On failure the fallback stays, the element gets
 * {@code data-applet-state="error"} and a visible message, and the message goes to console.error.
 * No exception escapes.
 */
public final class AppletMounter {

  static final String STATE = "data-applet-state";

  private AppletMounter() {}

  /**
   * Mounts every applet of {@code registry} not mounted yet; returns how many started. Applets of
   * the catalog that this bundle does not carry are left alone for the page's other bundle.
   */
  public static int mountAll(Registry registry) {
    int live = 0;
    JSArrayReader<Element> hosts = Dom.queryAll("[data-applet]");
    for (int i = 0; i < hosts.getLength(); i++) {
      Element host = hosts.get(i);
      String name = host.getAttribute("data-applet");
      if (host.hasAttribute(STATE)
          || registry.factory(name) == null && AppletCatalog.find(name) != null) {
        continue;
      }
      try {
        String problem = mount(host, registry.factory(name));
        if (problem == null) {
          live++;
        } else {
          fail(host, problem);
        }
      } catch (Throwable e) {
        String message = e.getMessage();
        fail(
            host,
            "applet \""
                + host.getAttribute("data-applet")
                + "\" failed to start"
                + (message != null ? ": " + message : ""));
      }
    }
    return live;
  }

  /** Returns null when mounted, else the reason it was not. */
  private static String mount(Element host, AppletFactory factory) {
    String name = host.getAttribute("data-applet");
    AppletSpec spec = AppletCatalog.find(name);
    if (spec == null || factory == null) {
      return "unknown applet \"" + name + "\" (known: " + join(AppletCatalog.names()) + ")";
    }
    Map<String, String> given = attributes(host);
    String problem = spec.validate(given);
    if (problem != null) {
      return problem;
    }
    Dom.clear(host);
    factory.mount(host, spec.resolve(given));
    host.setAttribute(STATE, "live");
    Element figure = Dom.closest(host, "figure.applet");
    if (figure != null) {
      Dom.toggleClass(figure, "applet-live", true);
    }
    return null;
  }

  /** data-* attributes other than data-applet and data-applet-*, without the prefix. */
  private static Map<String, String> attributes(Element host) {
    Map<String, String> out = new HashMap<>();
    String names = Dom.dataAttributeNames(host);
    int start = 0;
    while (start < names.length()) {
      int end = names.indexOf(' ', start);
      if (end < 0) {
        end = names.length();
      }
      String attr = names.substring(start, end);
      if (!attr.equals("data-applet") && !attr.startsWith("data-applet-")) {
        out.put(attr.substring(5), host.getAttribute(attr));
      }
      start = end + 1;
    }
    return out;
  }

  private static void fail(Element host, String message) {
    host.setAttribute(STATE, "error");
    Element p = Dom.text("p", "applet-error", "Interactive figure unavailable: " + message);
    p.setAttribute("role", "alert");
    host.appendChild(p);
    Dom.consoleError("mathforml applets: " + message);
  }

  private static String join(java.util.List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (String n : names) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(n);
    }
    return sb.toString();
  }
}
