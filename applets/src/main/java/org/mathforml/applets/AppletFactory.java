package org.mathforml.applets;

import java.util.Map;
import org.teavm.jso.dom.xml.Element;

/** Builds one applet inside its mount element. */
@FunctionalInterface
public interface AppletFactory {

  /**
   * @param host the element carrying {@code data-applet}; empty when this is called
   * @param attributes validated attributes completed with their defaults (names without the {@code
   *     data-} prefix), in catalog order
   * @throws RuntimeException when the values are valid one by one but not together (e.g. a1 = b1 =
   *     0); the message is shown to the reader
   */
  void mount(Element host, Map<String, String> attributes);
}
