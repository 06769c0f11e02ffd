package org.mathforml.site.directive.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;
import org.mathforml.site.directive.Directive;
import org.mathforml.site.directive.DirectiveCall;
import org.mathforml.site.directive.Directives;

/** Hands each directive block to its implementation, or reports it. */
public final class DirectiveNodeRenderer implements NodeRenderer {

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(new NodeRenderingHandler<>(DirectiveBlock.class, this::render));
  }

  private void render(DirectiveBlock block, NodeRendererContext context, HtmlWriter html) {
    DirectiveCall call = new DirectiveCall(block, context, html);
    Directive directive = Directives.find(block.name());
    if (directive == null) {
      call.error(
          "unknown directive '"
              + block.name()
              + "' (known: "
              + String.join(", ", Directives.names())
              + ")");
      return;
    }
    if (!block.closed()) {
      call.error(
          "directive '"
              + block.name()
              + "' is never closed: end it with a line of the same colons");
      return;
    }
    directive.render(call);
  }

  /** Creates the renderer. */
  public static final class Factory implements NodeRendererFactory {
    @Override
    public NodeRenderer apply(DataHolder options) {
      return new DirectiveNodeRenderer();
    }
  }
}
