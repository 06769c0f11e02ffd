package org.mathforml.site.directive;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.mathforml.site.directive.internal.DirectiveBlockParser;
import org.mathforml.site.directive.internal.DirectiveNodeRenderer;

/**
 * Fenced directives: a line {@code ::: name rest}, a body, and a closing line with the same number
 * of colons. A directive inside another needs a longer outer fence ({@code ::::}).
 */
public final class DirectiveExtension
    implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  private DirectiveExtension() {}

  public static DirectiveExtension create() {
    return new DirectiveExtension();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new DirectiveBlockParser.Factory());
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(new DirectiveNodeRenderer.Factory());
  }
}
