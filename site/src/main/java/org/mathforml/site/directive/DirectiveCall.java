package org.mathforml.site.directive;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import java.util.List;
import java.util.Map;
import org.mathforml.site.directive.internal.DirectiveBlock;
import org.mathforml.site.markdown.PageContext;

/** One use of a directive in a page, as its implementation sees it. */
public final class DirectiveCall {
  private final DirectiveBlock block;
  private final NodeRendererContext context;
  private final HtmlWriter html;
  private final PageContext page;
  private Map<String, String> attributes;

  public DirectiveCall(DirectiveBlock block, NodeRendererContext context, HtmlWriter html) {
    this.block = block;
    this.context = context;
    this.html = html;
    this.page = PageContext.of(context.getDocument());
  }

  public String name() {
    return block.name();
  }

  /** Everything after the name on the opening line, trimmed (a title, an id or attributes). */
  public String rest() {
    return block.rest();
  }

  /**
   * The opening line's {@code key=value} / {@code key="value"} pairs. A malformed list is reported
   * once and yields the pairs read before the problem.
   */
  public Map<String, String> attributes() {
    if (attributes == null) {
      Attributes parsed = Attributes.parse(block.rest());
      if (parsed.error() != null) {
        error(parsed.error());
      }
      attributes = parsed.values();
    }
    return attributes;
  }

  /** Raw body lines (for directives whose body is not Markdown). */
  public List<String> bodyLines() {
    return block.bodyLines();
  }

  /** 1-based source line of the opening fence. */
  public int line() {
    return block.line();
  }

  /** 1-based source line of body line {@code index} (0-based). */
  public int bodyLine(int index) {
    return block.line() + 1 + index;
  }

  public PageContext page() {
    return page;
  }

  public HtmlWriter html() {
    return html;
  }

  public void renderChildren() {
    context.renderChildren(block);
  }

  /** Reports a problem on the opening line. */
  public void error(String message) {
    page.problem(block.line(), message);
  }

  /** Reports a problem on a body line. */
  public void error(int bodyIndex, String message) {
    page.problem(bodyLine(bodyIndex), message);
  }
}
