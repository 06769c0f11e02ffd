package org.mathforml.applets.bundles;

/** What a bundle mounts on the page once the DOM is ready. */
interface Part {
  void mount();
}
