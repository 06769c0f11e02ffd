package org.mathforml.applets.bundles;

import org.mathforml.applets.AppletMounter;
import org.mathforml.applets.Registry;
import org.mathforml.applets.catalog.AppletCatalog;
import org.mathforml.applets.components.Dom;

/** Mounts every {@code [data-applet]} of the bundle's registry. */
final class AppletsPart implements Part {
  final Registry registry;

  AppletsPart(Registry registry) {
    this.registry = registry;
  }

  @Override
  public void mount() {
    for (String name : registry.names()) {
      if (AppletCatalog.find(name) == null) {
        Dom.consoleError("mathforml applets: \"" + name + "\" has no catalog entry");
      }
    }
    AppletMounter.mountAll(registry);
  }
}
