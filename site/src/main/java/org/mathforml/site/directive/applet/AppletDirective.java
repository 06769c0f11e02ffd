package org.mathforml.site.directive.applet;

import java.util.Map;
import org.mathforml.applets.catalog.AppletCatalog;
import org.mathforml.applets.catalog.AppletSpec;
import org.mathforml.site.directive.Attributes;
import org.mathforml.site.directive.Directive;
import org.mathforml.site.directive.DirectiveCall;
import org.mathforml.site.markdown.Html;

/**
 * {@code ::: applet NAME key=value ...}: a mount point for the applet bundle, checked against the
 * applets' own catalog, with a static fallback for print and readers without JavaScript. The
 * Markdown body becomes the caption.
 */
public final class AppletDirective implements Directive {

  @Override
  public String name() {
    return "applet";
  }

  @Override
  public boolean markdownBody() {
    return true;
  }

  @Override
  public void render(DirectiveCall call) {
    String rest = call.rest();
    int space = rest.indexOf(' ');
    String appletName = space < 0 ? rest : rest.substring(0, space);
    AppletSpec spec = AppletCatalog.find(appletName);
    if (spec == null) {
      call.error(
          "unknown applet '"
              + appletName
              + "' (known: "
              + String.join(", ", AppletCatalog.names())
              + ")");
      return;
    }
    Attributes parsed = Attributes.parse(space < 0 ? "" : rest.substring(space + 1));
    if (parsed.error() != null) {
      call.error(parsed.error());
      return;
    }
    String problem = spec.validate(parsed.values());
    if (problem != null) {
      call.error(problem);
      return;
    }
    int n = call.page().next("applet");
    String fallback;
    try {
      fallback = Fallbacks.render(appletName, spec.resolve(parsed.values()), "applet-" + n);
    } catch (IllegalArgumentException e) {
      // Safety net only: the catalog's types check every value (page-rank's links are LINKS,
      // perceptron-regression's data DATA), so a fallback should not reject what they accepted.
      call.error("applet \"" + appletName + "\": " + e.getMessage());
      return;
    }
    StringBuilder mount =
        new StringBuilder("<div class=\"applet-mount\" data-applet=\"")
            .append(appletName)
            .append('"');
    for (Map.Entry<String, String> e : parsed.values().entrySet()) {
      mount
          .append(" data-")
          .append(e.getKey())
          .append("=\"")
          .append(Html.escape(e.getValue()))
          .append('"');
    }
    mount.append("></div>");
    call.html().line();
    call.html().raw("<figure class=\"applet\" id=\"applet-" + n + "\">");
    call.html().raw(mount.toString());
    call.html().raw("<div class=\"applet-fallback\">");
    call.html().raw(fallback);
    call.html().raw("</div>");
    call.html().raw("<figcaption>");
    call.renderChildren();
    call.html().raw("</figcaption></figure>");
    call.html().line();
  }
}
