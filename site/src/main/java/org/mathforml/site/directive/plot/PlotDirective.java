package org.mathforml.site.directive.plot;

import org.mathforml.site.directive.Directive;
import org.mathforml.site.directive.DirectiveCall;
import org.mathforml.site.markdown.Html;

/** {@code ::: plot}: a figure drawn as inline SVG at build time. */
public final class PlotDirective implements Directive {

  @Override
  public String name() {
    return "plot";
  }

  @Override
  public boolean markdownBody() {
    return false;
  }

  @Override
  public void render(DirectiveCall call) {
    PlotSpec spec;
    try {
      spec = PlotSpec.parse(call.attributes(), call.bodyLines());
    } catch (PlotException e) {
      if (e.bodyLine() < 0) {
        call.error(e.getMessage());
      } else {
        call.error(e.bodyLine(), e.getMessage());
      }
      return;
    }
    String id = "plot-" + call.page().next("plot");
    call.html().line();
    call.html().raw("<figure class=\"plot\" id=\"" + id + "\">");
    call.html().raw(PlotRenderer.toSvg(spec, id));
    call.html().raw("<figcaption>" + Html.escape(spec.caption()) + "</figcaption></figure>");
    call.html().line();
  }
}
