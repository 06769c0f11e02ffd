package org.mathforml.site.math.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;
import org.mathforml.site.markdown.PageContext;

/** Replaces math nodes with KaTeX's HTML+MathML, rendered at build time. */
public final class MathNodeRenderer implements NodeRenderer {

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(
        new NodeRenderingHandler<>(InlineMath.class, this::inline),
        new NodeRenderingHandler<>(DisplayMath.class, this::display));
  }

  private void inline(InlineMath node, NodeRendererContext context, HtmlWriter html) {
    PageContext page = PageContext.of(context.getDocument());
    html.raw(page.math(node.tex(), node.display(), node.getStartLineNumber() + 1));
  }

  private void display(DisplayMath node, NodeRendererContext context, HtmlWriter html) {
    PageContext page = PageContext.of(context.getDocument());
    if (!node.closed()) {
      page.problem(node.firstLine(), "display math opened with $$ is never closed");
      return;
    }
    if (node.tex().isBlank()) {
      page.problem(node.firstLine(), "empty display math");
      return;
    }
    html.line();
    html.raw("<div class=\"math-display\">");
    html.raw(page.math(node.tex(), true, node.firstLine()));
    html.raw("</div>");
    html.line();
  }

  /** Creates the renderer. */
  public static final class Factory implements NodeRendererFactory {
    @Override
    public NodeRenderer apply(DataHolder options) {
      return new MathNodeRenderer();
    }
  }
}
