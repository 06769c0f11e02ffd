package org.mathforml.site.directive.callout;

import org.mathforml.site.directive.Directive;
import org.mathforml.site.directive.DirectiveCall;
import org.mathforml.site.markdown.Html;

/**
 * Callouts ({@code note}, {@code tip}, {@code warning}) and numbered blocks ({@code definition},
 * {@code theorem}, {@code example}). The kind is always written out, so meaning never rests on
 * colour. Text after the name is a plain-text title.
 */
public final class CalloutDirective implements Directive {
  private final String name;
  private final String label;
  private final boolean numbered;

  private CalloutDirective(String name, String label, boolean numbered) {
    this.name = name;
    this.label = label;
    this.numbered = numbered;
  }

  public static CalloutDirective aside(String name, String label) {
    return new CalloutDirective(name, label, false);
  }

  public static CalloutDirective numbered(String name, String label) {
    return new CalloutDirective(name, label, true);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean markdownBody() {
    return true;
  }

  @Override
  public void render(DirectiveCall call) {
    String title = call.rest();
    if (numbered) {
      renderNumbered(call, title);
    } else {
      renderAside(call, title);
    }
  }

  private void renderAside(DirectiveCall call, String title) {
    String heading = title.isEmpty() ? label : label + ": " + title;
    call.html().line();
    call.html()
        .raw(
            "<aside class=\"callout callout-"
                + name
                + "\" aria-label=\""
                + Html.escape(heading)
                + "\">");
    call.html().raw("<p class=\"callout-title\"><span class=\"callout-kind\">" + label + "</span>");
    if (!title.isEmpty()) {
      call.html().raw(" " + Html.escape(title));
    }
    call.html().raw("</p>");
    call.html().line();
    call.renderChildren();
    call.html().raw("</aside>");
    call.html().line();
  }

  private void renderNumbered(DirectiveCall call, String title) {
    int n = call.page().next(name);
    String id = name + "-" + n;
    call.html().line();
    call.html()
        .raw(
            "<section class=\"block block-"
                + name
                + "\" id=\""
                + id
                + "\" aria-labelledby=\""
                + id
                + "-title\">");
    call.html()
        .raw(
            "<p class=\"block-title\" id=\""
                + id
                + "-title\"><span class=\"block-kind\">"
                + label
                + " "
                + n
                + "</span>");
    if (!title.isEmpty()) {
      call.html().raw(" <span class=\"block-name\">" + Html.escape(title) + "</span>");
    }
    call.html().raw("</p>");
    call.html().line();
    call.renderChildren();
    call.html().raw("</section>");
    call.html().line();
  }
}
