package org.mathforml.site.directive.quiz;

import org.mathforml.site.directive.Directive;
import org.mathforml.site.directive.DirectiveCall;

/**
 * {@code ::: quiz ID}: the place where a self-checking quiz mounts. The question format itself is
 * read by the quiz runtime; this directive only checks the id and keeps the mount point.
 */
public final class QuizDirective implements Directive {

  @Override
  public String name() {
    return "quiz";
  }

  @Override
  public boolean markdownBody() {
    return false;
  }

  @Override
  public void render(DirectiveCall call) {
    String id = call.rest();
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      call.error(
          "a quiz needs an id of lowercase letters, digits and dashes, e.g. '::: quiz week-1-practice'");
      return;
    }
    call.html().line();
    call.html().raw("<section class=\"quiz\" data-quiz=\"" + id + "\" aria-label=\"Quiz\">");
    call.html()
        .raw(
            "<p class=\"quiz-fallback\">This quiz checks your answers in the browser and needs JavaScript.</p>");
    call.html().raw("</section>");
    call.html().line();
  }
}
