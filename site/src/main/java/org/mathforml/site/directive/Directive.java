package org.mathforml.site.directive;

/**
 * One kind of {@code ::: name} block. Implementations are listed in {@link Directives}, so all of
 * them can be seen in one place.
 */
public interface Directive {

  /** The name after the colons, e.g. {@code note} or {@code applet}. */
  String name();

  /** True when the body is Markdown (rendered as children); false when it is raw lines. */
  boolean markdownBody();

  /** Validates the call (reporting problems through it) and writes its HTML. */
  void render(DirectiveCall call);
}
