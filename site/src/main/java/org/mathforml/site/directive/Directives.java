package org.mathforml.site.directive;

import java.util.List;
import org.mathforml.site.directive.applet.AppletDirective;
import org.mathforml.site.directive.callout.CalloutDirective;
import org.mathforml.site.directive.check.CheckDirective;
import org.mathforml.site.directive.plot.PlotDirective;
import org.mathforml.site.directive.quiz.QuizDirective;

/** Every directive the Markdown knows, in one list (like KaTeX's table of functions). */
public final class Directives {
  private static final List<Directive> ALL =
      List.of(
          CalloutDirective.aside("note", "Note"),
          CalloutDirective.aside("tip", "Tip"),
          CalloutDirective.aside("warning", "Warning"),
          CalloutDirective.numbered("definition", "Definition"),
          CalloutDirective.numbered("theorem", "Theorem"),
          CalloutDirective.numbered("example", "Example"),
          new AppletDirective(),
          new PlotDirective(),
          new QuizDirective(),
          new CheckDirective());

  private Directives() {}

  /** The directive with this name, or null. */
  public static Directive find(String name) {
    for (Directive d : ALL) {
      if (d.name().equals(name)) {
        return d;
      }
    }
    return null;
  }

  public static List<String> names() {
    return ALL.stream().map(Directive::name).toList();
  }
}
